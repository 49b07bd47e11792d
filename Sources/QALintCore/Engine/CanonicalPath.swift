#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real path of a file, so one file given two ways is one page.
enum CanonicalPath {
    static func of(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Real paths of many files, resolving each directory once: `realpath` looks up every
    /// component of every path, which on a site-sized corpus cost more than reading the cache.
    /// A file that is itself a symbolic link is resolved in full.
    struct Resolver {
        private var directories: [String: String] = [:]

        /// The real path of `path`.
        mutating func of(_ path: String) -> String {
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return CanonicalPath.of(path) }
            let directory = String(path[..<slash])
            let name = String(path[path.index(after: slash)...])
            var info = stat()
            guard !name.isEmpty, name != ".", name != "..", lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFLNK else {
                return CanonicalPath.of(path)
            }
            let real = directories[directory] ?? {
                let resolved = CanonicalPath.of(directory.isEmpty ? "/" : directory)
                directories[directory] = resolved
                return resolved
            }()
            return real.hasSuffix("/") ? real + name : real + "/" + name
        }
    }
}
