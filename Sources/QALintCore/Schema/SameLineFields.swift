/// Finds, for a field, the field of another slot read from the same line: the specialty beside
/// a doctor's name. In linear time: a page with thousands of doctor lines (a pasted corpus, a
/// hostile file) must not pair them by scanning every other line for each one.
struct SameLineFields {
    private let fields: FieldList
    /// The first field of each line, made when there are more than a few fields.
    private let byLine: [Int: Field]?

    /// Looks among `fields`.
    init(_ fields: FieldList) {
        self.fields = fields
        guard fields.count > 8 else {
            byLine = nil
            return
        }
        var byLine: [Int: Field] = [:]
        byLine.reserveCapacity(fields.count)
        for field in fields where byLine[field.lineIndex] == nil { byLine[field.lineIndex] = field }
        self.byLine = byLine
    }

    /// The first of the fields on `field`'s line, if any.
    func on(lineOf field: Field) -> Field? {
        if let byLine { return byLine[field.lineIndex] }
        return fields.first { $0.lineIndex == field.lineIndex }
    }
}
