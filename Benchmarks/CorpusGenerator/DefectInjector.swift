/// Puts one defect into a rendered page and says on which lines qalint must report it.
///
/// Every change is the smallest that breaks the one rule: it leaves the other parts intact so
/// that no other rule fires (see ``DefectRule/hidesPageFromLinks`` for the corpus side).
struct DefectInjector {
    /// The corpus plan (for titles, doctors and the duplicate-title partner).
    let plan: CorpusPlan
    /// The page's model.
    let model: PageModel
    /// Where the page's parts stand before the defect.
    let layout: PageLayout
    /// Draws the defect's details.
    var random: SplitMix64

    /// Injects `rule`'s defect into `page`; returns the 1-based lines to report.
    /// `addedEntry` is the index of an entry the plan added for `self-link` or `broken-link`.
    mutating func inject(_ rule: DefectRule, into page: inout PageLines, addedEntry: Int?) -> [Int] {
        switch rule {
        case .encoding: return [insertInvalidByte(&page)]
        case .lineEndings:
            let line = random.pick(Array(layout.question) + Array(layout.reply) + Array(layout.article))
            page.crlf.insert(line)
            return [line + 1]
        case .trailingWhitespace:
            let line = random.pick(Array(layout.question) + Array(layout.reply) + Array(layout.article))
            page.lines[line] += random.pick([" ", "  ", "\t", " \t"])
            return [line + 1]
        case .requiredSection:
            page.lines.remove(at: layout.replyDate)
            return [layout.replyDate + 1]
        case .sectionOrder:
            let lines = page.lines
            page.lines = Array(lines[..<layout.moreInfo]) + lines[layout.similar..<layout.relatedFAQ]
                + lines[layout.moreInfo..<layout.similar] + lines[layout.relatedFAQ...]
            return [layout.moreInfo + (layout.relatedFAQ - layout.similar) + 1]
        case .duplicateSection:
            let heading = page.lines.count
            page.lines += ["Related FAQ", random.pick(model.relatedFAQ)]
            return [heading + 1]
        case .emptySection:
            page.lines.removeSubrange(layout.article)
            return [layout.moreInfo + 1]
        case .askerFormat:
            page.lines[layout.asker] = model.asker.line(date: model.askDate.slashed, age: String(random.int(in: 16...78)))
            return [layout.asker + 1]
        case .doctorFormat:
            page.lines[layout.doctor] = "Dr. \(model.doctor.name) replied \(model.doctor.specialty)"
            return [layout.doctor + 1]
        case .dateFormat, .dateOrder, .futureDate: return [breakDate(rule, &page)]
        case .unknownSpecialty:
            page.lines[layout.doctor] = "Dr. \(DoctorPool.oneOffName(forPage: model.index)) reply \(misspelt(model.doctor.specialty))"
            return [layout.doctor + 1]
        case .doctorConsistency:
            var other = model.department
            while other == model.department { other = random.weightedIndex(DepartmentCatalog.weights) }
            page.lines[layout.doctor] = "Dr. \(model.doctor.name) reply \(DepartmentCatalog.all[other].name)"
            return [layout.doctor + 1]
        case .similarQAFormat:
            let entry = random.pick(layout.entries)
            page.lines.remove(at: entry + 1)
            return [entry + 1]
        case .readMoreTitle:
            let entry = random.pick(layout.entries)
            let title = page.lines[entry]
            let other = plan.someTitle(excluding: [title, model.title], &random) ?? "\(title) (Revised)"
            let reply = page.lines[entry + 3]
            let kept = reply.utf8.count - title.utf8.count
            page.lines[entry + 3] = String(decoding: reply.utf8.prefix(kept), as: UTF8.self) + other
            return [entry + 4]
        case .brokenLink, .selfLink: return [layout.entries[addedEntry!] + 1]
        case .linkMismatch:
            let entry = random.pick(layout.entries)
            page.lines[entry + 1] = alterLetter(page.lines[entry + 1])
            return [entry + 2]
        case .duplicateTitle:
            page.lines[0] = plan.models[plan.defects.titleSource[model.index]!].title
            return [1]
        case .relatedFAQFormat:
            let line = random.pick(Array(layout.faq))
            page.lines[line] = "(\(random.pick(DepartmentCatalog.names)))"
            return [line + 1]
        case .pii:
            let line = random.pick(Array(layout.reply))
            let phone = random.pick(["0912-345-678", "0933 123 456", "+886 912 345 678", "02-2345-6789", "0987654321"])
            page.lines[line] += " You can also call me at \(phone) for an appointment."
            return [line + 1]
        }
    }

    private mutating func insertInvalidByte(_ page: inout PageLines) -> Int {
        let line = random.pick(Array(layout.question))
        let spaces = page.lines[line].utf8.enumerated().filter { $0.element == 0x20 }.map(\.offset)
        page.rawByte = (line, spaces.isEmpty ? 0 : random.pick(spaces) + 1, 0xFF)
        return line + 1
    }

    private mutating func breakDate(_ rule: DefectRule, _ page: inout PageLines) -> Int {
        let reply = model.replyDate
        let text: String
        switch rule {
        case .dateFormat:
            let padded = reply.month >= 10 && reply.day >= 10
            text = padded || random.chance(0.4) ? "\(reply.year)/\(CalendarDay.pad(reply.month))/\(reply.daysInMonth + 1)" : reply.unpadded
        case .dateOrder:
            var ask = model.askDate
            if ask == PageModelFactory.firstDay {
                // The day before the first is itself a date-format error: move the question a day on.
                ask = ask.adding(days: 1)
                page.lines[layout.asker] = model.asker.line(date: ask.slashed)
            }
            text = ask.adding(days: -1).slashed
        default:
            text = CalendarDay(2031, reply.month, min(reply.day, 28)).slashed
        }
        page.lines[layout.replyDate] = "Reply Date: \(text)"
        return layout.replyDate + 1
    }

    /// `specialty` misspelt: a plural `s` dropped, else one inner letter.
    private mutating func misspelt(_ specialty: String) -> String {
        if specialty.hasSuffix("ics") { return String(specialty.dropLast()) }
        var scalars = Array(specialty.unicodeScalars)
        while true {
            var candidate = scalars
            candidate.remove(at: random.int(in: 1...(scalars.count - 2)))
            let text = String(String.UnicodeScalarView(candidate))
            if !DepartmentCatalog.names.contains(text), candidate[candidate.count - 1] != " " { return text }
            scalars = Array(specialty.unicodeScalars)
        }
    }

    /// `text` with one lower-case ASCII letter (not in a trailing `...`) changed to another.
    private mutating func alterLetter(_ text: String) -> String {
        var bytes = Array(text.utf8)
        let letters = bytes.indices.filter { bytes[$0] >= 0x61 && bytes[$0] <= 0x7A }
        let index = random.pick(letters)
        bytes[index] = bytes[index] == 0x65 ? 0x61 : 0x65
        return String(decoding: bytes, as: UTF8.self)
    }
}
