/// The distinct titles of a corpus, in the order of their text ids, read from its facts table
/// when asked for: a title costs four bytes here, not a `String` of its own. (Not sorted: a
/// suggestion among them does not depend on their order.)
public struct CorpusTitles: RandomAccessCollection, Sendable {
    private let table: FactsTable
    /// Text ids of the titles.
    private let ids: [Int32]

    /// The titles with these text ids of `table`, in this order.
    init(table: FactsTable, ids: [Int32]) {
        self.table = table
        self.ids = ids
    }

    /// The first position.
    public var startIndex: Int { 0 }
    /// Past the last position.
    public var endIndex: Int { ids.count }

    /// The title at `position`.
    public subscript(position: Int) -> String { table.string(ids[position]) }

    /// Calls `body` with the UTF-8 of the title at `position`, where it lies in the facts.
    func withBytes(_ position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        table.strings.withBytes(ids[position], body)
    }
}
