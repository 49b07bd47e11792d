/// Every rule kind, sorted by name. A test checks that each kind file is listed here, that
/// names are unique, and that every kind is used by some built-in rule.
public enum KindRegistry {
    /// The kinds.
    public static let kinds: [any RuleKind.Type] = [
        DateKind.self,
        DateCompareKind.self,
        EmptyPartKind.self,
        EncodingKind.self,
        EntryFormatKind.self,
        FieldMatchKind.self,
        LengthKind.self,
        LineEndingsKind.self,
        LineFormatKind.self,
        LinkContentKind.self,
        LinkTargetKind.self,
        PartCardinalityKind.self,
        PartOrderKind.self,
        PatternKind.self,
        PersonConsistencyKind.self,
        PIIKind.self,
        RegistryKind.self,
        RequiredPartKind.self,
        SelfLinkKind.self,
        TrailingWhitespaceKind.self,
        UniqueTitleKind.self,
        VocabularyKind.self,
    ]

    /// The kind called `name`.
    public static func kind(named name: String) -> (any RuleKind.Type)? {
        kinds.first { $0.name == name }
    }

    /// Every kind name.
    public static var names: [String] { kinds.map { $0.name }.sorted() }
}
