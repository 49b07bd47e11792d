import CQALintBits
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

@Suite("The bit-parallel distance equals the dynamic-programming one")
struct BitParallelDistanceTests {
    /// A deterministic generator (SplitMix64), so a failure can be replayed.
    typealias Generator = ByteLevelFastPathTests.Generator

    static func distance(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar], limit: Int) -> Int? {
        guard let bits = BitParallelDistance(pattern) else { return nil }
        var utf8: [UInt8] = []
        for scalar in text { utf8 += Array(String(Character(scalar)).utf8) }
        return utf8.withUnsafeBufferPointer { bits.distance(to: $0, scalars: text.count, limit: limit) }
    }

    @Test("random texts of 0 to 64 scalars, ASCII and not, near and far, every limit")
    func randomTexts() {
        // A small alphabet makes near texts likely; é, ß, 膝 and 😀 take 2, 2, 3 and 4 bytes.
        let alphabet: [Unicode.Scalar] = ["a", "b", "c", " ", "d", "é", "ß", "膝", "😀", "K"]
        var generator = Generator(state: 42)
        for round in 0..<3_000 {
            let length = generator.next(65)
            let pattern = (0..<length).map { _ in alphabet[generator.next(alphabet.count)] }
            // The text: the pattern edited a few times, or another text altogether.
            var text = pattern
            if round % 5 == 0 {
                text = (0..<generator.next(65)).map { _ in alphabet[generator.next(alphabet.count)] }
            } else {
                for _ in 0..<generator.next(6) {
                    let position = generator.next(text.count + 1)
                    switch generator.next(3) {
                    case 0: text.insert(alphabet[generator.next(alphabet.count)], at: position)
                    case 1: if position < text.count { text.remove(at: position) }
                    default: if position < text.count { text[position] = alphabet[generator.next(alphabet.count)] }
                    }
                }
            }
            for limit in [0, 1, 2, 5, 8, 200] {
                let expected = Suggestion.editDistance(pattern, text, limit: limit)
                #expect(Self.distance(pattern, text, limit: limit) == expected, "round \(round), limit \(limit)")
            }
        }
    }

    @Test("edge cases: empty texts, 64 scalars exactly, a pattern past 64 has no masks")
    func edges() {
        let a = Array("a".unicodeScalars), none: [Unicode.Scalar] = []
        #expect(Self.distance(none, none, limit: 2) == 0)
        #expect(Self.distance(none, Array("abc".unicodeScalars), limit: 2) == 3)
        #expect(Self.distance(none, Array("ab".unicodeScalars), limit: 2) == 2)
        #expect(Self.distance(a, none, limit: 2) == 1)
        let long = Array(String(repeating: "ab", count: 32).unicodeScalars)
        #expect(Self.distance(long, long, limit: 8) == 0)
        #expect(Self.distance(long, Array(long.dropLast()) + ["c"], limit: 8) == 1)
        #expect(Self.distance(long, Array(long.reversed()), limit: 8) == 2)
        #expect(BitParallelDistance(long + ["a"]) == nil)
    }
}

@Suite("The suggester's bag-distance bound, eight counts a word")
struct BagBoundTests {
    @Test("equals the larger of the summed surpluses, for counts from 0 to the limit, at every byte")
    func bound() {
        var generator = BitParallelDistanceTests.Generator(state: 7)
        for round in 0..<5_000 {
            let limit = Int(TitleSuggester.countLimit)
            // Mostly small counts, as titles have; now and then the largest.
            let pick = { (g: inout BitParallelDistanceTests.Generator) -> UInt8 in
                UInt8(g.next(4) == 0 ? g.next(limit + 1) : g.next(6))
            }
            let a = (0..<32).map { _ in pick(&generator) }, b = (0..<32).map { _ in pick(&generator) }
            let above = zip(a, b).reduce(0) { $0 + max(0, Int($1.0) - Int($1.1)) }
            let below = zip(a, b).reduce(0) { $0 + max(0, Int($1.1) - Int($1.0)) }
            let bound = a.withUnsafeBytes { a in
                b.withUnsafeBytes { b in
                    TitleSuggester.lowerBound(TitleSuggester.Counts(a.baseAddress!), TitleSuggester.Counts(b.baseAddress!))
                }
            }
            #expect(bound == max(above, below), "round \(round)")
        }
    }
}

@Suite("Suggestions for many broken links at once")
struct BatchSuggestionTests {
    typealias Generator = ByteLevelFastPathTests.Generator

