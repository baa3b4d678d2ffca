import Foundation

/// Everything computed for one indicator in one report period (docs/aturan-capaian.md, sections 3 and 4).
public struct IndicatorResult: Sendable {
    public let indicator: Indicator
    /// TW1…TW4 values of the report year (nil where absent); quarters after the period are nil.
    public let quarterValues: [Decimal?]
    /// The value of the period's own quarter (TWn alone); nil for TAHUNAN and when absent.
    public let periodValue: Decimal?
    /// Realisasi s.d. TWn (for TAHUNAN: the whole-year value when given, else s.d. TW4).
    public let realisasi: Decimal?
    /// Realisasi against the annual target.
    public let capaian: Achievement
    /// The report's quarter is missing while earlier ones are not: `realisasi` comes from those.
    public let unreported: UnreportedQuarter?
    /// The rating band of `capaian`, nil when there is no capaian.
    public let category: RatingScale.Band?
    public let periodTarget: Target?
    public let periodCapaian: Achievement?
    public let renstraCapaian: Achievement?
    public let lastYearValue: Decimal?
    /// Annual realisasi of the earlier years of `PerformanceReport.historyYears`, oldest first (nil where absent).
    public let history: [Decimal?]
    /// catatan and bukti of the period's row.
    public let note: String?
    public let evidence: String?
}

/// One group of indicators sharing a sasaran text, in order of first appearance.
public struct SasaranResult: Sendable {
    public let number: Int
    public let statement: String
    public let indicators: [IndicatorResult]
    /// Mean of the capaian of its IKU indicators (capped where the profile says so); nil without any.
    public let average: Decimal?
    public let category: RatingScale.Band?
    /// Serapan of the budget lines supporting its indicators; nil without such lines.
    public let budgetAbsorption: Decimal?
    /// capaian − serapan, in percentage points.
    public let efficiency: Decimal?
}
