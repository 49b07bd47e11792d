/// A configured rule: an id, a kind with its validated options, a severity and messages.
public struct Rule: Sendable {
    /// Public id (`date-order`); never reused once retired.
    public let id: String
    /// The kind's name.
    public let kindName: String
    /// Severity after configuration.
    public var severity: Severity
    /// One line.
    public let summary: String
    /// Several sentences.
    public let description: String
    /// Message templates by key.
    public let messages: [String: MessageTemplate]
    /// The kind, options compiled.
    public let kind: any RuleKind
    /// Examples that must and must not trigger.
    public let examples: [RuleExample]
    /// Where the rule was defined (`file:line`).
    public let origin: String

    /// Whether `--fix` can fix it.
    public var fixable: Bool { type(of: kind).fixable }

    /// What reports say about the rule.
    public var info: RuleInfo {
        RuleInfo(id: id, kind: kindName, severity: severity, summary: summary, description: description, fixable: fixable)
    }
}

/// An example of a rule, run as a test: pages with `↓` before each expected finding.
///
/// A page is given whole (`page`), or as replacements in the rule set's `example_page`
/// (`replace: {"old text": "new ↓text"}`), each of which must match exactly once. A corpus
/// example lints the example page and the rule set's `example_corpus` pages together, some
/// of them changed.
public struct RuleExample: Sendable {
    /// Whether the rule must report (at the `↓` marks) or must stay silent.
    public let triggers: Bool
    /// The pages the example gives or changes.
    public let files: [ExampleFile]
    /// Whether the example is a corpus of pages rather than one page.
    public let corpus: Bool
    /// Where the example was written.
    public let origin: String
}

/// One page of an example.
public struct ExampleFile: Sendable {
    /// The page's file name (`page.txt` for the example page).
    public let name: String
    /// The whole page, markers included; `<0xNN>` stands for a raw byte.
    public let page: String?
    /// Replacements in the page of that name, in order.
    public let replacements: [(old: String, new: String)]
}

/// The pages examples start from, and the registry they are checked with.
public struct ExampleSet: Sendable {
    /// The example page (`page.txt`).
    public var page: String = ""
    /// Other pages of corpus examples, by file name.
    public var corpus: [String: String] = [:]
    /// The doctor registry examples use.
    public var doctors = DoctorRegistry(doctors: [])
}
