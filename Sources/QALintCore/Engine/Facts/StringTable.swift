#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interned UTF-8 strings, numbered in the order first seen: each distinct text is stored once
/// in one byte buffer, so equal texts have equal ids and a corpus's titles, names and
/// specialties cost their bytes and four bytes of offset, not a `String` each.
struct StringTable: Sendable {
    /// The texts, one after another.
    private(set) var bytes = Column<UInt8>()
    /// Where text `id` ends in ``bytes``; it starts where text `id - 1` ends.
    private(set) var ends = Column<Int32>()
    /// Open-addressed hash slots holding `id + 1` (0 for empty); a power of two in size.
    private(set) var slots = Column<Int32>()
    /// Each text's hash, so the slots can grow without hashing again.
    private(set) var hashes = Column<UInt32>()

    /// The number of distinct texts.
    var count: Int { ends.count }

    /// The id of `text`, adding it when new.
    mutating func intern(_ text: String) -> Int32 {
        var copy = text
        return copy.withUTF8 { intern($0) }
    }

    /// The id of the text with these bytes, adding it when new.
    mutating func intern(_ text: UnsafeBufferPointer<UInt8>) -> Int32 {
        intern(text, hash: Self.hash(text))
    }

    /// The id of the text with these bytes, whose hash is `hash`, adding it when new.
    private mutating func intern(_ text: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32 {
        if slots.isEmpty { slots = Column([Int32](repeating: 0, count: 64)) }
        let (found, slot) = probe(text, hash: hash)
        if let found { return found }
        let id = Int32(ends.count)
        bytes.append(contentsOf: text)
        ends.append(Int32(bytes.count))
        hashes.append(hash)
        slots[slot] = id + 1
        if ends.count * 2 > slots.count { grow() }
        return id
    }

    /// Removes every text, keeping the memory of the texts and as many hash slots, all empty.
    mutating func removeAll() {
        bytes.removeAll()
        ends.removeAll()
        hashes.removeAll()
        if !slots.isEmpty { slots = Column([Int32](repeating: 0, count: slots.count)) }
    }

    /// Makes room for `texts` texts of `bytes` bytes in all (their hash slots still grow by doubling).
    mutating func reserve(texts: Int, bytes byteCount: Int) {
        FactsTable.fit(&ends, texts)
        FactsTable.fit(&hashes, texts)
        FactsTable.fit(&bytes, byteCount)
    }

    /// The id of `text` if it is in the table.
    func find(_ text: String) -> Int32? {
        guard !slots.isEmpty else { return nil }
        var copy = text
        return copy.withUTF8 { probe($0, hash: Self.hash($0)).found }
    }

    /// The text's id if present, else the empty slot where it would go.
    private func probe(_ text: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (found: Int32?, slot: Int) {
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let id = Int(slots[slot] - 1)
            if hashes[id] == hash && equals(id, text) { return (Int32(id), slot) }
            slot = (slot + 1) & (slots.count - 1)
        }
        return (nil, slot)
    }

    /// The text with id `id`.
    func string(_ id: Int32) -> String {
        let range = self.range(Int(id))
        return bytes.withBytes(range) { String(decoding: $0, as: UTF8.self) }
    }

    /// The length of text `id` in bytes.
    func length(_ id: Int32) -> Int {
        range(Int(id)).count
    }

    /// Calls `body` with the bytes of text `id`.
    func withBytes<T>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let range = self.range(Int(id))
        return bytes.withBytes(range) { body($0.assumingMemoryBound(to: UInt8.self)) }
    }

    private func range(_ id: Int) -> Range<Int> {
        (id == 0 ? 0 : Int(ends[id - 1]))..<Int(ends[id])
    }

    private func equals(_ id: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = self.range(id)
        guard range.count == text.count else { return false }
        return bytes.withBytes(range) { stored in
            stored.count == 0 || memcmp(stored.baseAddress!, text.baseAddress!, stored.count) == 0
        }
    }

    /// Interns `other`'s texts `texts` in order, each one's id recorded in `ids` (indexed by
    /// `other`'s ids, -1 for one not mapped yet): the ids interning them one at a time gives.
    ///
    /// In a table of a site's texts, a lookup waited for memory three times, one after another:
    /// for its slot, for the hash and end of the text in that slot, then for that text's bytes.
    /// Here each is asked for a few texts ahead (``Column/prefetch(_:)``), so that the waits of
    /// several lookups overlap; the lookups themselves are the usual ones, in order, so a text
    /// added meanwhile, or slots that grew, only make a fetch useless, never a result different.
    fileprivate mutating func intern(ahead texts: [Int32], of other: StringTable, ids: inout [Int32]) {
        if slots.isEmpty { slots = Column([Int32](repeating: 0, count: 64)) }
        // Texts between one stage and the next.
        let distance = 4
        func occupant(_ position: Int) -> Int {
            Int(slots[Int(other.hashes[Int(texts[position])]) & (slots.count - 1)]) - 1
        }
        for step in 0..<(texts.count + 3 * distance) {
            if step < texts.count {
                slots.prefetch(Int(other.hashes[Int(texts[step])]) & (slots.count - 1))
            }
            let second = step - distance
            if second >= 0, second < texts.count {
                let id = occupant(second)
                if id >= 0 {
                    hashes.prefetch(id)
                    ends.prefetch(id - 1)
                    ends.prefetch(id)
                }
            }
            let third = step - 2 * distance
            if third >= 0, third < texts.count {
                let id = occupant(third)
                if id >= 0 {
                    bytes.prefetch(id == 0 ? 0 : Int(ends[id - 1]))
                    bytes.prefetch(Int(ends[id]) - 1)
                }
            }
            let last = step - 3 * distance
            if last >= 0, last < texts.count {
                let text = texts[last]
                // A text noted twice is mapped the first time.
                guard ids[Int(text)] < 0 else { continue }
                let hash = other.hashes[Int(text)]
                ids[Int(text)] = other.withBytes(text) { intern($0, hash: hash) }
            }
        }
    }

