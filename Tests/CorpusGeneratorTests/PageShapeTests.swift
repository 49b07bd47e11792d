import CorpusGenerator
import Testing

@Suite("Generated page shape")
struct PageShapeTests {
    /// The clean corpus, read back.
    static let pages = TestCorpora.clean.pages.map { PageReader($0.bytes) }

    @Test("every clean page has the seed's parts in order, and nothing else")
    func parts() {
        for (page, reader) in zip(TestCorpora.clean.pages, Self.pages) {
            #expect(reader.problems.isEmpty, "\(page.name): \(reader.problems)")
        }
    }

    @Test("Similar Q&A entries copy the linked page: title, excerpts cut at 280 scalars, doctor line")
    func entriesCopyTheLinkedPage() {
        var byTitle: [String: PageReader.Page] = [:]
        for reader in Self.pages { byTitle[reader.page.title] = reader.page }
        var cut = 0
        for reader in Self.pages {
            for entry in reader.page.entries {
                guard let target = byTitle[entry[0]] else {
                    Issue.record("entry links to no page: \(entry[0])")
                    continue
                }
                #expect(entry[0] != reader.page.title, "self-link on \(reader.page.title)")
                let question = target.question.joined(separator: " ")
                #expect(entry[1] == excerpt(question))
                #expect(entry[2] == target.doctorLine)
                #expect(entry[3] == excerpt(target.reply.joined(separator: " ")) + "[Read More] " + entry[0])
                for text in [entry[1], String(entry[3].prefix(upTo: entry[3].firstRange(of: "[Read More] ")!.lowerBound))] {
                    let scalars = text.unicodeScalars.count
                    #expect(scalars <= 283 && (scalars <= 280 || (scalars == 283 && text.hasSuffix("..."))))
                    if scalars == 283 { cut += 1 }
                }
            }
        }
        #expect(cut > 100, "long texts are cut")
    }

    @Test("titles are unique and a doctor always answers in one specialty")
    func uniqueness() {
        let titles = Self.pages.map(\.page.title)
        #expect(Set(titles).count == titles.count)
        var specialty: [Substring: Substring] = [:]
        for reader in Self.pages {
            let match = reader.page.doctorLine.wholeMatch(of: /Dr\. (.+) reply (.+)/)!
            #expect(specialty[match.1, default: match.2] == match.2, "\(match.1)")
            specialty[match.1] = match.2
        }
    }

    @Test("dates lie between 2000/08/16 and 2024/10/31, the reply 0–7 days after the question")
    func dates() {
        for reader in Self.pages {
            let ask = day(reader.page.askDate), reply = day(reader.page.replyDate)
            #expect(ask >= CalendarDay(2000, 8, 16) && reply <= CalendarDay(2024, 10, 31))
            #expect((0...7).contains(reply.daysSinceEpoch - ask.daysSinceEpoch))
        }
    }

    @Test("pages average about 8 KB; most, not all, end with a newline")
    func sizeAndFinalNewline() {
        let sizes = TestCorpora.clean.pages.map(\.bytes.count)
        let average = Double(sizes.reduce(0, +)) / Double(sizes.count)
        #expect((7_600...8_600).contains(average), "average \(average) bytes")
        let withNewline = TestCorpora.clean.pages.filter { $0.bytes.last == 0x0A }.count
        #expect((700...950).contains(withNewline))
    }

    @Test("the department mix follows 2024: Obstetrics and Gynecology, then Urology, lead")
    func departmentMix() {
        var counts: [String: Int] = [:]
        for reader in Self.pages {
            counts[String(reader.page.doctorLine.wholeMatch(of: /Dr\. .+ reply (.+)/)!.1), default: 0] += 1
        }
        let ranked = counts.sorted { $0.value > $1.value }.map(\.key)
        #expect(Array(ranked.prefix(2)) == ["Obstetrics and Gynecology", "Urology"])
        #expect((150...260).contains(counts["Obstetrics and Gynecology"] ?? 0))
        #expect(counts.count >= 20)
    }

    @Test("the seed's defect-free parts and full-width and astral characters occur")
    func textVariety() {
        let text = TestCorpora.clean.pages.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
        for needle in ["（", "～", "°C", "👍🏻", "1. ", "\n- ", "Conclusion\n"] {
            #expect(text.contains(needle), "\(needle)")
        }
    }

    private func excerpt(_ text: String) -> String {
        text.unicodeScalars.count <= 280 ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(280))) + "..."
    }

    private func day(_ text: String) -> CalendarDay {
        let parts = text.split(separator: "/").map { Int($0)! }
        return CalendarDay(parts[0], parts[1], parts[2])
    }
}
