/// A line template laid out for matching: its pieces, literal bytes and fields' slots in memory
/// this object owns, read through ``View``, a plain value of pointers.
///
/// A ``LineTemplate`` is a string and a list of tokens, each literal an array: taking one out
/// of a schema for a line retained the list and the template's text, and reading a literal
/// out of its token retained its bytes, on every entry line of every page. A view retains
/// nothing, so the parser makes a code for each template it matches, with the slots of its fields
/// in the page's schema (``FieldSlots``), and reads the codes' views.
final class TemplateCode: Sendable {
    /// A token: a field, or a literal's bytes in ``View/bytes``.
    struct Piece {
        /// Where the literal's bytes start.
        let start: Int
        /// How many bytes the literal has; -1 for a field.
        let count: Int

        var isField: Bool { count < 0 }
    }

    /// The template's pieces, bytes and slots; valid while this object lives.
    let view: View

    /// The code of `tokens`, whose fields (left to right) have the slots `slots`.
    init(_ tokens: [LineTemplate.Token], slots: [Int] = []) {
        var pieces: [Piece] = []
        var bytes: [UInt8] = []
        for token in tokens {
            switch token {
            case .field:
                pieces.append(Piece(start: bytes.count, count: -1))
            case .literal(let literal):
                pieces.append(Piece(start: bytes.count, count: literal.count))
                bytes += literal
            }
        }
        let pieceMemory = UnsafeMutablePointer<Piece>.allocate(capacity: max(1, pieces.count))
        pieceMemory.initialize(from: pieces, count: pieces.count)
        let byteMemory = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
        byteMemory.initialize(from: bytes, count: bytes.count)
        let slotMemory = UnsafeMutablePointer<Int>.allocate(capacity: max(1, slots.count))
        slotMemory.initialize(from: slots, count: slots.count)
        view = View(pieces: UnsafeBufferPointer(start: pieceMemory, count: pieces.count), bytes: UnsafePointer(byteMemory),
                    slots: UnsafeBufferPointer(start: slotMemory, count: slots.count))
    }

    deinit {
        UnsafeMutablePointer(mutating: view.pieces.baseAddress!).deallocate()
        UnsafeMutablePointer(mutating: view.bytes).deallocate()
        UnsafeMutablePointer(mutating: view.slots.baseAddress!).deallocate()
    }

    /// A template's pieces, bytes and slots, owned by a ``TemplateCode``.
    struct View: @unchecked Sendable {
        let pieces: UnsafeBufferPointer<Piece>
        let bytes: UnsafePointer<UInt8>
        /// The slots of the template's fields, left to right (none for a template's own code).
        let slots: UnsafeBufferPointer<Int>

        /// The bytes of the literal piece `piece`.
        func literal(_ piece: Piece) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: bytes + piece.start, count: piece.count)
        }

        /// Matches the line `start..<end` of `buffer` as ``LineTemplate/match(_:start:end:spans:)`` describes.
        func match(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int, spans: inout [Range<Int>]) -> Int? {
            // Emptied element by element: `removeAll(keepingCapacity:)` goes through a generic
            // `replaceSubrange`, and a line has a few spans at most.
            while !spans.isEmpty { spans.removeLast() }
            let span = ByteScan.trimmed(buffer, from: start, to: end)
            var low = span.lowerBound
            var high = span.upperBound
            var first = 0
            var last = pieces.count - 1
            if let piece = pieces.first, !piece.isField {
                guard high - low >= piece.count, ByteScan.matches(literal(piece), in: buffer, at: low) else { return 0 }
                low += piece.count
                first = 1
            }
            if last >= first, !pieces[last].isField {
                let piece = pieces[last]
                guard high - low >= piece.count, ByteScan.matches(literal(piece), in: buffer, at: high - piece.count) else { return last }
                high -= piece.count
                last -= 1
            }
            var index = last
            var fieldEnd = high
            while index >= first {
                // Only a literal that no field stands after ends the match here; templates never have that.
                guard pieces[index].isField else { return index }
                if index == first {
                    spans.append(ByteScan.trimmed(buffer, from: low, to: max(low, fieldEnd)))
                } else if !pieces[index - 1].isField {
                    let piece = pieces[index - 1]
                    guard let hit = ByteScan.findLast(literal(piece), in: buffer, from: low, to: fieldEnd) else { return index - 1 }
                    spans.append(ByteScan.trimmed(buffer, from: hit + piece.count, to: max(hit + piece.count, fieldEnd)))
                    fieldEnd = hit
                    index -= 1
                }
                index -= 1
            }
            return nil
        }
    }
}