    private mutating func grow() {
        var grown = [Int32](repeating: 0, count: slots.count * 2)
        for (id, hash) in hashes.enumerated() {
            var slot = Int(hash) & (grown.count - 1)
            while grown[slot] != 0 { slot = (slot + 1) & (grown.count - 1) }
            grown[slot] = Int32(id + 1)
        }
        slots = Column(grown)
    }

    /// A 32-bit hash of the bytes: their ``WordHash``, eight bytes a step, its halves folded.
    private static func hash(_ text: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let hash = WordHash.hash(UnsafeRawBufferPointer(text))
        return UInt32(truncatingIfNeeded: hash ^ (hash &>> 32))
    }
}

extension StringTable {
    /// Maps another table's text ids to this table's, interning each text the first time it is
    /// needed. The other table may gain texts between copies: one map serves it as it grows.
    struct Remap {
        fileprivate var ids: [Int32]
        /// Texts of the other table noted to be mapped together (``note(_:of:)``), in order.
        private var pending: [Int32] = []

        /// A map for texts of `table`.
        init(for table: StringTable = StringTable()) {
            ids = [Int32](repeating: -1, count: table.count)
        }

        /// Notes `other`'s text `text` to be mapped by the next ``mapNoted(of:into:)``, unless it
        /// already is (negative ids, for no text, are passed over).
        mutating func note(_ text: Int32, of other: StringTable) {
            if text >= 0, !isMapped(text, of: other) { pending.append(text) }
        }

        /// Maps the texts noted since the last call, in the order noted, interning new ones into
        /// `table`: the ids mapping them one at a time with ``id(_:of:intern:)`` would give, with
        /// their lookups overlapped (see ``StringTable/intern(ahead:of:ids:)``).
        mutating func mapNoted(of other: StringTable, into table: inout StringTable) {
            guard !pending.isEmpty else { return }
            table.intern(ahead: pending, of: other, ids: &ids)
            pending.removeAll(keepingCapacity: true)
        }

        /// This table's id of `other`'s text `text` (negative ids, for no text, as they are),
        /// interned by `intern` the first time.
        mutating func id(_ text: Int32, of other: StringTable, intern: (UnsafeBufferPointer<UInt8>) -> Int32) -> Int32 {
            guard text >= 0 else { return text }
            if !isMapped(text, of: other) { ids[Int(text)] = other.withBytes(text, intern) }
            return ids[Int(text)]
        }

        /// Whether `other`'s text `text` (not negative) has this table's id yet; the map first
        /// grows to `other`'s texts, which may have grown since it was made.
        @inline(__always)
        private mutating func isMapped(_ text: Int32, of other: StringTable) -> Bool {
            if Int(text) >= ids.count { ids += repeatElement(-1, count: other.count - ids.count) }
            return ids[Int(text)] >= 0
        }
    }
}

extension StringTable {
    /// A table of exactly these parts (as a cache file holds them), or nil when they are
    /// inconsistent: ends that decrease or pass the bytes, slots that do not hold each text
    /// once, or not one hash a text. (The hashes' values are not worked out again: the cache
    /// file's checksums vouch for them, and a table read from a cache is never the other table
    /// of ``Remap/mapNoted(of:into:)``, which trusts them.)
    init?(storedBytes bytes: Column<UInt8>, ends: Column<Int32>, slots: Column<Int32>, hashes: Column<UInt32>) {
        var previous: Int32 = 0
        for end in ends {
            guard end >= previous, Int(end) <= bytes.count else { return nil }
            previous = end
        }
        guard Int(previous) == bytes.count, hashes.count == ends.count else { return nil }
        let size = slots.count
        guard size >= 64, size & (size - 1) == 0, ends.count * 2 <= size else { return nil }
        var filled = 0
        for slot in slots where slot != 0 {
            guard slot > 0, Int(slot) <= ends.count else { return nil }
            filled += 1
        }
        guard filled == ends.count else { return nil }
        self.init()
        self.bytes = bytes
        self.ends = ends
        self.slots = slots
        self.hashes = hashes
    }
}
