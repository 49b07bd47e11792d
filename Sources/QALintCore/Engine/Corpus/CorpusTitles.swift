/// The distinct titles of a corpus, sorted by their UTF-8 bytes, read from its facts table when
/// asked for: a title costs four bytes here, not a `String` of its own.
public struct CorpusTitles: RandomAccessCollection, Sendable {
    private let table: FactsTable
    /// Text ids of the titles, sorted by their bytes.
    private let ids: [Int32]

    /// The titles with these text ids of `table`, sorted.
    init(table: FactsTable, ids unsorted: [Int32]) {
        self.table = table
        let strings = table.strings
        ids = ByteOrder.positions(count: unsorted.count) { index, body in
            strings.withBytes(unsorted[index]) { body(UnsafeRawBufferPointer($0)) }
        }.map { unsorted[$0] }
    }

    /// The first position.
    public var startIndex: Int { 0 }
    /// Past the last position.
    public var endIndex: Int { ids.count }

    /// The title at `position`.
    public subscript(position: Int) -> String { table.string(ids[position]) }
}
