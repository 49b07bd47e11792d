/// Draws page models: department by the 2024 mix, a doctor of that department, dates in the
/// site's range, text from the phrasebook, and a unique title.
struct PageModelFactory {
    /// The first Ask Date the site has.
    static let firstDay = CalendarDay(2000, 8, 16)
    /// The last Reply Date generated.
    static let lastDay = CalendarDay(2024, 10, 31)

    /// The corpus seed.
    let seed: UInt64
    /// The doctors to draw from.
    let doctors: DoctorPool
    /// The titles given so far.
    var titles = TitleMaker()

    /// The model of page `index`; titles depend on earlier pages, so call in index order.
    mutating func make(index: Int) -> PageModel {
        var random = SplitMix64(seed: SplitMix64.derive(seed, 1, UInt64(index)))
        let department = random.weightedIndex(DepartmentCatalog.weights)
        let entry = DepartmentCatalog.all[department]
        let doctor = doctors.doctors[random.pick(doctors.byDepartment[department])]
        let focus = random.pick(entry.conditions)
        let filler = TextFiller(department: entry, who: random.pick(department == 0 ? TextFiller.women : TextFiller.people), focus: focus)
        let writer = ConsultationWriter(filler: filler)
        let span = Self.lastDay.daysSinceEpoch - 7 - Self.firstDay.daysSinceEpoch
        // Later years have more questions: square-root skew towards the end of the range.
        let askDate = Self.firstDay.adding(days: Int(Double(span) * random.unit().squareRoot()))
        let delay = random.weightedIndex([30, 25, 15, 10, 8, 5, 4, 3])
        let hex = String(SplitMix64.derive(seed, 2, UInt64(index)), radix: 16)
        let number = String(index)
        return PageModel(
            index: index,
            name: String(repeating: "0", count: max(0, 6 - number.count)) + number + "_"
                + String(repeating: "0", count: 16 - hex.count) + hex + ".txt",
            department: department,
            focus: focus,
            title: titles.make(entry, focus: focus, serial: index, &random),
            question: writer.question(&random),
            asker: Asker(random: &random, mostlyFemale: department == 0),
            askDate: askDate,
            doctor: doctor,
            reply: writer.reply(&random),
            replyDate: askDate.adding(days: delay),
            relatedFAQ: writer.relatedFAQ(&random),
            finalNewline: random.chance(0.85),
            articleSeed: random.next()
        )
    }
}
