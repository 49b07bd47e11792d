import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses reporter XML with Foundation's `XMLParser`, to prove it well-formed and to read
/// back what a consumer would see.
final class XMLDocumentCheck: NSObject, XMLParserDelegate {
    /// One element as parsed: name, attributes and character content.
    struct Element {
        /// The element name.
        var name: String
        /// Attribute values, as a consumer reads them (entities resolved).
        var attributes: [String: String]
        /// The character content, entities resolved.
        var text = ""
    }

    /// The elements in document order.
    private(set) var elements: [Element] = []
    /// The parser's error, nil when the document is well-formed.
    private(set) var error: String?
    private var open: [Int] = []

    /// Parses `xml`; check ``error`` and ``elements`` afterwards.
    init(_ xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        if !parser.parse() {
            error = parser.parserError.map { "\($0)" } ?? "unknown parse error"
        }
    }

    /// The elements named `name`.
    func elements(named name: String) -> [Element] {
        elements.filter { $0.name == name }
    }

    /// Records an element and its attributes.
    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        open.append(elements.count)
        elements.append(Element(name: elementName, attributes: attributeDict))
    }

    /// Ends the innermost element.
    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        open.removeLast()
    }

    /// Adds character content to the innermost element.
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }

    /// Keeps the first error, with its position.
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        error = error ?? "\(parseError) at line \(parser.lineNumber), column \(parser.columnNumber)"
    }
}
