import Foundation

/// The report's quarter has no value for an indicator while earlier quarters do. realisasi s.d. is
/// still computed by the rule of `agregasi` from the quarters that are present (docs/aturan-capaian.md), but every
/// output says so: a footnote on the value, a row under Perlu Perhatian, status `belum-lapor-periode`.
///
/// The report's quarter is TWn for a TWn report, and TW4 for TAHUNAN without a whole-year value.
///
///     TW3 report, terakhir,  TW1 61,5  TW2 62,8  TW3 –   → quarter 3, used [1, 2]: "Nilai TW II; TW III belum dilaporkan"
///     TW3 report, jumlah,    TW1 120   TW2 140   TW3 –   → quarter 3, used [1, 2]: "Jumlah TW I–TW II; …" (260, not 450)
///     TW3 report, rata-rata, TW1 80    TW2 –     TW3 –   → quarter 3, used [1]
///     TW3 report, any,       TW1 –     TW2 –     TW3 –   → nil (belum-ada-data says it)
///     TW3 report, any,       TW1 –     TW2 5     TW3 6   → nil (the report's quarter is there)
public struct UnreportedQuarter: Sendable, Equatable {
    /// The quarter without a value, 1…4.
    public let quarter: Int
    /// The quarters realisasi s.d. was computed from, in order (never empty).
    public let used: [Int]

    /// - Parameters:
    ///   - quarters: TW1…TW4 of the report year, nil where absent.
    ///   - hasYearValue: a whole-year value is given, which a TAHUNAN report uses instead of the quarters.
    public static func find(quarters: [Decimal?], period: ReportPeriod, hasYearValue: Bool) -> UnreportedQuarter? {
        if period == .annual, hasYearValue { return nil }
        let n = period.quarterCount
        guard quarters[n - 1] == nil else { return nil }
        let used = (1..<n).filter { quarters[$0 - 1] != nil }
        return used.isEmpty ? nil : UnreportedQuarter(quarter: n, used: used)
    }
}

/// Quarters with no value between two that have one, up to the report's. For `jumlah` and `rata-rata`
/// realisasi s.d. still combines the values present (docs/aturan-capaian.md), so a TW2 left empty between TW1
/// and TW3 makes a sum of TW1 and TW3 alone: said as a warning, beside the value's footnote (a planner's trial
/// found only the footnote). Empty quarters before the first value are not said: an indicator measured from
/// TW3 on (a survey, a programme that starts late) is as common as a value forgotten. For `terakhir` an earlier
/// quarter does not enter realisasi s.d.: nothing to say.
///
///     TW3 report, jumlah,    TW1 10  TW2 –  TW3 12  → skipped [2], used [1, 3]  (22, where TW2 may be missing)
///     TW3 report, jumlah,    TW1 –   TW2 –  TW3 12  → nil
///     TW3 report, jumlah,    TW1 10  TW2 12 TW3 –   → nil  (the report's quarter: UnreportedQuarter says it)
///     TW3 report, terakhir,  TW1 10  TW2 –  TW3 12  → nil
struct SkippedQuarters: Equatable {
    /// The empty quarters, 1…4, between two with values.
    let skipped: [Int]
    /// The quarters realisasi s.d. combines, in order.
    let used: [Int]

    /// - Parameters:
    ///   - quarters: TW1…TW4 of the report year, nil where absent.
    ///   - hasYearValue: a whole-year value is given, which a TAHUNAN report uses instead of the quarters.
    static func find(
        quarters: [Decimal?], period: ReportPeriod, aggregation: Aggregation, hasYearValue: Bool = false
    )
        -> SkippedQuarters?
    {
        guard aggregation != .terakhir, !(period == .annual && hasYearValue) else { return nil }
        let present = (1...period.quarterCount).filter { quarters[$0 - 1] != nil }
        guard let first = present.first, let last = present.last, first < last else { return nil }
        let skipped = (first..<last).filter { quarters[$0 - 1] == nil }
        return skipped.isEmpty ? nil : SkippedQuarters(skipped: skipped, used: present)
    }
}
