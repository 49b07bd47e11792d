#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if os(Linux)
/// glibc's `getdents64` (2.30 and later), which the Glibc module does not export.
@_silgen_name("getdents64")
private func getdents64(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int
#else
/// Elsewhere no listing is made (a run takes the ordinary path).
private func getdents64(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { -1 }
#endif

/// The files of a directory tree as raw names, read with large `getdents64` calls: no string,
/// no sort and no `stat` a file. Hidden entries are left out, as ``FileCollector`` leaves them;
/// anything the listing does not handle the way the collector does (a symbolic link, an entry
/// of unknown type, a directory that cannot be read) makes it incomplete. Directories stay open
/// for `fstatat` until the listing goes.
final class DirectoryListing: @unchecked Sendable {
    /// A regular file: its directory (index), its name (offset in ``names``, length).
    struct File {
        var directory: Int32
        var name: Int32
        var length: Int32
    }

    /// Open directories; `0` is the root.
    private(set) var descriptors: [Int32] = []
    /// Per directory: its real path and `/`, the prefix of its files' cache keys.
    private(set) var prefixes: [[UInt8]] = []
    /// Per directory: its path under the root, ending with `/` (empty for the root).
    private(set) var relatives: [String] = []
    /// The files' names, each followed by a NUL.
    private(set) var names: [UInt8] = []
    /// The regular files found.
    private(set) var files: [File] = []
    /// Whether every entry was listed (else the listing must not be used).
    private(set) var complete = false

    /// Lists `root` (whose real path is `realRoot`).
    init(root: String, realRoot: String) {
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 1 << 20, alignment: 8)
        defer { buffer.deallocate() }
        let first = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard first >= 0 else { return }
        add(first, prefix: Array((realRoot.hasSuffix("/") ? realRoot : realRoot + "/").utf8), relative: "")
        var next = 0
        while next < descriptors.count {
            guard list(next, buffer) else { return }
            next += 1
        }
        complete = true
    }

    deinit {
        for descriptor in descriptors { close(descriptor) }
    }

    /// File `index`'s name, without its NUL.
    func name(_ file: File) -> String {
        names.withUnsafeBytes { String(decoding: UnsafeRawBufferPointer(rebasing: $0[Int(file.name)..<Int(file.name + file.length)]), as: UTF8.self) }
    }

    private func add(_ descriptor: Int32, prefix: [UInt8], relative: String) {
        descriptors.append(descriptor)
        prefixes.append(prefix)
        relatives.append(relative)
    }

    /// Lists directory `index`, adding its files and its subdirectories; false when something is not handled.
    private func list(_ index: Int, _ buffer: UnsafeMutableRawPointer) -> Bool {
        let descriptor = descriptors[index]
        while true {
            let read = getdents64(descriptor, buffer, 1 << 20)
            guard read >= 0 else { return false }
            if read == 0 { return true }
            var offset = 0
            while offset < read {
                let record = UnsafeRawPointer(buffer + offset)
                offset += Int(record.loadUnaligned(fromByteOffset: 16, as: UInt16.self))
                let type = record.load(fromByteOffset: 18, as: UInt8.self)
                let name = (record + 19).assumingMemoryBound(to: CChar.self)
                let length = strlen(name)
                let bytes = UnsafeRawBufferPointer(start: name, count: length)
                guard bytes.first != UInt8(ascii: ".") else { continue }
                if type == UInt8(DT_DIR) {
                    let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
                    guard child >= 0 else { return false }
                    add(child, prefix: prefixes[index] + bytes + [UInt8(ascii: "/")],
                        relative: relatives[index] + String(decoding: bytes, as: UTF8.self) + "/")
                    continue
                }
                guard type == UInt8(DT_REG) else { return false }
                files.append(File(directory: Int32(index), name: Int32(names.count), length: Int32(length)))
                names.append(contentsOf: bytes)
                names.append(0)
            }
        }
    }
}
