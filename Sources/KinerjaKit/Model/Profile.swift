import Foundation

/// A calendar date without a time zone (the signature date, holidays).
public struct CalendarDate: Sendable, Hashable, Comparable {
    public let year: Int, month: Int, day: Int

    /// Parses `2024-10-15`; nil for anything else or an impossible date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-").map { Int($0) }
        guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2],
            (1...12).contains(m), d >= 1, d <= CalendarDate.days(in: m, of: y)
        else { return nil }
        (year, month, day) = (y, m, d)
    }

    /// A date known to be valid (computed, not read from input).
    package init(year: Int, month: Int, day: Int) { (self.year, self.month, self.day) = (year, month, day) }

    public var iso: String {
        "\(year.zeroPadded(4))-\(month.zeroPadded(2))-\(day.zeroPadded(2))"
    }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// An official named in the report: the signatory or the planner.
public struct Official: Sendable {
    public var name: String
    public var position: String
    public var rank: String?
    public var nip: String?
    /// True when the signatory is acting (printed "Plt.").
    public var acting: Bool
}

public enum Language: String, Sendable {
    case id, en
}

/// profil.yaml: the agency, the period, the signatory and the settings.
public struct Profile: Sendable {
    public var government: String
    public var agency: String
    public var shortName: String?
    public var address: String?
    public var year: Int
    public var period: ReportPeriod
    /// First and last year of the Renstra.
    public var renstra: ClosedRange<Int>?
    public var place: String
    public var date: CalendarDate
    public var documentNumber: String?
    public var head: Official
    public var preparer: Official?
    public var negativeFormula: NegativeFormula
    public var scale: RatingScale
    public var language: Language
    public var holidays: [CalendarDate]
    /// `batas_rata_rata`: caps each capaian where it enters an average.
    public var averageCap: Decimal?
    /// `sop`: the name of a bundled SOP (`kinerja sop list`); nil for the workspace's sop.yaml or the default.
    public var sopName: String?
    /// `csv`: the CSV dialect of the outputs, so planners need not pass `--csv-dialect` on every run
    /// (the option, when given, wins: `RunRequest.dialect(for:)`). nil when not set.
    public var csvDialect: CSVDialect? = nil
    /// `pdf: ya`: also write the reports as PDF/A on every run, as `--pdf` does (the option, when given, wins:
    /// `RunRequest.wantsPDF(_:)`). nil when not set.
    public var pdf: Bool? = nil
}
