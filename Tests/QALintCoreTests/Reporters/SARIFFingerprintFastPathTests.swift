import Testing
@testable import QALintCore

@Suite("Fingerprint keys: white space collapsed on bytes as on characters")
struct SARIFFingerprintFastPathTests {
    @Test("texts collapse exactly as splitting on Character.isWhitespace does, on the bytes or by character")
    func collapsing() {
        let pieces = ["a", "Bc", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}", "x.y", "~", "\u{0}",
                      "é", "\u{00A0}", "\u{3000}", "膝", " \u{301}", "’", "～", "（", "カ", "ー", "\u{AD}", "\u{80}", "\u{85}", "\u{2028}",
                      "\u{200D}", "\u{0600}", "\u{FF9E}", "ｶ", "n\u{303}", "\u{302A}", "\u{FE0F}", "\u{1F600}", "\u{0903}"]
        var state: UInt64 = 7
        for _ in 0..<20_000 {
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
        #expect(SARIFFingerprint.collapsingWhitespace(" It’s  （fine）～ ") == "It’s （fine）～")
    }

    @Test("a scalar the byte path takes as it is never joins a space or another such scalar into one character, and is no white space")
    func plainScalars() {
        var checked = 0
        for value in UInt32(0x80)...UInt32(0xFFFF) where SARIFFingerprint.plainScalar(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            #expect(!scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            #expect((" " + text + " ").count == 3 && ("a" + text + "膝").count == 3 && (text + text).count == 2,
                    "U+\(String(value, radix: 16)) joins a neighbour")
            checked += 1
        }
        #expect(checked > 20_000)
        #expect(!SARIFFingerprint.plainScalar(0xA0) && !SARIFFingerprint.plainScalar(0x301) && !SARIFFingerprint.plainScalar(0xFF9E))
    }
}
