/// A day of the Gregorian calendar, without time zones.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date, or nil.
    public init?(year: Int, month: Int, day: Int) {
        guard year >= 1, month >= 1, month <= 12, day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Parses `YYYY-MM-DD` (the command line's form).
    public init?(iso text: String) {
        guard let parsed = DateFormat.iso.parse(Array(text.utf8)), case .valid(let date) = parsed else { return nil }
        self = date
    }

    /// Orders by year, month, day.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String { DateFormat.iso.format(self) }
}
