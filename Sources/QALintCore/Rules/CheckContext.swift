/// What rules may read besides the page: today's date and the reference data.
///
/// The library never reads the clock: the caller passes today.
public struct CheckContext: Sendable {
    /// Today, for `future-date`.
    public var today: CalendarDate
    /// Specialties and doctors.
    public var reference: ReferenceData
    /// Threads a corpus rule may share its own work out to (1: none). Results never depend on it.
    public var jobs = 1

    /// Creates a context.
    public init(today: CalendarDate, reference: ReferenceData) {
        self.today = today
        self.reference = reference
    }
}

/// What a kind may consult while it validates its options.
public struct KindEnvironment: Sendable {
    /// The schema pages are parsed with.
    public var schema: Schema
    /// Reference data, for lists named in options.
    public var reference: ReferenceData
    /// The schema's fields, numbered once: kinds keep the slots they read, so a page is not
    /// searched by name.
    var slots: FieldSlots { schema.slots }

    /// The environment of `schema` and `reference`.
    public init(schema: Schema, reference: ReferenceData) {
        self.schema = schema
        self.reference = reference
    }
}
