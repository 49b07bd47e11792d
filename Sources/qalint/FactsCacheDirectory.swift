import Foundation

/// Creates the facts cache's folder, with a `.gitignore` so the cache is never committed.
enum FactsCacheDirectory {
    static func prepare(for file: String) {
        let directory = (file as NSString).deletingLastPathComponent
        guard !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try? "*\n".write(toFile: (directory as NSString).appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
    }
}
