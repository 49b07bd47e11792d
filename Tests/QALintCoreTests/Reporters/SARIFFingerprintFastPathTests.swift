import Testing
@testable import QALintCore

@Suite("Fingerprint keys: white space collapsed on bytes as on characters")
struct SARIFFingerprintFastPathTests {
    @Test("ASCII texts collapse exactly as splitting on Character.isWhitespace does; others take that path")
    func collapsing() {
        let pieces = ["a", "Bc", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}", "x.y", "~", "\u{0}",
                      "é", "\u{00A0}", "\u{3000}", "膝", " \u{301}"]
        var state: UInt64 = 7
        for _ in 0..<3_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for step in 0..<Int(state >> 60) {
                text += pieces[Int((state >> UInt64(step * 4)) & 0xFFFF) % pieces.count]
            }
            let reference = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(SARIFFingerprint.collapsingWhitespace(text) == reference, "\(text.debugDescription)")
        }
        #expect(SARIFFingerprint.collapsingWhitespace("  Ask \t Date:\r\n2023/01/03  ") == "Ask Date: 2023/01/03")
        #expect(SARIFFingerprint.collapsingWhitespace("") == "")
    }
}
