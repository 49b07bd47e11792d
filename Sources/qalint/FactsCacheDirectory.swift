import Foundation
import QALintCore

/// Creates the facts cache's folder, with a `.gitignore` so the cache is never committed.
enum FactsCacheDirectory {
    static func prepare(for file: String) {
        let directory = (file as NSString).deletingLastPathComponent
        guard !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // Through the same writer as every other file qalint writes (a temporary file made
        // with mkstemp, renamed over).
        try? AtomicWriter.write(Array("*\n".utf8), to: (directory as NSString).appendingPathComponent(".gitignore"))
    }
}
