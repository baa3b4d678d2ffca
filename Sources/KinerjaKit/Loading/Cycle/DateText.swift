/// A siklus date typed or saved as text, in the forms spreadsheets write: ISO (`2025-10-01 08:00`,
/// `2025-10-01 08:00:00` as LibreOffice saves a date-time cell as text), and day-month-year as an
/// Indonesian Excel shows dates (`01/10/2025 08:00`, `1/10/2025 8.00`, `01-10-2025`).
///
/// Day-month-year is the Indonesian order, but `01/10/2025` reads as 10 January in a month-first
/// (American) spreadsheet too. Such a date is read in the order the file's other dates prove
/// (`13/10/2025` can only be day first; `10/13/2025` only month first), and is an error at its cell
/// when none does, so a cycle is never measured against the wrong month.
enum DateText {
    enum Reading: Equatable {
        case moment(Moment)
        /// Day-month-year or month-day-year: each reading, nil where it is no date.
        case ordered(dayFirst: Moment?, monthFirst: Moment?)
        case invalid
    }

    enum Order { case dayFirst, monthFirst }

    static func read(_ text: String) -> Reading {
        if let iso = Moment(text) { return .moment(iso) }
        let parts = text.trimmingSpaces().split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard (1...2).contains(parts.count) else { return .invalid }
        var minutes: Int?
        if parts.count == 2 {
            guard let clock = clockMinutes(parts[1]) else { return .invalid }
            minutes = clock
        }
        let date = parts[0]
        if let iso = CalendarDate(iso: date) { return .moment(Moment(date: iso, minutes: minutes)) }
        let numbers = date.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard numbers.count == 3, numbers.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy(\.isASCII) }),
            numbers[2].count == 4, let a = Int(numbers[0]), let b = Int(numbers[1]), let year = Int(numbers[2])
        else { return .invalid }
        let dayFirst = day(a, month: b, year: year).map { Moment(date: $0, minutes: minutes) }
        let monthFirst = day(b, month: a, year: year).map { Moment(date: $0, minutes: minutes) }
        if dayFirst == nil, monthFirst == nil { return .invalid }
        if dayFirst == monthFirst, let same = dayFirst { return .moment(same) }
        return .ordered(dayFirst: dayFirst, monthFirst: monthFirst)
    }

    /// The order the unambiguous dates prove; nil when none does, or they prove both.
    static func order(of readings: [Reading]) -> Order? {
        var dayFirst = false, monthFirst = false
        for case .ordered(let d, let m) in readings {
            if d != nil, m == nil { dayFirst = true }
            if m != nil, d == nil { monthFirst = true }
        }
        return dayFirst == monthFirst ? nil : (dayFirst ? .dayFirst : .monthFirst)
    }

    /// `08:00`, `8:00`, `08.00`, `8.30`, `08:00:00` → minutes after midnight (seconds dropped).
    private static func clockMinutes(_ text: String) -> Int? {
        let pieces = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard (2...3).contains(pieces.count),
            pieces.allSatisfy({ piece in (1...2).contains(piece.count) && piece.allSatisfy { $0.isASCII } }),
            let h = Int(pieces[0]), let m = Int(pieces[1]), pieces[1].count == 2,
            (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        if pieces.count == 3 { guard let s = Int(pieces[2]), (0...59).contains(s) else { return nil } }
        return h * 60 + m
    }

    private static func day(_ day: Int, month: Int, year: Int) -> CalendarDate? {
        CalendarDate(iso: "\(year.zeroPadded(4))-\(month.zeroPadded(2))-\(day.zeroPadded(2))")
    }
}
