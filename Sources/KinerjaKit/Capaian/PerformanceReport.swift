import Foundation

/// The computed report of one workspace for one period: every number the outputs print.
public struct PerformanceReport: Sendable {
    public let profile: Profile
    public let period: ReportPeriod
    /// Indicators in the order of indikator.csv.
    public let indicators: [IndicatorResult]
    public let sasaran: [SasaranResult]
    /// Mean capaian of all IKU indicators (not a mean of sasaran means).
    public let average: Decimal?
    public let category: RatingScale.Band?
    /// IKU indicators: those that enter the average.
    public let keyIndicators: [IndicatorResult]
    /// nil when the workspace has no anggaran.csv.
    public let budget: [BudgetLineResult]?
    /// Serapan of the whole budget (top-level lines with spending on record).
    public let budgetAbsorption: Decimal?
    /// The earlier years the LKjIP compares with, oldest first: every year from the first one realisasi.csv
    /// holds up to last year, at most `CapaianEngine.historyLimit` of the most recent.
    public let historyYears: [Int]
    /// The formulas that occur, in a fixed order, for the footnotes.
    public let rulesUsed: [AchievementRule]
    /// The monitoring cycle against its SOP; nil when the workspace has no siklus.csv.
    public internal(set) var cycle: CycleCompliance? = nil

    /// IKU indicators without a capaian (no data, no target, …).
    public var keyIndicatorsWithoutCapaian: [IndicatorResult] {
        keyIndicators.filter { $0.capaian.value == nil }
    }

    /// How many IKU indicators fall in each band of the scale, highest band first.
    public var categoryCounts: [(band: RatingScale.Band, count: Int)] {
        profile.scale.bands.map { band in (band, keyIndicators.count { $0.category == band }) }
    }
}
