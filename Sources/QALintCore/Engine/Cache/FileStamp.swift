#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says of a file, to tell whether it changed since its facts were cached.
struct FileStamp: Sendable, Equatable {
    var size: Int
    var modified: Int
    var inode: Int

    /// The stamp of `path`, or nil when it cannot be read.
    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        modified = Int(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(info.st_mtim.tv_nsec)
        inode = Int(info.st_ino)
    }

    init(size: Int, modified: Int, inode: Int) {
        self.size = size
        self.modified = modified
        self.inode = inode
    }
}
