extension Array {
    /// `count` copies of `element`, as `Array(repeating:count:)` makes them.
    ///
    /// That initialiser allocates through an unspecialised path of the standard library, which
    /// looks up its storage class's metadata on every call: about 350 instructions on Linux, a
    /// few times a page. Built from a collection, the allocation is specialised and the lookup
    /// is made once.
    @inline(__always)
    init(filled element: Element, count: Int) {
        self.init(repeatElement(element, count: count))
    }
}
