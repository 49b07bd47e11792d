import Testing
@testable import QALintCore

@Suite("Title suggestions: the index built on several threads, ties broken on bytes")
struct TitleSuggesterTests {
    /// `count` distinct titles, `Title 0 of the corpus` and so on, some with capitals and accents.
    static func titles(_ count: Int) -> [String] {
        (0..<count).map { index in
            switch index % 3 {
            case 0: "Knee pain after running number \(index)"
            case 1: "HÜFTSCHMERZEN im Alter Nummer \(index)"
            default: "back pain \(index) at night"
            }
        }
    }

    @Test("the same suggestions from titles indexed on 1, 2 and 3 threads (past 4,096 titles a run)")
    func threads() {
        let titles = Self.titles(13_000)
        let queries = ["Knee pian after running number 12", "hüftschmerzen im alter nummer 9997", "back pain 12998 at nigth",
                       "Knee pain after running number", "Something else entirely", "back pain 4096 at night!"]
        // A prefix two scalars longer ("number 0", "number 3", …) wins, the first in byte order;
        // "back pain 4096" is not a title (4096 is a HÜFTSCHMERZEN number): of those two edits
        // away, "back pain 2096 at night" comes first in byte order.
        let expected = ["Knee pain after running number 12", "HÜFTSCHMERZEN im Alter Nummer 9997", "back pain 12998 at night",
                        "Knee pain after running number 0", nil, "back pain 2096 at night"]
        for jobs in [1, 2, 3] {
            let suggester = TitleSuggester(titles: titles, jobs: jobs)
            #expect(queries.map { suggester.suggestion(for: $0) } == expected, "jobs \(jobs)")
        }
    }

    @Test("between titles as near as each other, the first in byte order wins, whatever order they came in")
    func ties() {
        // "Knee pain a" and "Knee pain b" are one edit from "Knee pain c", neither a prefix of it.
        // "Hip pain x" and "Hip pain xy z" both start alike with "Hip pain xy": the nearer wins.
        let titles = ["Knee pain b", "Knee pain a", "Hip pain xy z", "Hip pain x", "Zeta", "Äpfel"]
        for order in [titles, Array(titles.reversed()), [titles[3], titles[1], titles[5], titles[0], titles[2], titles[4]]] {
            let suggester = TitleSuggester(titles: order, jobs: 2)
            #expect(suggester.suggestion(for: "Knee pain c") == "Knee pain a")
            #expect(suggester.suggestion(for: "Hip pain xy") == "Hip pain x")
        }
        // Canonically equal titles (precomposed and decomposed ä) compare equal as `String`s;
        // bytes decide: U+00E4 is C3 A4, the decomposed form 61 CC 88 comes first.
        let composed = "K\u{E4}se essen", decomposed = "Ka\u{308}se essen"
        for order in [[composed, decomposed], [decomposed, composed]] {
            let suggester = TitleSuggester(titles: order)
            #expect(suggester.suggestion(for: "Kase essen")?.utf8.elementsEqual(decomposed.utf8) == true)
        }
    }
}
