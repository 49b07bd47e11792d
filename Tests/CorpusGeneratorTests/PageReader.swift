import CorpusGenerator

/// Reads a clean generated page back into its parts, independently of qalint's parser, and
/// records every way it departs from the seed's shape.
struct PageReader {
    /// A page's parts.
    struct Page {
        /// First line.
        var title = ""
        /// Question lines.
        var question: [String] = []
        /// `<name>, <age> year old <gender>. Ask Date: <date>`.
        var askerLine = ""
        /// `Dr. <name> reply <specialty>`.
        var doctorLine = ""
        /// Reply lines.
        var reply: [String] = []
        /// The Ask Date as written.
        var askDate = ""
        /// The Reply Date as written.
        var replyDate = ""
        /// More Info article lines.
        var article: [String] = []
        /// Similar Q&A entries, four lines each.
        var entries: [[String]] = []
        /// Related FAQ lines.
        var faq: [String] = []
    }

    /// The parts read.
    private(set) var page = Page()
    /// What is wrong with the page's shape.
    private(set) var problems: [String] = []

    /// Reads `bytes`.
    init(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            problems.append("not valid UTF-8")
            return
        }
        if text.utf8.contains(0x0D) { problems.append("has a CR") }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if text.hasSuffix("\n") { lines.removeLast() }
        for (index, line) in lines.enumerated() where line.hasSuffix(" ") || line.hasSuffix("\t") || line.isEmpty {
            problems.append("line \(index + 1) is blank or ends with whitespace")
        }
        read(lines)
    }

    private mutating func read(_ lines: [String]) {
        func index(_ predicate: (String) -> Bool, from start: Int) -> Int? {
            lines.indices.dropFirst(start).first { predicate(lines[$0]) }
        }
        guard let asker = index({ $0.contains(". Ask Date: ") }, from: 1),
              let replyDate = index({ $0.hasPrefix("Reply Date: ") }, from: asker),
              replyDate + 1 < lines.count, lines[replyDate + 1] == "More Info",
              let related = index({ $0 == "Related FAQ" }, from: replyDate)
        else {
            problems.append("parts missing or out of order")
            return
        }
        page.title = lines[0]
        page.question = Array(lines[1..<asker])
        page.askerLine = lines[asker]
        page.doctorLine = lines[asker + 1]
        page.reply = Array(lines[(asker + 2)..<replyDate])
        page.askDate = String(lines[asker].suffix(10))
        page.replyDate = String(lines[replyDate].dropFirst("Reply Date: ".count))
        // Without entries there is no Similar Q&A heading.
        let similar = index({ $0 == "Similar Q&A" }, from: replyDate)
        page.article = Array(lines[(replyDate + 2)..<(similar ?? related)])
        let entryLines = similar.map { Array(lines[($0 + 1)..<related]) } ?? []
        if similar != nil, entryLines.isEmpty { problems.append("empty Similar Q&A") }
        if entryLines.count % 4 != 0 { problems.append("Similar Q&A has \(entryLines.count) lines") }
        page.entries = stride(from: 0, to: entryLines.count - entryLines.count % 4, by: 4).map { Array(entryLines[$0..<($0 + 4)]) }
        page.faq = Array(lines[(related + 1)...])
        checkCounts()
        checkLines()
    }

    private mutating func checkCounts() {
        if !(1...6).contains(page.question.count) { problems.append("\(page.question.count) question lines") }
        if !(1...5).contains(page.reply.count) { problems.append("\(page.reply.count) reply lines") }
        if !(0...5).contains(page.entries.count) { problems.append("\(page.entries.count) Similar Q&A entries") }
        if !(1...10).contains(page.faq.count) { problems.append("\(page.faq.count) Related FAQ entries") }
        if page.article.count < 3 { problems.append("article of \(page.article.count) lines") }
    }

    private mutating func checkLines() {
        let asker = /^.+, (0~9|[1-9]0~[1-9]9) year old (male|female)\. Ask Date: \d{4}\/\d{2}\/\d{2}$/
        if page.askerLine.wholeMatch(of: asker) == nil { problems.append("asker line: \(page.askerLine)") }
        if let match = page.doctorLine.wholeMatch(of: /^Dr\. [A-Z][a-z]+ [A-Z][a-z]+ reply (.+)$/) {
            if !DepartmentCatalog.names.contains(String(match.1)) { problems.append("doctor specialty: \(page.doctorLine)") }
        } else {
            problems.append("doctor line: \(page.doctorLine)")
        }
        for line in page.faq {
            guard let match = line.wholeMatch(of: /^([^()]+)\(([^()]+)\)$/), DepartmentCatalog.names.contains(String(match.2)) else {
                problems.append("Related FAQ line: \(line)")
                continue
            }
        }
        for line in page.question + page.reply where line.hasPrefix("Dr.") || line.contains("Date:") {
            problems.append("text looks like another part: \(line)")
        }
    }
}
