import Foundation

/// Everything computed for one indicator in one report period (docs/aturan-capaian.md, sections 3 and 4).
public struct IndicatorResult: Sendable {
    /// Its figures are held by one object: a copy of a result (into a sasaran, a view's row) is one retain, not one
    /// for each of its texts and arrays, which made copying results a tenth of computing an agency (issue 22).
    private let figures: Shared<Figures>

    init(
        indicator: Indicator, quarterValues: [Decimal?], periodValue: Decimal?, realisasi: Decimal?,
        capaian: Achievement, unreported: UnreportedQuarter?, category: RatingScale.Band?, periodTarget: Target?,
        periodCapaian: Achievement?, renstraCapaian: Achievement?, lastYearValue: Decimal?, history: [Decimal?],
        note: String?, evidence: String?
    ) {
        figures = Shared(
            Figures(
                indicator: indicator, quarterValues: quarterValues, periodValue: periodValue, realisasi: realisasi,
                capaian: capaian, unreported: unreported, category: category, periodTarget: periodTarget,
                periodCapaian: periodCapaian, renstraCapaian: renstraCapaian, lastYearValue: lastYearValue,
                history: history, note: note, evidence: evidence))
    }

    public var indicator: Indicator { figures.value.indicator }
    /// TW1…TW4 values of the report year (nil where absent); quarters after the period are nil.
    public var quarterValues: [Decimal?] { figures.value.quarterValues }
    /// The value of the period's own quarter (TWn alone); nil for TAHUNAN and when absent.
    public var periodValue: Decimal? { figures.value.periodValue }
    /// Realisasi s.d. TWn (for TAHUNAN: the whole-year value when given, else s.d. TW4).
    public var realisasi: Decimal? { figures.value.realisasi }
    /// Realisasi against the annual target.
    public var capaian: Achievement { figures.value.capaian }
    /// The report's quarter is missing while earlier ones are not: `realisasi` comes from those.
    public var unreported: UnreportedQuarter? { figures.value.unreported }
    /// The rating band of `capaian`, nil when there is no capaian.
    public var category: RatingScale.Band? { figures.value.category }
    public var periodTarget: Target? { figures.value.periodTarget }
    public var periodCapaian: Achievement? { figures.value.periodCapaian }
    public var renstraCapaian: Achievement? { figures.value.renstraCapaian }
    public var lastYearValue: Decimal? { figures.value.lastYearValue }
    /// Annual realisasi of the earlier years of `PerformanceReport.historyYears`, oldest first (nil where absent).
    public var history: [Decimal?] { figures.value.history }
    /// catatan and bukti of the period's row.
    public var note: String? { figures.value.note }
    public var evidence: String? { figures.value.evidence }

    private struct Figures: Sendable {
        let indicator: Indicator
        let quarterValues: [Decimal?]
        let periodValue: Decimal?
        let realisasi: Decimal?
        let capaian: Achievement
        let unreported: UnreportedQuarter?
        let category: RatingScale.Band?
        let periodTarget: Target?
        let periodCapaian: Achievement?
        let renstraCapaian: Achievement?
        let lastYearValue: Decimal?
        let history: [Decimal?]
        let note: String?
        let evidence: String?
    }
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
