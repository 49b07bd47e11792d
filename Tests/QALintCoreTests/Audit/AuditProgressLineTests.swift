import Testing
@testable import QALintCore

@Suite("Audit progress line: bar, count, rate and time left, fitted to the terminal")
struct AuditProgressLineTests {
    @Test("rate and time left once there is a rate")
    func line() {
        #expect(ProgressLine.render(done: 1234, total: 5000, elapsed: 2, width: 80)
            == "Reading pages [█████················]  1,234/5,000  24%  617 pages/s  0:07 left")
        #expect(ProgressLine.render(done: 1234, total: 5000, elapsed: 2, width: 200)
            == "Reading pages [███████·······················]  1,234/5,000  24%  617 pages/s  0:07 left")
        #expect(ProgressLine.render(done: 0, total: 175_000, elapsed: 0, width: 80)
            == "Reading pages [······························]  0/175,000  0%")
        #expect(ProgressLine.render(done: 175_000, total: 175_000, elapsed: 10, width: 80)
            == "Reading pages [██████████████████]  175,000/175,000  100%  17,500 pages/s  done")
    }

    @Test("never wider than the terminal: the bar shrinks, then goes")
    func width() {
        for width in [20, 40, 60, 61, 79, 80, 200] {
            let line = ProgressLine.render(done: 1234, total: 175_000, elapsed: 3, width: width)
            #expect(line.count <= width - 1, "\(width): \(line)")
        }
        #expect(ProgressLine.render(done: 5, total: 10, elapsed: 1, width: 50) == "Reading pages  5/10  50%  5 pages/s  0:01 left")
    }

    @Test("durations: m:ss, h:mm:ss, rounded up")
    func durations() {
        #expect(ProgressLine.duration(0.2) == "0:01")
        #expect(ProgressLine.duration(65) == "1:05")
        #expect(ProgressLine.duration(3_725) == "1:02:05")
        #expect(ProgressLine.duration(.infinity) == "?")
    }

    @Test("counts out of range are clamped")
    func clamped() {
        #expect(ProgressLine.render(done: 12, total: 10, elapsed: 1, width: 80).contains("10/10  100%"))
        #expect(ProgressLine.render(done: 0, total: 0, elapsed: 1, width: 80).contains("0/0  100%"))
    }
}
