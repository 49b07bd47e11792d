import Foundation

/// The state of a whole corpus at a glance: what `qalint audit` writes as JSON and renders as
/// HTML. Every number of the HTML report comes from here.
///
/// A summary is computed by a pure function of a lint report, the rules of the run and,
/// optionally, the previous audit's summary (see `AuditSummary+Build.swift`); it holds no
/// wall-clock time, so the same corpus gives the same bytes. The format is versioned
/// (``formatVersion``) and documented key by key in `docs/audit.md`.
public struct AuditSummary: Sendable, Codable, Equatable {
    /// The version of this format; a reader refuses others.
    public static let formatVersion = 1

    /// Format version (1).
    public var version: Int
    /// What produced the summary, with which settings.
    public var run: AuditRun
    /// Totals over every page.
    public var totals: Totals
    /// Every rule of the run (those that are off too), sorted by id.
    public var rules: [RuleCount]
    /// Pages and findings by specialty.
    public var specialties: GroupTable
    /// Pages and findings by doctor.
    public var doctors: GroupTable
    /// Pages and findings by month of the Ask Date.
    public var months: MonthTable
    /// Links between pages, orphans and duplicate titles.
    public var links: LinkHealth
    /// The pages with the most findings, each with its diagnostics.
    public var worstPages: PageList
    /// Paths that could not be read (at most ``AuditLimits/problems``).
    public var problems: [InputProblem]
    /// What changed since the previous audit, when one was given.
    public var comparison: AuditComparison?
    /// One key per finding, by rule then specialty, sorted: what `--compare` matches findings
    /// of two audits by. A key is a hash of the rule, the file and the finding's line text,
    /// with its occurrence (`9f0c…e1:1`), so it survives edits elsewhere in the page.
    public var findingKeys: [String: [String: [String]]]

    /// Totals over every page of the audit.
    public struct Totals: Sendable, Codable, Equatable {
        /// Pages read and checked.
        public var pages: Int
        /// Pages with at least one error.
        public var pagesWithErrors: Int
        /// Pages with at least one warning (some have errors too).
        public var pagesWithWarnings: Int
        /// Pages with no finding at all.
        public var cleanPages: Int
        /// All findings.
        public var findings: Int
        /// Findings of severity error.
        public var errors: Int
        /// Findings of severity warning.
        public var warnings: Int
        /// Findings of severity info.
        public var infos: Int
        /// Paths that could not be read.
        public var unreadable: Int
        /// Pages the corpus rules saw (0 when they did not run).
        public var corpusPages: Int
    }

    /// One rule's findings.
    public struct RuleCount: Sendable, Codable, Equatable {
        /// Rule id.
        public var id: String
        /// The rule's kind.
        public var kind: String
        /// Configured severity (`off` rules are listed with no findings).
        public var severity: Severity
        /// What the rule checks, in one line.
        public var summary: String
        /// Its findings.
        public var findings: Int
        /// Of which errors (overrides may give one rule several severities).
        public var errors: Int
        /// Of which warnings.
        public var warnings: Int
        /// Of which infos.
        public var infos: Int
        /// Pages with at least one of its findings.
        public var pages: Int
    }

    /// Decodes a summary written by ``json()``, refusing other format versions.
    public init(json: [UInt8]) throws(AuditSummaryError) {
        let decoded: AuditSummary
        do {
            decoded = try JSONDecoder().decode(AuditSummary.self, from: Data(json))
        } catch {
            if let version = try? JSONDecoder().decode(VersionOnly.self, from: Data(json)).version,
               version != Self.formatVersion {
                throw AuditSummaryError(message: "audit summary version \(version) is not supported (this qalint reads version \(Self.formatVersion))")
            }
            throw AuditSummaryError(message: "not an audit summary written by qalint audit --json: \(Self.describe(error))")
        }
        guard decoded.version == Self.formatVersion else {
            throw AuditSummaryError(message: "audit summary version \(decoded.version) is not supported (this qalint reads version \(Self.formatVersion))")
        }
        self = decoded
    }

    /// The HTML report (``AuditHTML``) and the JSON summary (``json()``), each only when asked
    /// for; with more than one job and both asked for, rendered side by side.
    public func reports(html: Bool, json: Bool, jobs: Int = 1) -> (html: String?, json: String?) {
        ParallelMap.both(jobs: html && json ? jobs : 1, { [self] in html ? AuditHTML.render(self) : nil }, { json ? self.json() : nil })
    }

    /// The summary as JSON: keys sorted, indented, ending with a newline.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }

    private struct VersionOnly: Decodable {
        var version: Int
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "missing key '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?:
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "at '\(path)': \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }
}

/// What produced an audit: the tool, the day, the configuration and the paths audited.
public struct AuditRun: Sendable, Codable, Equatable {
    /// `qalint`.
    public var tool: String
    /// qalint's version.
    public var toolVersion: String
    /// The day of the audit (`--today`, or the local date), `YYYY-MM-DD`. Never a clock time,
    /// so the same corpus on the same day gives the same bytes.
    public var date: String
    /// The configuration file, or nil for the built-in defaults.
    public var configuration: String?
    /// The paths audited, as given.
    public var paths: [String]

    /// Creates run information.
    public init(toolVersion: String, date: String, configuration: String?, paths: [String]) {
        tool = "qalint"
        self.toolVersion = toolVersion
        self.date = date
        self.configuration = configuration
        self.paths = paths
    }
}

/// A previous audit summary that cannot be read.
public struct AuditSummaryError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    /// The message.
    public var description: String { message }
}
