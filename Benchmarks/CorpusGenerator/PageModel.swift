/// The content of one generated page before it is written out: everything other pages need
/// to link to it, plus a seed from which its More Info article is written on demand.
struct PageModel: Sendable {
    /// Position in the corpus.
    let index: Int
    /// File name, `000123_<16 hex>.txt`.
    let name: String
    /// Index into ``DepartmentCatalog/all`` (the doctor's specialty).
    let department: Int
    /// The condition the page is about.
    let focus: String
    /// The title, unique across the corpus.
    let title: String
    /// Question lines.
    let question: [String]
    /// Who asked.
    let asker: Asker
    /// The day asked.
    let askDate: CalendarDay
    /// The answering doctor.
    let doctor: Doctor
    /// Reply lines.
    let reply: [String]
    /// The day answered (the ask date to 7 days later).
    let replyDate: CalendarDay
    /// `Topic(Specialty)` lines.
    let relatedFAQ: [String]
    /// Whether the file ends with a newline.
    let finalNewline: Bool
    /// Seed of the article's text.
    let articleSeed: UInt64

    /// The question excerpt other pages show: the lines joined with a space, cut at 280 scalars.
    var questionExcerpt: String { Excerpt.cut(question.joined(separator: " ")) }

    /// The reply excerpt other pages show.
    var replyExcerpt: String { Excerpt.cut(reply.joined(separator: " ")) }

    /// The page's More Info article.
    var article: [String] {
        var random = SplitMix64(seed: articleSeed)
        return ArticleWriter(filler: TextFiller(department: DepartmentCatalog.all[department], who: "", focus: focus)).article(&random)
    }
}
