/// The pages with the most findings, capped.
public struct PageList: Sendable, Codable, Equatable {
    /// The pages shown: most errors first, then most warnings, most infos, then path.
    public var pages: [PageEntry]
    /// Pages with findings that were left out.
    public var omitted: Int
}

/// One page of ``PageList`` with its diagnostics.
public struct PageEntry: Sendable, Codable, Equatable {
    /// Path as given.
    public var path: String
    /// Its title, when it has one.
    public var title: String?
    /// Its specialty, doctor and Ask Date, when present.
    public var specialty: String?
    /// The doctor who replied.
    public var doctor: String?
    /// The Ask Date as written.
    public var date: String?
    /// All its findings.
    public var findings: Int
    /// Of which errors.
    public var errors: Int
    /// Of which warnings.
    public var warnings: Int
    /// Of which infos.
    public var infos: Int
    /// Its diagnostics in position order (at most ``AuditLimits/diagnosticsPerPage``).
    public var diagnostics: [PageFinding]
    /// Diagnostics left out.
    public var omittedDiagnostics: Int
}

/// One diagnostic of a page in ``PageEntry``. Personal data is masked, as in every output.
public struct PageFinding: Sendable, Codable, Equatable {
    /// 1-based line.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int
    /// Severity.
    public var severity: Severity
    /// Rule id.
    public var rule: String
    /// The message (cut at ``AuditLimits/messageLength`` characters, with `…`).
    public var message: String
}
