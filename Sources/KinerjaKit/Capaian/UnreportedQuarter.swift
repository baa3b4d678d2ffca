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
