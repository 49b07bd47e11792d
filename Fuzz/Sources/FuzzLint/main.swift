// FuzzLint: the page parser and rule engine over arbitrary bytes.
//
// Each input is linted as one page with the built-in configuration, then as the first of a
// two-page corpus (so the facts collector and corpus rules see it beside a well-formed page),
// then fixed. Besides crashes, hangs, leaks and ASan reports, it checks three invariants and
// stops with a precondition failure when one breaks:
//   - every fix lies inside the page (0 <= start <= end <= count);
//   - applying the fixes changes no byte outside their spans;
//   - the fixer is idempotent: fixing the fixed page changes nothing.
//
// Run with scripts/fuzz.sh lint SECONDS (see docs/fuzzing.md).
import CFuzzerDriver
import QALintCore
#if canImport(Glibc)
import Glibc
#endif

enum FuzzLint {
    /// The built-in configuration: every default rule, including the corpus rules.
    static let configuration: Configuration = {
        do { return try ConfigurationLoader().load(file: nil) } catch { fatalError("default configuration: \(error)") }
    }()
    static let linter = Linter(configuration: configuration)
    /// A fixed day, so `future-date` does not depend on the clock.
    static let context = CheckContext(today: CalendarDate(year: 2026, month: 11, day: 25)!, reference: configuration.reference)

    /// The second page of the corpus (Samples/clean/morning-headache.txt), which the migraine
    /// seed links to and which links back to it.
    static let seedPage: [UInt8] = Array("""
        Morning headaches with high blood pressure
        I am 45 and have had headaches almost every morning for a month. They are dull, on both sides, and ease after lunch. I drink four cups of coffee a day and sleep about five hours. My blood pressure at the pharmacy was 150/95. Could the headaches come from my blood pressure, from coffee, or from lack of sleep? What tests should I have done first?
        Huang, 40~49 year old male. Ask Date: 2024/03/11
        Dr. Li Yuqi reply Family Medicine
        Hello, morning headaches with raised blood pressure and short sleep have several possible causes. Please measure your blood pressure at home for a week, reduce coffee gradually, and aim for seven hours of sleep. If the blood pressure stays above 140/90, see your family doctor; snoring or daytime sleepiness suggests a sleep study.
        Reply Date: 2024/03/12
        More Info
        Headaches on waking have many causes, from caffeine withdrawal to sleep apnea.
        - Measure blood pressure at the same time each morning.
        Similar Q&A
        Recurring one-sided headaches with nausea
        For the past three months I have had throbbing headaches on the left side of my head, about twice a week. They usually start in the late afternoon and come with nausea and a dislike of bright light. Painkillers from the pharmacy help a little, but the headache comes back the next...
        Dr. Lin Jiahao reply Neurology
        Hello, what you describe sounds like migraine, which is common and usually not dangerous. Keep a headache diary (sleep, meals, caffeine, stress) and avoid taking painkillers more than ten days a month. If the headaches change pattern, wake you at night, or come with weakness or s...[Read More] Recurring one-sided headaches with nausea
        Related FAQ
        Hypertension(Family Medicine)

        """.utf8)

    static func run(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        let path = "input.txt"

        // 1. One page, per-page rules.
        let diagnostics = linter.lint(SourceText(bytes: bytes), path: path, context: context)

        // 2. The corpus pass: the input beside a well-formed page.
        _ = linter.lint([.bytes(bytes, name: path), .bytes(seedPage, name: "seed.txt")], context: context, jobs: 1)

        // 3. Fixes stay inside the page and change nothing outside their spans.
        let fixes = diagnostics.compactMap(\.fix)
        for fix in fixes {
            precondition(0 <= fix.start && fix.start <= fix.end && fix.end <= bytes.count,
                         "fix \(fix.start)..<\(fix.end) outside a page of \(bytes.count) bytes")
        }
        checkOutsideSpans(fixes, original: bytes)

        // 4. The fixer is idempotent.
        let (fixed, _) = Fixer.fix(bytes, path: path, linter: linter, context: context)
        let (again, applied) = Fixer.fix(fixed, path: path, linter: linter, context: context)
        precondition(again == fixed, "the fixer is not idempotent: a second run applied \(applied) more fix(es)")
        return 0
    }

    /// Applies `fixes` with `Fixer.apply` and checks, independently of it, that the result is
    /// the original bytes with only the applied spans replaced: the same non-overlapping
    /// selection (in order of start, a fix that overlaps an earlier one waits), and every byte
    /// outside those spans kept, in place and in order.
    static func checkOutsideSpans(_ fixes: [Fix], original: [UInt8]) {
        let (result, applied) = Fixer.apply(fixes, to: original)
        let ordered = fixes.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var kept: [Fix] = []
        var position = 0
        for fix in ordered where fix.start >= position && fix.end <= original.count && fix.start <= fix.end {
            kept.append(fix)
            position = fix.end
        }
        precondition(applied == kept.count, "Fixer.apply applied \(applied) of \(kept.count) non-overlapping fixes")
        var read = 0      // position in `original`
        var written = 0   // position in `result`
        for fix in kept {
            let gap = fix.start - read
            precondition(written + gap <= result.count && result[written..<(written + gap)].elementsEqual(original[read..<fix.start]),
                         "bytes \(read)..<\(fix.start) outside the fixes changed")
            written += gap
            precondition(written + fix.replacement.count <= result.count
                         && result[written..<(written + fix.replacement.count)].elementsEqual(fix.replacement),
                         "fix \(fix.start)..<\(fix.end) not applied as given")
            written += fix.replacement.count
            read = fix.end
        }
        precondition(result[written...].elementsEqual(original[read...]), "bytes after the last fix (from \(read)) changed")
    }
}

/// libFuzzer's conventional entry point, the same callback. SwiftPM links an executable with
/// `--defsym main=FuzzLint_main`, applied after archives are scanned: `main` is still undefined
/// when libclang_rt.fuzzer is searched, so its FuzzerMain.o (which references this symbol) is
/// linked too, and its `main` is then replaced by the defsym, which makes the code below the
/// entry point.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 { FuzzLint.run(data, size) }

var arguments = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
// Load the configuration before the first input, so its one-time allocations are not
// taken for a leak of that input.
_ = FuzzLint.linter
exit(LLVMFuzzerRunDriver(&arguments, &argv) { data, size in FuzzLint.run(data, size) })
