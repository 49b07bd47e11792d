/// Data rules check against: the specialty list and the doctor registry.
public struct ReferenceData: Sendable {
    /// Named lists (`specialties`), each in file order.
    public var lists: [String: [String]]
    /// The doctor registry.
    public var doctors: DoctorRegistry

    /// Creates reference data.
    public init(lists: [String: [String]] = [:], doctors: DoctorRegistry = DoctorRegistry(doctors: [])) {
        self.lists = lists
        self.doctors = doctors
    }
}
