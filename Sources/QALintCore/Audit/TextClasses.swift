/// Groups the texts of a ``PageSummaries`` table as Swift compares strings: by canonical
/// equivalence (`"e\u{301}" == "é"`), not by bytes. Each class is named by its first text asked
/// about, so a report built from ids names things as one built from `String` keys did.
///
/// When every text is ASCII, equal strings have equal bytes and so equal ids: a text's class
/// is its id, at no cost. Otherwise each text is decoded and hashed once.
struct TextClasses {
    private let summaries: PageSummaries
    /// By id: the id of the first text of its class, or -1 before it is asked about.
    private var firsts: [Int32] = []
    /// Open-addressed slots holding `id + 1` of each class's first text (0 for empty).
    private var slots: [Int32] = []
    /// By id: the hash of the first texts' strings.
    private var hashes: [Int] = []

    /// The classes of `summaries`' texts.
    init(_ summaries: PageSummaries) {
        self.summaries = summaries
        guard !summaries.asciiOnly else { return }
        let count = summaries.strings.count
        firsts = [Int32](repeating: -1, count: count)
        hashes = [Int](repeating: 0, count: count)
        var size = 64
        while size < 2 * count { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
    }

    /// The class of text `id`: the id of the first text asked about that is equal to it as a
    /// `String` (that text's own id for the first of its class).
    mutating func of(_ id: Int32) -> Int32 {
        guard !summaries.asciiOnly else { return id }
        if firsts[Int(id)] >= 0 { return firsts[Int(id)] }
        let text = summaries.string(id)
        let hash = text.hashValue
        var slot = hash & (slots.count - 1)
        while slots[slot] != 0 {
            let first = slots[slot] - 1
            if hashes[Int(first)] == hash && summaries.string(first) == text {
                firsts[Int(id)] = first
                return first
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = id + 1
        hashes[Int(id)] = hash
        firsts[Int(id)] = id
        return id
    }
}
