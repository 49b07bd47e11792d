import Foundation

/// Findings accepted when qalint was adopted: later runs report only findings not in it.
///
/// An entry is keyed on the rule, the file and the finding's line text (trimmed, personal
/// data masked), with a count, not on line numbers, so it survives edits elsewhere in the page.
public struct Baseline: Sendable, Codable, Equatable {
    /// One accepted finding, with how many times it occurs.
    public struct Entry: Sendable, Codable, Hashable, Comparable {
        public var file: String
        public var rule: String
        public var text: String
        public var count: Int

        /// Orders by file, rule, text.
        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.file, lhs.rule, lhs.text) < (rhs.file, rhs.rule, rhs.text)
        }
    }

    /// Format version.
    public var version = 1
    /// The entries, sorted.
    public var entries: [Entry]

    /// The baseline of `report`'s findings.
    public init(report: LintReport) {
        var counts: [Key: Int] = [:]
        for diagnostic in report.diagnostics { counts[Key(diagnostic), default: 0] += 1 }
        entries = counts.map { Entry(file: $0.key.file, rule: $0.key.rule, text: $0.key.text, count: $0.value) }.sorted()
    }

    /// Reads a baseline file's JSON.
    public init(json: [UInt8]) throws {
        self = try JSONDecoder().decode(Baseline.self, from: Data(json))
        guard version == 1 else { throw BaselineError(message: "baseline version \(version) is not supported") }
    }

    /// The baseline as JSON, one entry per line, ending with a newline.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
    }

    /// `report` without the findings in the baseline, and the entries no finding matched.
    public func filter(_ report: LintReport) -> (report: LintReport, stale: [Entry]) {
        var remaining: [Key: Int] = [:]
        for entry in entries { remaining[Key(file: entry.file, rule: entry.rule, text: entry.text), default: 0] += entry.count }
        var kept = report
        kept.diagnostics = report.diagnostics.filter { diagnostic in
            let key = Key(diagnostic)
            guard let count = remaining[key], count > 0 else { return true }
            remaining[key] = count - 1
            return false
        }
        let linted = Set(report.files)
        let stale = remaining.filter { $0.value > 0 && linted.contains($0.key.file) }
            .map { Entry(file: $0.key.file, rule: $0.key.rule, text: $0.key.text, count: $0.value) }.sorted()
        return (kept, stale)
    }

    private struct Key: Hashable {
        let file: String
        let rule: String
        let text: String

        init(file: String, rule: String, text: String) {
            self.file = file
            self.rule = rule
            self.text = text
        }

        init(_ diagnostic: Diagnostic) {
            self.init(file: diagnostic.file, rule: diagnostic.rule,
                      text: (diagnostic.excerpt ?? diagnostic.message).trimmingCharacters(in: .whitespaces))
        }
    }
}

/// A baseline file that cannot be used.
public struct BaselineError: Error, Sendable {
    /// What is wrong.
    public let message: String
}
