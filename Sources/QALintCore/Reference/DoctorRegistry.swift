/// Known doctors: a canonical name, other spellings of it, and the specialties they answer in.
public struct DoctorRegistry: Sendable {
    /// One doctor.
    public struct Doctor: Sendable, Equatable {
        /// Canonical name (Hanyu Pinyin, surname first).
        public var name: String
        /// Other spellings (`Lee Yu-chi`).
        public var aliases: [String]
        /// Registered specialties.
        public var specialties: [String]

        /// Creates an entry.
        public init(name: String, aliases: [String], specialties: [String]) {
            self.name = name
            self.aliases = aliases
            self.specialties = specialties
        }
    }

    /// The doctors, in file order.
    public let doctors: [Doctor]
    private let byName: [String: Int]

    /// Indexes `doctors` by name and alias (case-insensitive, spaces folded).
    public init(doctors: [Doctor]) {
        self.doctors = doctors
        var index: [String: Int] = [:]
        for (position, doctor) in doctors.enumerated() {
            for name in [doctor.name] + doctor.aliases where index[Self.key(name)] == nil {
                index[Self.key(name)] = position
            }
        }
        byName = index
    }

    /// The doctor written as `name` (canonical or alias).
    public func doctor(named name: String) -> Doctor? {
        byName[Self.key(name)].map { doctors[$0] }
    }

    /// The lookup key of a name: lower-case, runs of spaces folded.
    static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
