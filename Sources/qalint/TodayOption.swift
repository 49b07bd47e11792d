import Foundation
import QALintCore

/// Today's date for date rules: `--today`, or the local calendar day.
enum Today {
    /// Parses `--today` or reads the clock (the library never does).
    static func resolve(_ text: String?) throws -> CalendarDate {
        if let text {
            guard let date = CalendarDate(iso: text) else { throw QALintUsageError("--today must be a date YYYY-MM-DD, found '\(text)'") }
            return date
        }
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)!
    }
}

/// A usage mistake found after parsing; reported with exit status 2.
struct QALintUsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
