#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import QALintCore

/// The progress bar `qalint audit` draws on standard error while it reads pages: the line of
/// ``ProgressLine``, redrawn in place at most ten times a second, and erased at the end.
///
/// It exists only when standard error is a terminal (and not a `dumb` one), so files, pipes
/// and CI logs never get any of it. ``update(done:total:)`` may be called from any thread and
/// out of order (workers finish pages concurrently): the bar never goes backwards.
final class ProgressBar: @unchecked Sendable {
    // The lock guards every stored var; `@unchecked Sendable` rests on it.
    private let lock = NSLock()
    private let start = ContinuousClock.now
    private var lastDraw: ContinuousClock.Instant?
    private var done = 0
    private var drawn = false

    private init() {}

    /// A bar on standard error, or nil when standard error is not a terminal.
    static func onStandardError() -> ProgressBar? {
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return nil }
        return isatty(2) == 1 ? ProgressBar() : nil
    }

    /// Records that `done` of `total` pages are read, and redraws when 100 ms have passed
    /// since the last drawing (or when the last page is read).
    func update(done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        self.done = max(self.done, done)
        let now = ContinuousClock.now
        if let lastDraw, now - lastDraw < .milliseconds(100), self.done < total { return }
        lastDraw = now
        let elapsed = (now - start) / .seconds(1)
        Terminal.err("\r" + ProgressLine.render(done: self.done, total: total, elapsed: elapsed, width: Self.width()) + "\u{1B}[K")
        drawn = true
    }

    /// Erases the bar, leaving the cursor at the start of an empty line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { Terminal.err("\r\u{1B}[K") }
        drawn = false
    }

    /// The terminal's width in columns (80 when unknown).
    private static func width() -> Int {
        var size = winsize()
        if ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
