import Foundation

/// One agency's line in the rekap (index.md, index.html, rekap.csv): its standing for the period and
/// where its reports are. Small on purpose: a many-agency run keeps only these, not the agencies' data.
package struct AgencyRow: Sendable, Equatable {
    /// `<slug>/<tahun>-<periode>`, the folder of its reports under the output root.
    let directory: String
    let slug: String
    let agency: String
    let government: String
    /// The profile's `bahasa`: the index uses it when every agency shares one.
    let language: Language
    /// The profile's `csv`: rekap.csv uses it when every agency sets the same one and `--csv-dialect` is not given.
    let csvDialect: CSVDialect?
    let year: Int
    let period: ReportPeriod
    let indicatorCount: Int
    let keyIndicatorCount: Int
    /// The IKU average and its band, as in the agency's own Ringkasan.
    let average: Decimal?
    let category: RatingScale.Band?
    /// The band's colour step on the agency's own scale (0–6), for the index's colours.
    let colourStep: Int?
    /// IKU without a capaian (no data, no target, …).
    let withoutCapaian: Int
    /// nil when the workspace has no anggaran.csv, or the serapan cannot be computed.
    let budgetAbsorption: Decimal?
    /// nil when the workspace has no siklus.csv, or it has no record for the period.
    let onTimeShare: Decimal?
    /// The one-line summary `report` prints (`PerformanceReport.summaryMessage`).
    let summary: Message
    /// The reports written, which the rekap links to (`laporan-pemantauan`, `lkjip`, `ringkasan`).
    let documents: [DocumentKind]
    /// How many values its reports list to check (`Doubts`), and whether values of `kinerja init` remain: the
    /// rekap names such agencies, whose figures it prints.
    let doubts: Int
    let examples: Bool

    /// The index's order: by slug, then year and period, so the rekap is the same whatever the order of
    /// the arguments.
    static func inIndexOrder(_ a: AgencyRow, _ b: AgencyRow) -> Bool {
        (a.slug, a.year, a.period.sortKey, a.directory) < (b.slug, b.year, b.period.sortKey, b.directory)
    }
}

extension AgencyRow {
    init(_ computed: ComputedWorkspace) {
        let report = computed.report, profile = computed.workspace.profile
        directory = computed.directory
        slug = String(directory.prefix { $0 != "/" })
        (agency, government, year, period) = (profile.agency, profile.government, profile.year, report.period)
        language = profile.language
        csvDialect = profile.csvDialect
        indicatorCount = report.indicators.count
        keyIndicatorCount = report.keyIndicators.count
        (average, category) = (report.average, report.category)
        colourStep = report.category.map(profile.scale.colourStep)
        withoutCapaian = report.keyIndicatorsWithoutCapaian.count
        budgetAbsorption = report.budgetAbsorption
        onTimeShare = report.cycle.flatMap { $0.hasRecords ? $0.onTimeShare : nil }
        summary = report.summaryMessage
        documents = DocumentKind.written(for: report).filter { $0.linkLabel != nil }
        (doubts, examples) = (computed.doubts.count, !computed.examples.isEmpty)
    }
}
