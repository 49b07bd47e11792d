/// A rule of qalint's default set (DESIGN §4) that the generator can break on purpose; the raw
/// value is the public rule id.
public enum DefectRule: String, CaseIterable, Codable, Sendable {
    case encoding
    case lineEndings = "line-endings"
    case trailingWhitespace = "trailing-whitespace"
    case requiredSection = "required-section"
    case sectionOrder = "section-order"
    case duplicateSection = "duplicate-section"
    case emptySection = "empty-section"
    case askerFormat = "asker-format"
    case doctorFormat = "doctor-format"
    case dateFormat = "date-format"
    case dateOrder = "date-order"
    case futureDate = "future-date"
    case unknownSpecialty = "unknown-specialty"
    case doctorConsistency = "doctor-consistency"
    case similarQAFormat = "similar-qa-format"
    case readMoreTitle = "read-more-title"
    case brokenLink = "broken-link"
    case linkMismatch = "link-mismatch"
    case selfLink = "self-link"
    case duplicateTitle = "duplicate-title"
    case relatedFAQFormat = "related-faq-format"
    case pii

    /// Whether the rule looks across documents (its defect involves other pages).
    public var isCorpusRule: Bool {
        switch self {
        case .doctorConsistency, .brokenLink, .linkMismatch, .selfLink, .duplicateTitle: true
        default: false
        }
    }

    /// Whether the defect changes what other pages copy into their Similar Q&A entries (title,
    /// question, reply, doctor line); such pages are never linked to, so the defect does not
    /// spread into `link-mismatch` findings on the pages that link to them.
    var hidesPageFromLinks: Bool {
        switch self {
        case .encoding, .trailingWhitespace, .lineEndings, .pii, .doctorFormat, .unknownSpecialty,
             .doctorConsistency, .duplicateTitle: true
        default: false
        }
    }

    /// Whether the defect needs an entry linking to another page to work on.
    var needsLinkedEntry: Bool {
        switch self {
        case .sectionOrder, .similarQAFormat, .readMoreTitle, .linkMismatch: true
        default: false
        }
    }
}
