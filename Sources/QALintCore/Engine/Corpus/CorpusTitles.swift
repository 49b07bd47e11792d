#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The distinct titles of a corpus, sorted by their UTF-8 bytes, read from its facts table when
/// asked for: a title costs four bytes here, not a `String` of its own.
public struct CorpusTitles: RandomAccessCollection, Sendable {
    private let table: FactsTable
    /// Text ids of the titles, sorted by their bytes.
    private let ids: [Int32]

    /// The titles with these text ids of `table`, sorted.
    init(table: FactsTable, ids unsorted: [Int32]) {
        self.table = table
        var ids = unsorted
        let strings = table.strings
        ids.sort { lhs, rhs in
            strings.withBytes(lhs) { left in
                strings.withBytes(rhs) { right in
                    let common = Swift.min(left.count, right.count)
                    let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
                    return order != 0 ? order < 0 : left.count < right.count
                }
            }
        }
        self.ids = ids
    }

    /// The first position.
    public var startIndex: Int { 0 }
    /// Past the last position.
    public var endIndex: Int { ids.count }

    /// The title at `position`.
    public subscript(position: Int) -> String { table.string(ids[position]) }
}
