#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands the paths given on the command line into the files to lint.
///
/// Files named directly are always linted. Directories are walked (sorted, so the order never
/// depends on the file system), taking files the configuration selects; hidden entries are
/// skipped, symbolic links to directories are followed once (a loop is reported, not walked
/// forever).
public struct FileCollector {
    let configuration: Configuration

    /// Creates a collector.
    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// The files under `paths`, in order without repeats, and the paths that could not be used.
    public func collect(_ paths: [String]) -> (files: [String], problems: [InputProblem]) {
        var files: [String] = []
        var problems: [InputProblem] = []
        var seen = Set<String>()
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                problems.append(FileReader.problem(path, errno))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var visited = Set<[UInt64]>()
                walk(path, root: path, visited: &visited, files: &files, problems: &problems)
            } else if seen.insert(path).inserted {
                files.append(path)
            }
        }
        var unique = Set<String>()
        return (files.filter { unique.insert($0).inserted }, problems)
    }

    private func walk(_ directory: String, root: String, visited: inout Set<[UInt64]>, files: inout [String], problems: inout [InputProblem]) {
        var info = stat()
        guard stat(directory, &info) == 0 else {
            problems.append(FileReader.problem(directory, errno))
            return
        }
        guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else {
            problems.append(InputProblem(path: directory, message: "directory loop through a symbolic link; not walked again"))
            return
        }
        guard let handle = opendir(directory) else {
            problems.append(FileReader.problem(directory, errno))
            return
        }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(handle)
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var entry = stat()
            guard stat(path, &entry) == 0 else {
                problems.append(FileReader.problem(path, errno))
                continue
            }
            if (entry.st_mode & S_IFMT) == S_IFDIR {
                walk(path, root: root, visited: &visited, files: &files, problems: &problems)
            } else if configuration.selects(relative(path, to: root)) {
                files.append(path)
            }
        }
        visited.remove([UInt64(info.st_dev), UInt64(info.st_ino)])
    }

    /// Whether `path` is a directory (following links).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// `path` relative to the walked root, for include/exclude globs.
    private func relative(_ path: String, to root: String) -> String {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
