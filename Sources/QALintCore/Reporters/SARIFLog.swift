/// The subset of the SARIF 2.1.0 object model that qalint writes, as `Encodable` values.
///
/// Property names follow the specification exactly; `nil` optionals are left out of the JSON.
/// ``SARIFReporter`` fills it in.
struct SARIFLog: Encodable {
    /// Where the JSON schema lives, written as `$schema`.
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The format version.
    var version = "2.1.0"
    /// One run: qalint's.
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema", version, runs
    }

    /// One invocation of one tool.
    struct Run: Encodable {
        /// The tool and its rules.
        var tool: Tool
        /// Which analysis this is, when several upload SARIF for the same commit.
        var automationDetails: AutomationDetails?
        /// How columns count: qalint's count Unicode scalars.
        var columnKind = "unicodeCodePoints"
        /// One result per diagnostic.
        var results: [Result]
    }

    /// `automationDetails`: the category (`id`) that keeps several analyses apart.
    struct AutomationDetails: Encodable {
        /// `category/`, or `category/run-id`.
        var id: String
    }

    /// `tool`: only the driver, qalint itself.
    struct Tool: Encodable {
        /// qalint.
        var driver: Driver
    }

    /// `tool.driver`: name, version and rule metadata.
    struct Driver: Encodable {
        /// Always `qalint`.
        var name = "qalint"
        /// qalint's version.
        var semanticVersion: String
        /// Every rule of the run, then any other rule a result names; `ruleIndex` points here.
        var rules: [ReportingDescriptor]
    }

    /// One rule's metadata (`reportingDescriptor`).
    struct ReportingDescriptor: Encodable {
        /// The rule id (`date-order`).
        var id: String
        /// The id in UpperCamelCase (`DateOrder`).
        var name: String
        /// One line.
        var shortDescription: Message
        /// Several sentences.
        var fullDescription: Message
        /// What to do about it; GitHub shows it with every alert.
        var help: Message
        /// The severity after configuration.
        var defaultConfiguration: Configuration
        /// Tags for filtering (the rule kind, `fixable`).
        var properties: Properties
    }

    /// `reportingConfiguration`: the level, or `enabled: false` for a rule that is off.
    struct Configuration: Encodable {
        /// `error`, `warning` or `note`.
        var level: String?
        /// `false` when the rule is off.
        var enabled: Bool?
    }

    /// A property bag carrying only tags.
    struct Properties: Encodable {
        /// Sorted tags.
        var tags: [String]
    }

    /// `message` (also used for descriptions): plain text.
    struct Message: Encodable {
        /// The text; never empty where GitHub requires one.
        var text: String
    }

    /// One finding.
    struct Result: Encodable {
        /// The rule id.
        var ruleId: String
        /// The rule's index in `tool.driver.rules`.
        var ruleIndex: Int
        /// `error`, `warning`, `note` or `none`.
        var level: String
        /// The diagnostic's message.
        var message: Message
        /// Exactly one: where the finding is.
        var locations: [Location]
        /// Other places that explain the finding; nil when there are none.
        var relatedLocations: [Location]?
        /// `primaryLocationLineHash`, which keeps an alert the same alert across commits.
        var partialFingerprints: [String: String]
    }

    /// A place in a file, with a message for related locations.
    struct Location: Encodable {
        /// Identifies a related location within its result.
        var id: Int?
        /// File and region.
        var physicalLocation: PhysicalLocation
        /// What is there (related locations only).
        var message: Message?
    }

    /// A file and a region of it.
    struct PhysicalLocation: Encodable {
        /// The file.
        var artifactLocation: ArtifactLocation
        /// The span.
        var region: Region
    }

    /// A file, by URI relative to the repository root.
    struct ArtifactLocation: Encodable {
        /// Percent-encoded relative path.
        var uri: String
    }

    /// A span in 1-based lines and columns, end column exclusive.
    struct Region: Encodable {
        /// First line.
        var startLine: Int
        /// First column.
        var startColumn: Int
        /// Last line.
        var endLine: Int
        /// Column just past the end.
        var endColumn: Int
    }
}
