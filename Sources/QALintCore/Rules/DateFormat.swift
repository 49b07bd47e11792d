/// A fixed-width date layout such as `YYYY/MM/DD`: `YYYY`, `MM` and `DD` stand for zero-padded
/// digits, anything else is a literal. Parsing is byte-level.
public struct DateFormat: Sendable, Equatable {
    private enum Piece: Sendable, Equatable {
        case year, month, day
        case literal(UInt8)
    }

    /// What parsing found.
    public enum Parsed: Sendable, Equatable {
        /// A real date.
        case valid(CalendarDate)
        /// The right shape, but no such day (`2023/02/30`).
        case notACalendarDate
    }

    private let pieces: [Piece]
    /// The layout as written.
    public let source: String

    /// `YYYY-MM-DD`.
    public static let iso = DateFormat(parsing: "YYYY-MM-DD")!

    /// Parses a layout; nil unless it has each of YYYY, MM and DD once and only ASCII literals.
    public init?(parsing source: String) {
        var pieces: [Piece] = []
        var bytes = Array(source.utf8)[...]
        while let byte = bytes.first {
            if bytes.starts(with: Array("YYYY".utf8)) { pieces.append(.year); bytes = bytes.dropFirst(4) }
            else if bytes.starts(with: Array("MM".utf8)) { pieces.append(.month); bytes = bytes.dropFirst(2) }
            else if bytes.starts(with: Array("DD".utf8)) { pieces.append(.day); bytes = bytes.dropFirst(2) }
            else if byte < 0x80 && !ByteScan.isDigit(byte) { pieces.append(.literal(byte)); bytes = bytes.dropFirst() }
            else { return nil }
        }
        guard pieces.filter({ $0 == .year }).count == 1, pieces.filter({ $0 == .month }).count == 1,
              pieces.filter({ $0 == .day }).count == 1 else { return nil }
        self.pieces = pieces
        self.source = source
    }

    /// Parses `bytes`; nil when they do not have the layout's shape.
    public func parse(_ bytes: [UInt8]) -> Parsed? {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    /// Parses `bytes`; nil when they do not have the layout's shape.
    func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Parsed? {
        var index = 0
        var year = 0, month = 0, day = 0
        func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<count {
                let byte = bytes[index + offset]
                guard ByteScan.isDigit(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += count
            return value
        }
        for piece in pieces {
            switch piece {
            case .year: guard let value = digits(4) else { return nil }; year = value
            case .month: guard let value = digits(2) else { return nil }; month = value
            case .day: guard let value = digits(2) else { return nil }; day = value
            case .literal(let byte):
                guard index < bytes.count, bytes[index] == byte else { return nil }
                index += 1
            }
        }
        guard index == bytes.count else { return nil }
        return CalendarDate(year: year, month: month, day: day).map { .valid($0) } ?? .notACalendarDate
    }

    /// The parsed date, when `text` is a valid date in this layout.
    public func date(_ text: String) -> CalendarDate? {
        if case .valid(let date)? = parse(Array(text.utf8)) { date } else { nil }
    }

    /// `date` written in this layout.
    public func format(_ date: CalendarDate) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return pieces.map { piece -> String in
            switch piece {
            case .year: pad(date.year, 4)
            case .month: pad(date.month, 2)
            case .day: pad(date.day, 2)
            case .literal(let byte): String(UnicodeScalar(byte))
            }
        }.joined()
    }
}
