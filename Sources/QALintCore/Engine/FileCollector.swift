#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands the paths given on the command line into the files to lint.
///
/// Files named directly are always linted. Directories are walked (sorted, so the order never
/// depends on the file system), taking files the configuration selects; hidden entries are
/// skipped; a directory loop is reported, not walked forever. A symbolic link found in a walk
/// whose target lies outside the walked directory is not followed (a note says so) unless
/// `followsExternalLinks` is set.
public struct FileCollector {
    let configuration: Configuration
    /// Whether links that leave the walked directory are followed.
    public var followsExternalLinks = false

    /// Creates a collector.
    public init(configuration: Configuration, followsExternalLinks: Bool = false) {
        self.configuration = configuration
        self.followsExternalLinks = followsExternalLinks
    }

    /// The files under `paths`, in order without repeats, and the paths that could not be used.
    public func collect(_ paths: [String]) -> (files: [String], problems: [InputProblem]) {
        let (files, problems, _) = collectWithNotes(paths)
        return (files, problems)
    }

    /// Like ``collect(_:)``, with notes on what was deliberately not followed.
    public func collectWithNotes(_ paths: [String]) -> (files: [String], problems: [InputProblem], notes: [String]) {
        var files: [String] = []
        var problems: [InputProblem] = []
        var notes: [String] = []
        var seen = Set<String>()
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                problems.append(FileReader.problem(path, errno))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var visited = Set<[UInt64]>()
                var walk = Walk(root: path, realRoot: CanonicalPath.of(path))
                self.walk(path, &walk, visited: &visited, files: &files, problems: &problems)
                notes += walk.notes
            } else if seen.insert(path).inserted {
                files.append(path)
            }
        }
        // One walk never gives a path twice (names in a directory are unique, loops are cut).
        guard paths.count > 1 else { return (files, problems, notes) }
        var unique = Set<String>()
        return (files.filter { unique.insert($0).inserted }, problems, notes)
    }

    /// The state of one directory walk.
    private struct Walk {
        let root: String
        let realRoot: String
        var notes: [String] = []
        /// Where a found path's part relative to the root starts (its UTF-8 offset), for the
        /// include and exclude globs: every path of the walk starts with the root and a `/`.
        let relativeStart: Int

        init(root: String, realRoot: String) {
            self.root = root
            self.realRoot = realRoot
            relativeStart = (root.hasSuffix("/") ? root : root + "/").utf8.count
        }
    }

    private func walk(_ directory: String, _ state: inout Walk, visited: inout Set<[UInt64]>, files: inout [String], problems: inout [InputProblem]) {
        let root = state.root
        var info = stat()
        guard stat(directory, &info) == 0 else {
            problems.append(FileReader.problem(directory, errno))
            return
        }
        guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else {
            state.notes.append("\(directory): directory loop through a symbolic link; not walked again")
            return
        }
        guard let handle = opendir(directory) else {
            problems.append(FileReader.problem(directory, errno))
            return
        }
        // Names as bytes, one after another: a `String` is made only for a path that is taken.
        var names: [UInt8] = []
        var ends: [Int] = []
        var regular: [Bool] = []
        while let entry = readdir(handle) {
            withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let length = strnlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count)
                guard length > 0, raw[0] != 0x2E else { return }
                names.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[0..<length]))
                ends.append(names.count)
                // The directory entry's type spares two stat calls per page when the file system
                // gives it; anything else (a link, a directory, an unknown type) is looked at below.
                regular.append(entry.pointee.d_type == UInt8(DT_REG))
            }
        }
        closedir(handle)
        func name(_ index: Int) -> Range<Int> { (index == 0 ? 0 : ends[index - 1])..<ends[index] }
        let base = Array((directory.hasSuffix("/") ? directory : directory + "/").utf8)
        let order = names.withUnsafeBytes { names in
            ByteOrder.positions(count: ends.count) { index, body in body(UnsafeRawBufferPointer(rebasing: names[name(index)])) }
        }
        // Names are checked for UTF-8 one by one only in a folder where some are not ASCII.
        let allASCII = names.withUnsafeBufferPointer(ByteScan.isASCII)
        // Each path is the folder's and a name, written into one buffer: appending names to a
        // list cost more than the rest of the walk.
        var longest = 0
        for index in ends.indices { longest = max(longest, name(index).count) }
        let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: base.count + longest)
        defer { scratch.deallocate() }
        scratch.initialize(repeating: 0)
        scratch.baseAddress!.update(from: base, count: base.count)
        for index in order {
            let range = name(index)
            names.withUnsafeBufferPointer { names in
                (scratch.baseAddress! + base.count).update(from: names.baseAddress! + range.lowerBound, count: range.count)
            }
            let pathBytes = UnsafeBufferPointer(rebasing: scratch[0..<(base.count + range.count)])
            guard allASCII || Self.isUTF8(names[range]) else {
                if let problem = unnamable(Array(pathBytes), regular: regular[index], relativeStart: state.relativeStart) { problems.append(problem) }
                continue
            }
            if regular[index] {
                if configuration.selects(pathBytes, from: state.relativeStart) { files.append(String(decoding: pathBytes, as: UTF8.self)) }
                continue
            }
            let path = String(decoding: pathBytes, as: UTF8.self)
            var link = stat()
            if !followsExternalLinks, lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
                let target = CanonicalPath.of(path)
                if target != state.realRoot && !target.hasPrefix(state.realRoot + "/") {
                    state.notes.append("\(path): symbolic link to \(target), outside \(root), not followed (pass --follow-symlinks to lint it)")
                    continue
                }
            }
            var entry = stat()
            guard stat(path, &entry) == 0 else {
                problems.append(FileReader.problem(path, errno))
                continue
            }
            if (entry.st_mode & S_IFMT) == S_IFDIR {
                walk(path, &state, visited: &visited, files: &files, problems: &problems)
            } else if configuration.selects(path, from: state.relativeStart) {
                files.append(path)
            }
        }
        visited.remove([UInt64(info.st_dev), UInt64(info.st_ino)])
    }

    /// Whether a file name's bytes are UTF-8 (a path is a `String` from here on).
    private static func isUTF8(_ name: ArraySlice<UInt8>) -> Bool {
        name.withUnsafeBufferPointer { UTF8Validator.issues(in: $0, from: 0).total == 0 }
    }

    /// The problem of an entry whose name is not UTF-8, looked at through its bytes: a folder
    /// (not walked) or a file the configuration selects (not linted) is reported with its name
    /// repaired for display; anything else is passed over, as it would be with a valid name.
    private func unnamable(_ path: [UInt8], regular: Bool, relativeStart: Int) -> InputProblem? {
        var info = stat()
        let directory = !regular && (path + [0]).withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &info) == 0 }
        } && (info.st_mode & S_IFMT) == S_IFDIR
        guard directory || path.withUnsafeBufferPointer({ configuration.selects($0, from: relativeStart) }) else { return nil }
        let shown = String(decoding: path, as: UTF8.self)
        return InputProblem(path: shown, message: directory ? "folder name is not valid UTF-8; not walked (rename it)"
                                                            : "file name is not valid UTF-8; not linted (rename it)")
    }

    /// Whether `path` is a directory (following links).
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
