/// Where each part of a rendered page starts (0-based line indices).
struct PageLayout {
    /// First question line.
    var question: Range<Int>
    /// The asker line.
    var asker: Int
    /// The doctor line.
    var doctor: Int
    /// Reply lines.
    var reply: Range<Int>
    /// The Reply Date line.
    var replyDate: Int
    /// The `More Info` heading.
    var moreInfo: Int
    /// Article lines.
    var article: Range<Int>
    /// The `Similar Q&A` heading (where the Related FAQ heading is, when there are no entries).
    var similar: Int
    /// First line of each Similar Q&A entry (entries are four lines).
    var entries: [Int]
    /// The `Related FAQ` heading.
    var relatedFAQ: Int
    /// Related FAQ lines.
    var faq: Range<Int>
}
