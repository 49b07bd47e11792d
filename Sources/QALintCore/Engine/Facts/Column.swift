import CQALintBits

/// A column of fixed-size values: a read-only run that may lie in a mapped cache file, then
/// values appended in memory.
///
/// A table read from a cache is used in place: its columns point into the file's mapping and
/// only the pages a run appends (or a value it changes) live in memory. Changing a mapped value
/// first copies the column into memory.
struct Column<Element: BitwiseCopyable & Sendable>: RandomAccessCollection, Sendable {
    /// A run of values in a mapped file (a class, so that a column in memory costs one word for it).
    /// (It holds a pointer into the mapping, which never changes while the mapping lives.)
    private final class Run: @unchecked Sendable {
        let file: MappedFile
        let offset: Int
        let count: Int
        /// The run's first byte.
        let start: UnsafeRawPointer?

        init(file: MappedFile, offset: Int, count: Int) {
            self.file = file
            self.offset = offset
            self.count = count
            start = file.base.map { $0 + offset }
        }
    }

    /// The mapped run (nil: none).
    private var run: Run?
    /// Values after the mapped run.
    private var tail: [Element] = []
    /// Values in the mapped run, and its first byte: kept beside the run so that reading a value
    /// touches no reference count (the run keeps the mapping alive).
    private var mappedCount = 0
    /// (An address, not a pointer, so the column stays `Sendable`; 0 for none.)
    private var mappedAddress: UInt = 0
    private var mappedStart: UnsafeRawPointer? { UnsafeRawPointer(bitPattern: mappedAddress) }

    /// An empty column.
    init() {}

    /// A column holding `values`.
    init(_ values: [Element]) {
        tail = values
    }

    /// A column of the `count` values at `offset` of `file` (which must lie inside it).
    init(mapped file: MappedFile, offset: Int, count: Int) {
        precondition(offset >= 0 && count >= 0 && offset + count * MemoryLayout<Element>.stride <= file.count, "a run inside the file")
        let run = Run(file: file, offset: offset, count: count)
        self.run = run
        mappedCount = count
        mappedAddress = UInt(bitPattern: run.start)
    }

    /// The first index.
    var startIndex: Int { 0 }
    /// One past the last index.
    var endIndex: Int { mappedCount + tail.count }

    /// The value at `index`.
    subscript(index: Int) -> Element {
        get {
            if index < mappedCount, let mappedStart {
                precondition(index >= 0, "index in range")
                return mappedStart.loadUnaligned(fromByteOffset: index * MemoryLayout<Element>.stride, as: Element.self)
            }
            return tail[index - mappedCount]
        }
        set {
            if index < mappedCount { copyIntoMemory() }
            tail[index - mappedCount] = newValue
        }
    }

    /// Asks the processor to fetch value `index` into its caches before it is read (a hint:
    /// nothing is read, and an index out of range is passed over).
    @inline(__always)
    func prefetch(_ index: Int) {
        guard index >= 0, index < endIndex else { return }
        if index < mappedCount, let mappedStart {
            qalint_prefetch(mappedStart + index * MemoryLayout<Element>.stride)
        } else {
            tail.withUnsafeBufferPointer { qalint_prefetch($0.baseAddress! + (index - mappedCount)) }
        }
    }

    /// Appends a value.
    mutating func append(_ value: Element) {
        tail.append(value)
    }

    /// Appends values.
    mutating func append<S: Sequence>(contentsOf values: S) where S.Element == Element {
        tail.append(contentsOf: values)
    }

    /// How many values the column holds without growing.
    var capacity: Int { mappedCount + tail.capacity }

    /// Makes room for `count` values in all (appended ones live in memory).
    mutating func reserveCapacity(_ count: Int) {
        tail.reserveCapacity(Swift.max(0, count - mappedCount))
    }

    /// Appends values `range` of `other`: copied as bytes, not value by value through the subscript.
    mutating func append(_ range: Range<Int>, of other: Column) {
        guard !range.isEmpty else { return }
        guard range.upperBound <= other.mappedCount || range.lowerBound >= other.mappedCount else {
            tail.append(contentsOf: other[range])
            return
        }
        other.withBytes(range) { raw in
            if let base = raw.baseAddress, Int(bitPattern: base) % MemoryLayout<Element>.alignment == 0 {
                tail.append(contentsOf: UnsafeBufferPointer(start: base.assumingMemoryBound(to: Element.self), count: range.count))
            } else {
                for index in 0..<range.count { tail.append(raw.loadUnaligned(fromByteOffset: index * MemoryLayout<Element>.stride, as: Element.self)) }
            }
        }
    }

    /// Removes every value, keeping the memory of those appended.
    mutating func removeAll() {
        run = nil
        mappedCount = 0
        mappedAddress = 0
        tail.removeAll(keepingCapacity: true)
    }

    /// Removes the last value.
    mutating func removeLast() {
        if tail.isEmpty { copyIntoMemory() }
        tail.removeLast()
    }

    /// Calls `body` with the mapped run's bytes, then with the appended values' bytes.
    func forEachRun(_ body: (UnsafeRawBufferPointer) -> Void) {
        if let run, run.count > 0 { body(run.file.bytes(run.offset..<(run.offset + run.count * MemoryLayout<Element>.stride))) }
        tail.withUnsafeBytes { body($0) }
    }

    /// Whether every value satisfies `predicate` (read run by run, faster than through the subscript).
    func allValues(_ predicate: (Element) -> Bool) -> Bool {
        var result = true
        forEachRun { run in
            guard result else { return }
            for index in 0..<(run.count / MemoryLayout<Element>.stride) where !predicate(run.loadUnaligned(fromByteOffset: index * MemoryLayout<Element>.stride, as: Element.self)) {
                result = false
                return
            }
        }
        return result
    }

    /// Calls `body` with the bytes of values `range`, which lie all in the mapped run or all after it.
    func withBytes<R>(_ range: Range<Int>, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        let stride = MemoryLayout<Element>.stride
        if range.lowerBound < mappedCount, let mappedStart {
            precondition(range.upperBound <= mappedCount, "a run in one part")
            return body(UnsafeRawBufferPointer(start: mappedStart + range.lowerBound * stride, count: range.count * stride))
        }
        return tail.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[((range.lowerBound - mappedCount) * stride)..<((range.upperBound - mappedCount) * stride)])) }
    }

    private mutating func copyIntoMemory() {
        guard mappedCount > 0 else { return }
        var values = Array(self)
        swap(&values, &tail)
        run = nil
        mappedCount = 0
        mappedAddress = 0
    }
}

extension Column: Equatable where Element: Equatable {
    /// Whether the two columns hold the same values (wherever they lie).
    static func == (lhs: Column, rhs: Column) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}
