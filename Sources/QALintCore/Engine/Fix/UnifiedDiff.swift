/// A unified diff of two versions of a page, for `--fix --dry-run`.
///
/// Lines are compared with their endings, so a changed line ending shows as a changed line;
/// a `\r` is shown as `␍`. Fixes keep the number of lines, so lines are paired one to one; if
/// the counts differ, the whole file is one hunk.
public enum UnifiedDiff {
    /// The diff, or an empty string when the versions are equal.
    public static func render(old: [UInt8], new: [UInt8], path: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let before = lines(old)
        let after = lines(new)
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        guard before.count == after.count else {
            out += "@@ -1,\(before.count) +1,\(after.count) @@\n"
            out += before.map { "-" + shown($0) }.joined() + after.map { "+" + shown($0) }.joined()
            return out
        }
        let changed = before.indices.filter { before[$0] != after[$0] }
        var index = 0
        while index < changed.count {
            var last = index
            while last + 1 < changed.count, changed[last + 1] - changed[last] <= 2 * context { last += 1 }
            let start = max(0, changed[index] - context)
            let end = min(before.count, changed[last] + context + 1)
            out += "@@ -\(start + 1),\(end - start) +\(start + 1),\(end - start) @@\n"
            for line in start..<end {
                if before[line] == after[line] {
                    out += " " + shown(before[line])
                } else {
                    out += "-" + shown(before[line]) + "+" + shown(after[line])
                }
            }
            index = last + 1
        }
        return out
    }

    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            result.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    private static func shown(_ line: ArraySlice<UInt8>) -> String {
        let complete = line.last == 0x0A
        let content = complete ? line.dropLast() : line
        let text = String(decoding: content, as: UTF8.self).replacingOccurrences(of: "\r", with: "␍")
        return text + (complete ? "\n" : "\n\\ No newline at end of file\n")
    }
}
