/// The `.qalint.yml` that `qalint init` writes: every key, commented, loading as it stands.
public enum StarterConfig {
    /// The file's text.
    public static let text = """
    # qalint configuration. Check it with `qalint check-config`; list rules with `qalint rules`.
    version: 1

    # Built-in rule sets or rule files to start from (later ones override earlier ones).
    extends: [default]

    # A schema file for another page format (default: the built-in e-hospital schema).
    # schema: schemas/my-site.schema.yml

    # Reference data: the specialty list and the doctor registry.
    # reference:
    #   specialties: reference/specialties.yml
    #   doctors: reference/doctors.yml

    # Which files a directory walk lints.
    include: ["**/*.txt"]
    exclude: []

    # Per rule: a severity (error, warning, info, off) or {severity, options, message}.
    # A new rule needs a kind (see `qalint rules` and the README for kinds and options).
    rules:
      trailing-whitespace: warning
      # pii: off
      # no-guarantees:
      #   kind: pattern
      #   severity: warning
      #   message: "'{match}' promises an outcome; doctors should not"
      #   options: { parts: [reply], forbid: '\\\\bguarantee[sd]?\\\\b', ignore_case: true }

    # Settings for some files only, applied in order.
    overrides:
      - files: ["archive/**"]
        rules: { future-date: off }

    """
}
