/// Writes a page model out as lines in the seed's order, with Similar Q&A entries copied from
/// the linked pages.
enum PageRenderer {
    /// The four lines of a Similar Q&A entry pointing to `target`.
    static func entry(for target: PageModel, title: String? = nil) -> [String] {
        let title = title ?? target.title
        return [title, target.questionExcerpt, target.doctor.line, "\(target.replyExcerpt)[Read More] \(title)"]
    }

    /// `page` with entries linking to `targets`, and where its parts stand.
    static func render(_ page: PageModel, entries: [[String]]) -> (PageLines, PageLayout) {
        var lines = [page.title]
        lines += page.question
        let asker = lines.count
        lines.append(page.asker.line(date: page.askDate.slashed))
        lines.append(page.doctor.line)
        let reply = lines.count
        lines += page.reply
        let replyDate = lines.count
        lines.append("Reply Date: \(page.replyDate.slashed)")
        lines.append("More Info")
        lines += page.article
        let similar = lines.count
        // A heading with nothing under it is an `empty-section` defect: a page without similar
        // questions has no Similar Q&A section at all.
        if !entries.isEmpty { lines.append("Similar Q&A") }
        var starts: [Int] = []
        for entry in entries {
            starts.append(lines.count)
            lines += entry
        }
        let related = lines.count
        lines.append("Related FAQ")
        lines += page.relatedFAQ
        let layout = PageLayout(
            question: 1..<asker, asker: asker, doctor: asker + 1, reply: reply..<replyDate, replyDate: replyDate,
            moreInfo: replyDate + 1, article: (replyDate + 2)..<similar, similar: similar, entries: starts,
            relatedFAQ: related, faq: (related + 1)..<lines.count)
        return (PageLines(lines: lines, finalNewline: page.finalNewline), layout)
    }
}
