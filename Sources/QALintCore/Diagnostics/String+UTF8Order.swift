#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether this string sorts before `other` byte by byte in UTF-8: the order of every list
    /// qalint writes (paths, titles, names), the same on every machine and locale.
    ///
    /// Compares with `memcmp` when both strings are stored as UTF-8 (the usual case), which is
    /// far faster than walking the two UTF-8 views.
    func utf8Precedes(_ other: String) -> Bool {
        let fast = utf8.withContiguousStorageIfAvailable { mine in
            other.utf8.withContiguousStorageIfAvailable { theirs -> Bool in
                let shared = Swift.min(mine.count, theirs.count)
                if shared > 0, let left = mine.baseAddress, let right = theirs.baseAddress {
                    let order = memcmp(left, right, shared)
                    if order != 0 { return order < 0 }
                }
                return mine.count < theirs.count
            }
        }
        if let result = fast ?? nil { return result }
        return utf8.lexicographicallyPrecedes(other.utf8)
    }

    /// Whether this string has exactly the UTF-8 bytes of `other` (no Unicode normalisation,
    /// unlike `==`), compared with `memcmp` when both are stored as UTF-8.
    func utf8Equals(_ other: String) -> Bool {
        let fast = utf8.withContiguousStorageIfAvailable { mine in
            other.utf8.withContiguousStorageIfAvailable { theirs -> Bool in
                guard mine.count == theirs.count else { return false }
                guard mine.count > 0, let left = mine.baseAddress, let right = theirs.baseAddress else { return true }
                return memcmp(left, right, mine.count) == 0
            }
        }
        if let result = fast ?? nil { return result }
        return utf8.elementsEqual(other.utf8)
    }
}
