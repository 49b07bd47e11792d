/// A doctor of the generated site: a Hanyu Pinyin name, surname first, and one specialty.
public struct Doctor: Sendable, Hashable {
    /// `Chen Yongxue`.
    public let name: String
    /// Index into ``DepartmentCatalog/all``.
    public let department: Int

    /// The specialty's name.
    public var specialty: String { DepartmentCatalog.all[department].name }

    /// The doctor line of a page: `Dr. Chen Yongxue reply Orthopedics`.
    public var line: String { "Dr. \(name) reply \(specialty)" }
}
