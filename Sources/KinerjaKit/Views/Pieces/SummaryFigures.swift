/// The headline figures of a report (`ringkasan`): counts, the mean capaian of the IKU and its
/// category, the count per category, the IKU without a capaian or without the report quarter's value,
/// the budget's serapan and the cycle's on-time share. Shared by the three reports.
struct Summary: TemplateView {
    let indicatorCount: String, keyIndicatorCount: String
    let average: String, averageValue: String, category: Category
    let perCategory: [CategoryCount]
    let missing: [Missing]
    let unreported: [IndicatorName]
    let hasBudget: Bool, absorption: String
    let cap: String?
    let cycle: CycleShare?

    static let pieceName: String? = "ringkasan"
    static let fields: [ViewField<Self>] = [
        .text("jumlah_indikator", "how many indicators", \.indicatorCount),
        .text("jumlah_iku", "how many IKU", \.keyIndicatorCount),
        .text("rata_rata", "the mean capaian of the IKU", \.average),
        .text("rata_rata_nilai", "the same, unrounded", \.averageValue),
        .object("kategori", "its category", \.category),
        .list("per_kategori", "one item per band of the scale, highest first", \.perCategory),
        .text("jumlah_tanpa_capaian", "how many IKU have no capaian", { "\($0.missing.count)" }),
        .flag("ada_tanpa_capaian", "whether any has none", { !$0.missing.isEmpty }),
        .list(
            "belum_lapor",
            "the IKU whose report quarter has no value (status `belum-lapor-periode`: their figure is an earlier quarter's)",
            \.unreported),
        .text("jumlah_belum_lapor", "how many", { "\($0.unreported.count)" }),
        .flag("ada_belum_lapor", "whether there is any", { !$0.unreported.isEmpty }),
        .text(
            "belum_lapor_kode", "their kodes joined (`IKU-08, IKU-10`)",
            { $0.unreported.map(\.kode).joined(separator: ", ") }),
        .list("tanpa_capaian", "the IKU without a capaian", \.missing),
        .flag("ada_anggaran", "whether there is anggaran.csv", \.hasBudget),
        .text("serapan", "budget serapan of the whole anggaran.csv", \.absorption),
        .text("batas_rata_rata", "the cap of `batas_rata_rata` in profil.yaml, when set", { $0.cap ?? "" }),
        .flag("ada_batas_rata_rata", "whether it is set", { $0.cap != nil }),
        .optional("siklus", "the monitoring cycle's on-time share (absent without siklus.csv)", \.cycle),
    ]

    init(_ report: PerformanceReport, _ c: inout ReportContext) {
        let missing = report.keyIndicatorsWithoutCapaian
        // IKU whose figure is an earlier quarter's: the report's quarter is not reported (UnreportedQuarter).
        let unreported = report.keyIndicators.filter { $0.unreported != nil }
        indicatorCount = "\(report.indicators.count)"
        keyIndicatorCount = "\(report.keyIndicators.count)"
        average = c.percent(report.average, absentBecause: "rata_rata_kosong")
        averageValue = report.average?.plainString ?? ""
        category = c.category(report.category)
        perCategory = report.categoryCounts.map { CategoryCount(category: c.category($0.band), count: "\($0.count)") }
        self.unreported = unreported.map { IndicatorName(kode: $0.indicator.kode, name: $0.indicator.name) }
        self.missing = missing.map {
            Missing(
                kode: $0.indicator.kode, name: $0.indicator.name,
                reason: c.label(ReportContext.reasonKeys[$0.capaian.status]!))
        }
        hasBudget = report.budget != nil
        absorption = report.budget == nil ? "" : c.percent(report.budgetAbsorption, absentBecause: "serapan_kosong")
        cap = report.profile.averageCap.map { c.format.number($0) + "%" }
        cycle = report.cycle.map { CycleShare($0, c.format) }
    }

    struct CategoryCount: TemplateView {
        let category: Category, count: String
        static let fields: [ViewField<Self>] = [
            .object("kategori", "the band", \.category),
            .text("jumlah", "how many indicators are in it", \.count),
        ]
    }

    struct IndicatorName: TemplateView {
        let kode: String, name: String
        static let fields: [ViewField<Self>] = [
            .text("kode", "the indicator's kode", \.kode),
            .text("indikator", "its name", \.name),
        ]
    }

    struct Missing: TemplateView {
        let kode: String, name: String, reason: String
        static let fields: [ViewField<Self>] = [
            .text("kode", "the indicator's kode", \.kode),
            .text("indikator", "its name", \.name),
            .text("alasan", "why it has none (`belum ada data`, `tanpa target`, …)", \.reason),
        ]
    }

    /// `siklus`.
    struct CycleShare: TemplateView {
        let hasRecords: Bool, onTime: String, steps: String, share: String
        static let fields: [ViewField<Self>] = [
            .flag(
                "ada_catatan",
                "false when siklus.csv has no record for the period: print `l.siklus_belum_dicatat`, never 0,00%",
                \.hasRecords),
            .text("tepat_waktu", "steps on time", \.onTime),
            .text("jumlah", "steps of the SOP", \.steps),
            .text("persen", "the on-time share", \.share),
        ]

        init(_ cycle: CycleCompliance, _ format: DisplayFormat) {
            (hasRecords, onTime, steps) = (cycle.hasRecords, "\(cycle.onTimeCount)", "\(cycle.steps.count)")
            share = format.percent(cycle.onTimeShare)
        }
    }
}
