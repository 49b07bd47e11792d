/// What changed since a previous audit: findings that are new and findings that were fixed,
/// in all, per rule and per specialty.
///
/// Findings are matched by their keys (``AuditSummary/findingKeys``): rule, file and line
/// text, not line numbers, so a finding that moved within its page is neither new nor fixed.
/// A finding whose page changed specialty is fixed in the old specialty and new in the other.
public struct AuditComparison: Sendable, Codable, Equatable {
    /// The day of the previous audit.
    public var previousDate: String
    /// The previous audit's totals.
    public var previousTotals: AuditSummary.Totals
    /// All findings: `after - before == new - fixed`.
    public var findings: Change
    /// Per rule with findings in either audit, sorted by id.
    public var rules: [Change]
    /// Per specialty with findings in either audit, sorted by name.
    public var specialties: [Change]

    /// Findings of one rule or specialty (or all) before and after.
    public struct Change: Sendable, Codable, Equatable {
        /// Rule id or specialty (`(all)` for the whole corpus).
        public var name: String
        /// Findings in the previous audit.
        public var before: Int
        /// Findings now.
        public var after: Int
        /// Findings now that the previous audit did not have.
        public var new: Int
        /// Findings of the previous audit that are gone.
        public var fixed: Int
    }

    /// Compares findings keyed by rule then specialty (``AuditSummary/findingKeys``). A rule's
    /// findings are matched whatever their page's specialty, and a specialty's whatever their rule.
    init(
        current: [String: [String: [String]]], previous: [String: [String: [String]]],
        previousDate: String, previousTotals: AuditSummary.Totals
    ) {
        self.previousDate = previousDate
        self.previousTotals = previousTotals
        func byRule(_ keys: [String: [String: [String]]]) -> [String: [String]] {
            keys.mapValues { Array($0.values.joined()) }
        }
        func bySpecialty(_ keys: [String: [String: [String]]]) -> [String: [String]] {
            var result: [String: [String]] = [:]
            for specialties in keys.values {
                for (specialty, list) in specialties { result[specialty, default: []] += list }
            }
            return result
        }
        findings = Self.change("(all)", Array(byRule(current).values.joined()), Array(byRule(previous).values.joined()))
        rules = Self.changes(byRule(current), byRule(previous))
        specialties = Self.changes(bySpecialty(current), bySpecialty(previous))
    }

    /// One change per name with findings in either audit, sorted by name.
    private static func changes(_ current: [String: [String]], _ previous: [String: [String]]) -> [Change] {
        Set(current.keys).union(previous.keys)
            .map { change($0, current[$0] ?? [], previous[$0] ?? []) }
            .filter { $0.before > 0 || $0.after > 0 }
            .sorted { $0.name.utf8Precedes($1.name) }
    }

    /// Counts of two lists of keys (each key unique within its list: it ends with the
    /// finding's occurrence).
    private static func change(_ name: String, _ now: [String], _ then: [String]) -> Change {
        let before = Set(then)
        let after = Set(now)
        return Change(name: name, before: then.count, after: now.count,
                      new: after.subtracting(before).count, fixed: before.subtracting(after).count)
    }
}
