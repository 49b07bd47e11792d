/// The text of the progress bar `qalint audit` shows on a terminal while it reads pages:
/// `Reading pages [██████······]  1,234/5,000  24%  617 pages/s  0:06 left`.
///
/// A pure function of the counts, the time elapsed and the terminal's width, so it is tested
/// without a terminal or a clock; the command line draws it (and only on a terminal).
public enum ProgressLine {
    /// The line for `done` of `total` pages after `elapsed` seconds, at most `width - 1`
    /// columns (a line as wide as the terminal would wrap on some terminals). The bar shrinks
    /// to fit and is left out below 10 columns.
    public static func render(done: Int, total: Int, elapsed: Double, width: Int) -> String {
        let done = min(max(done, 0), max(total, 0))
        let percent = total > 0 ? done * 100 / total : 100
        let rate = elapsed >= 0.2 && done > 0 ? Double(done) / elapsed : nil
        var tail = "  \(HTMLText.count(done))/\(HTMLText.count(total))  \(percent)%"
        if let rate {
            tail += "  \(HTMLText.count(Int(rate.rounded()))) pages/s"
            tail += done >= total ? "  done" : "  " + duration(Double(total - done) / rate) + " left"
        }
        let label = "Reading pages"
        let room = width - 1 - label.count - tail.count - 3
        guard room >= 10 else { return String((label + tail).prefix(max(width - 1, 0))) }
        let barWidth = min(room, 30)
        let filled = total > 0 ? done * barWidth / total : barWidth
        return label + " [" + String(repeating: "█", count: filled) + String(repeating: "·", count: barWidth - filled) + "]" + tail
    }

    /// `seconds` as `m:ss`, or `h:mm:ss` from an hour; rounded up, so `0:00 left` never shows
    /// while work remains.
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "?" }
        let total = Int(min(seconds, 359_999).rounded(.up))
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        let ss = rest < 10 ? "0\(rest)" : "\(rest)"
        if hours > 0 { return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(ss)" }
        return "\(minutes):\(ss)"
    }
}
