import Testing
@testable import QALintCore

extension ReporterTests {
    /// The escaping writer the XML reporters share.
    @Suite struct XML {
        @Test("attribute values escape markup, quotes and whitespace a parser would normalise")
        func attributes() {
            #expect(XMLWriter.escapeAttribute("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;")
            #expect(XMLWriter.escapeAttribute("1\t2\n3\r4") == "1&#9;2&#10;3&#13;4")
            #expect(XMLWriter.escapeAttribute("&amp;") == "&amp;amp;")
        }

        @Test("text keeps tab and line feed, escapes CR")
        func text() {
            #expect(XMLWriter.escapeText("a\tb\nc\r\nd <&>") == "a\tb\nc&#13;\nd &lt;&amp;&gt;")
        }

        @Test("characters XML 1.0 forbids become U+FFFD; everything else is kept", arguments: [
            ("\u{0}", "\u{FFFD}"), ("\u{8}", "\u{FFFD}"), ("\u{B}", "\u{FFFD}"), ("\u{C}", "\u{FFFD}"),
            ("\u{E}", "\u{FFFD}"), ("\u{1F}", "\u{FFFD}"), ("\u{FFFE}", "\u{FFFD}"), ("\u{FFFF}", "\u{FFFD}"),
            ("\u{7F}", "\u{7F}"), ("\u{85}", "\u{85}"), ("\u{D7FF}", "\u{D7FF}"), ("\u{E000}", "\u{E000}"),
            ("\u{FFFD}", "\u{FFFD}"), ("😷", "😷"), ("\u{10FFFF}", "\u{10FFFF}"), ("é", "é"),
        ])
        func invalidCharacters(raw: String, expected: String) {
            #expect(XMLWriter.escapeText(raw) == expected)
            #expect(XMLWriter.escapeAttribute(raw) == expected)
        }

        @Test("elements nest with two-space indentation, and finish closes what is open")
        func structure() {
            var writer = XMLWriter()
            writer.open("a", ["x": "1", "y": "<2>"])
            writer.empty("b")
            writer.open("c")
            writer.element("d", ["k": "v"], text: "t&t")
            let document = writer.finish()
            #expect(document == """
                <?xml version="1.0" encoding="UTF-8"?>
                <a x="1" y="&lt;2&gt;">
                  <b/>
                  <c>
                    <d k="v">t&amp;t</d>
                  </c>
                </a>

                """)
            #expect(XMLDocumentCheck(document).error == nil)
        }

        @Test("every scalar from U+0000 to U+00FF survives a parse as itself or U+FFFD")
        func roundTrip() throws {
            let all = String(String.UnicodeScalarView((0...0xFF).compactMap(Unicode.Scalar.init)))
            var writer = XMLWriter()
            writer.element("m", ["v": all], text: all)
            let document = XMLDocumentCheck(writer.finish())
            #expect(document.error == nil)
            let element = try #require(document.elements(named: "m").first)
            let expected = String(String.UnicodeScalarView(all.unicodeScalars.map { XMLWriter.isAllowed($0) ? $0 : "\u{FFFD}" }))
            #expect(element.attributes["v"] == expected)
            #expect(element.text == expected)
        }
    }
}
