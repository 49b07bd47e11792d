/// A kind of check, written in Swift; rules are YAML instances of kinds.
///
/// A kind validates and compiles its options once, when the configuration is loaded (mistakes
/// go to the reader with their positions), and then only matches.
public protocol RuleKind: Sendable {
    /// The name used in YAML (`kind: date-compare`).
    static var name: String { get }
    /// One line on what the kind checks.
    static var summary: String { get }
    /// The kind's messages: key and default template; the first is the main one.
    static var messages: [(key: String, template: String)] { get }
    /// Placeholders its templates may use.
    static var placeholders: [String] { get }
    /// Whether the kind offers fixes.
    static var fixable: Bool { get }

    /// Reads and validates options, adding mistakes to `options`.
    init(options: inout OptionsReader, environment: KindEnvironment)

    /// Checks one page.
    func check(_ document: Document, context: CheckContext, into findings: inout [Finding])

    /// The kind as a corpus kind, nil for a per-page one. A requirement, so that finding the
    /// corpus rules takes no cast to a protocol: the first such cast of each kind searches every
    /// conformance of every loaded library, a noticeable part of a one-page run's start-up.
    var corpusKind: (any CorpusRuleKind)? { get }
}

extension RuleKind {
    /// Most kinds have no fix.
    public static var fixable: Bool { false }

    /// Most kinds check pages one by one.
    public var corpusKind: (any CorpusRuleKind)? { nil }
}