    /// The best title by a scan of every title with the banded edit distance (no bound before
    /// it, no blocks): a prefix of the other wins, then the smallest distance, then bytes.
    static func reference(_ query: String, _ titles: [(title: String, folded: [Unicode.Scalar])]) -> String? {
        let target = Array(query.lowercased().unicodeScalars)
        let limit = min(8, max(2, target.count / 4))
        var best: (title: String, score: (Int, Int))?
        for (title, folded) in titles {
            let distance = Suggestion.editDistance(target, folded, limit: limit)
            guard distance <= limit else { continue }
            let score = (target.starts(with: folded) || folded.starts(with: target) ? 0 : 1, distance)
            if best == nil || score < best!.score || (score == best!.score && title.utf8Precedes(best!.title)) { best = (title, score) }
        }
        return best?.title
    }

    @Test("equal a scan of every title, for titles of many blocks and runs, ASCII and not, past 64 scalars")
    func againstScan() {
        // Few words, so that titles are near one another and many have the same length (a
        // length's titles span several blocks of 512, and 9,000 titles make two runs of the index).
        let words = ["knee", "pain", "back", "hip", "night", "Sore", "ache", "Über", "膝盖", "after", "run"]
        var generator = Generator(state: 11)
        var titles = Set<String>()
        while titles.count < 9_000 {
            let count = 3 + generator.next(4)
            titles.insert((0..<count).map { _ in words[generator.next(words.count)] }.joined(separator: " ") + " \(generator.next(100))")
        }
        // A few long titles, past the 64 scalars of the bit-parallel distance.
        for number in 0..<40 { titles.insert(String(repeating: "Knee pain after a long run, ", count: 3) + "case \(number)") }
        // A prefix two edits away wins over a title one edit away that is not one.
        titles.formUnion(["hip ache after run at night", "hip ache after run at nog"])
        let list = titles.sorted()
        var queries = ["Hip ache after run at nig"]
        for round in 0..<20 {
            var text = Array(list[generator.next(list.count)].unicodeScalars)
            // Edited a few times: dropped or added at the end (prefixes), changed inside, or cased otherwise.
            for _ in 0..<generator.next(7) {
                let position = generator.next(text.count + 1)
                switch generator.next(4) {
                case 0: text.insert("x", at: position)
                case 1: if position < text.count { text.remove(at: position) }
                case 2: if !text.isEmpty { text.removeLast() }
                default: if position < text.count { text[position] = "Q" }
                }
            }
            queries.append(round % 7 == 0 ? "Something else entirely \(round)" : String(String.UnicodeScalarView(text)).uppercased())
        }
        let folded = list.map { ($0, Array($0.lowercased().unicodeScalars)) }
        let expected = queries.map { Self.reference($0, folded) }
        #expect(expected.compactMap { $0 }.count > 12, "most queries have a suggestion")
        #expect(expected[0] == "hip ache after run at night")
        for jobs in [1, 3] {
            let suggester = TitleSuggester(titles: Array((list[4_500...] + list[..<4_500]).reversed()), jobs: jobs)
            #expect(suggester.suggestions(for: queries, jobs: jobs) == expected, "jobs \(jobs)")
        }
    }
}

@Suite("The signature filter, with the processor's bit count and without")
struct SignatureFilterTests {
    @Test("passes exactly the titles whose larger count of differing bits is within the limit")
    func againstCount() {
        var generator = BitParallelDistanceTests.Generator(state: 3)
        // Words of a few bits each, so that bounds near the limits are common.
        func word(_ g: inout BitParallelDistanceTests.Generator) -> UInt64 {
            (0..<g.next(20)).reduce(UInt64(0)) { bits, _ in bits | UInt64(1) << UInt64(g.next(64)) }
        }
        let modes: [Int32] = TitleSuggester.hardwarePopcount ? [0, 1] : [0]
        for round in 0..<400 {
            let count = generator.next(700)
            let signatures = (0..<(2 * count)).map { _ in word(&generator) }
            let low = word(&generator), high = word(&generator), limit = generator.next(12)
            let expected = (0..<count).filter { index in
                let (otherLow, otherHigh) = (signatures[2 * index], signatures[2 * index + 1])
                let surplus = (low & ~otherLow).nonzeroBitCount + (high & ~otherHigh).nonzeroBitCount
                let deficit = (otherLow & ~low).nonzeroBitCount + (otherHigh & ~high).nonzeroBitCount
                return max(surplus, deficit) <= limit
            }.map(Int32.init)
            for mode in modes {
                var passing = [Int32](repeating: -1, count: max(1, count))
                let found = signatures.withUnsafeBufferPointer { words in
                    passing.withUnsafeMutableBufferPointer {
                        qalint_signature_filter(words.baseAddress, count, low, high, Int32(limit), mode, $0.baseAddress!)
                    }
                }
                #expect(Array(passing[..<found]) == expected, "round \(round), popcount \(mode)")
            }
        }
    }
}
