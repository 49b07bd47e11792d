/// Reads a date written loosely (`2023/1/3`, full-width `２０２３／０３／０２`) when it can only
/// mean one day, for the `date` kind's fix.
enum DateRepair {
    /// The date `text` unambiguously means: year first, four digits; month and day of one or
    /// two digits; separated by `/` or the full-width `／`. Nil otherwise.
    static func date(_ text: String) -> CalendarDate? {
        var numbers: [Int] = [0]
        var digits: [Int] = [0]
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0xFF10...0xFF19:
                // No part has more than four digits, and a longer run would overflow `Int`.
                guard digits[digits.count - 1] < 4 else { return nil }
                let value = Int(scalar.value >= 0xFF10 ? scalar.value - 0xFF10 : scalar.value - 0x30)
                numbers[numbers.count - 1] = numbers[numbers.count - 1] * 10 + value
                digits[digits.count - 1] += 1
            case 0x2F, 0xFF0F:
                numbers.append(0)
                digits.append(0)
            default:
                return nil
            }
        }
        guard numbers.count == 3, digits[0] == 4, (1...2).contains(digits[1]), (1...2).contains(digits[2]) else { return nil }
        return CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2])
    }
}
