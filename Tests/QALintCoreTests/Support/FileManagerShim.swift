import Foundation

/// Temporary directories for tests.
enum FileManagerShim {
    /// A new empty directory.
    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "qalint-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
