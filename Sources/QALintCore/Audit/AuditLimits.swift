/// How long the summary's lists may grow, so a 175,000-page corpus still gives a report a
/// browser opens at once. Counts are never capped; only lists are.
public struct AuditLimits: Sendable {
    /// Pages in ``AuditSummary/worstPages``.
    public var worstPages = 100
    /// Diagnostics listed per page.
    public var diagnosticsPerPage = 50
    /// Specialties listed.
    public var specialties = 200
    /// Doctors listed.
    public var doctors = 200
    /// Orphan pages, duplicate titles (and pages per title), unreadable paths listed.
    public var listed = 100
    /// Characters of a message kept.
    public var messageLength = 400

    /// The default limits.
    public init() {}
}
