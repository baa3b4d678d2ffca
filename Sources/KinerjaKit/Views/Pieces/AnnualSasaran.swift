import Foundation

/// One sasaran of the LKjIP's Bab III A (`sasaran`): its mean capaian and the comparisons of
/// PermenPANRB 53/2014 — (1) measured against the target, (2) the trend over the years, (3) against the
/// Renstra, (4) against the national standard, (6) the efficiency and (7) the programs and the
/// supporting indicators.
struct AnnualSasaran: TemplateView {
    let number: String, statement: String, average: String, category: Category
    let measured: [Measured], trend: [TrendRow], renstra: [Renstra], hasRenstra: Bool
    let national: [National], efficiency: Efficiency, programs: [Program], supporting: [Supporting]
    let narrative: NarrativeSection, indicatorNarratives: [IndicatorNarrative], year: String

    static let fields: [ViewField<Self>] = [
        .text("nomor", "the sasaran's number", \.number),
        .text("pernyataan", "its statement", \.statement),
        .text("rata_rata", "its mean capaian", \.average),
        .object("kategori", "its category", \.category),
        .list("pengukuran", "(1) per IKU, against the target", \.measured),
        .list("tren", "(2) per IKU, the realisasi over the years", \.trend),
        .list("renstra", "(3) per IKU, against the Renstra", \.renstra),
        .flag("ada_renstra", "whether any IKU has a Renstra target", \.hasRenstra),
        .list("standar_nasional", "(4) the IKU with a `standar_nasional`", \.national),
        .flag("ada_standar_nasional", "whether there is any", { !$0.national.isEmpty }),
        .object("efisiensi", "(6) the efficiency", \.efficiency),
        .list("program", "(7) the budget lines whose `induk` is one of the sasaran's indicators", \.programs),
        .flag("ada_program", "whether there is any", { !$0.programs.isEmpty }),
        .list("pendukung", "(7) the sasaran's indicators that are not IKU", \.supporting),
        .flag("ada_pendukung", "whether there is any", { !$0.supporting.isEmpty }),
        .object("narasi", "`narasi/sasaran/<nomor>.md`", \.narrative),
        .list("narasi_indikator", "the IKU that have `narasi/sasaran/<kode>.md`", \.indicatorNarratives),
        .text("tahun", "the report's year", \.year),
    ]

    init(_ sasaran: SasaranResult, _ report: PerformanceReport, _ c: inout ReportContext) {
        let keys = sasaran.indicators.filter(\.indicator.isKey)
        (number, statement, year) = ("\(sasaran.number)", sasaran.statement, "\(report.profile.year)")
        measured = keys.map { Measured($0, &c) }
        trend = keys.map { TrendRow($0, report, &c) }
        renstra = keys.map { Renstra($0, &c) }
        national = keys.compactMap { result in
            result.indicator.nationalStandard.map { National(result, standard: $0, &c) }
        }
        let kodes = Set(sasaran.indicators.map(\.indicator.kode))
        programs = (report.budget ?? []).filter { $0.line.indicator.map(kodes.contains) ?? false }.map {
            Program($0, &c)
        }
        supporting = sasaran.indicators.filter { !$0.indicator.isKey }.map { Supporting($0, &c) }
        average = c.percent(sasaran.average, absentBecause: "rata_rata_kosong")
        category = c.category(sasaran.category)
        hasRenstra = keys.contains { $0.indicator.renstraTarget != nil }
        efficiency = Efficiency(sasaran, &c)
        narrative = c.narrativeSection("sasaran/\(sasaran.number).md")
        indicatorNarratives = keys.map {
            IndicatorNarrative(
                kode: $0.indicator.kode, narrative: c.narrativeSection("sasaran/\($0.indicator.kode).md"))
        }
        .filter(\.narrative.present)
    }

    struct Measured: TemplateView {
        let kode: String, name: String, unit: String, target: String, realisasi: String, capaian: String,
            category: Category
        static let fields: [ViewField<Self>] = [
            .text("kode", "the IKU's kode", \.kode),
            .text("indikator", "its name", \.name),
            .text("satuan", "its unit", \.unit),
            .text("target", "its annual target", \.target),
            .text("realisasi", "its realisasi", \.realisasi),
            .text("capaian", "its capaian", \.capaian),
            .object("kategori", "its category", \.category),
        ]

        init(_ result: IndicatorResult, _ c: inout ReportContext) {
            (kode, name, unit) = (result.indicator.kode, result.indicator.name, result.indicator.unit)
            target = result.indicator.target.map(c.format.target) ?? c.absent("status_tanpa_target")
            realisasi = c.realisasi(result)
            capaian = c.capaian(result.capaian)
            category = c.category(result.category)
        }
    }

    struct Renstra: TemplateView {
        let kode: String, name: String, baseline: String, target: String, realisasi: String, capaian: String
        static let fields: [ViewField<Self>] = [
            .text("kode", "the IKU's kode", \.kode),
            .text("indikator", "its name", \.name),
            .text("baseline", "the Renstra's baseline", \.baseline),
            .text("target_renstra", "the Renstra's target", \.target),
            .text("realisasi", "its realisasi", \.realisasi),
            .text("capaian_renstra", "capaian against the Renstra's target", \.capaian),
        ]

        init(_ result: IndicatorResult, _ c: inout ReportContext) {
            (kode, name) = (result.indicator.kode, result.indicator.name)
            baseline = result.indicator.baseline.map(c.format.number) ?? c.absent("baseline_kosong")
            target = result.indicator.renstraTarget.map(c.format.target) ?? c.absent("target_renstra_kosong")
            realisasi = c.realisasi(result)
            capaian = result.renstraCapaian.map { c.capaian($0) } ?? c.absent("target_renstra_kosong")
        }
    }

    struct National: TemplateView {
        let kode: String, name: String, standard: String, realisasi: String, unit: String
        static let fields: [ViewField<Self>] = [
            .text("kode", "the IKU's kode", \.kode),
            .text("indikator", "its name", \.name),
            .text("standar", "the national standard, as written in indikator.csv", \.standard),
            .text("realisasi", "its realisasi", \.realisasi),
            .text("satuan", "its unit", \.unit),
        ]

        init(_ result: IndicatorResult, standard: String, _ c: inout ReportContext) {
            (kode, name, self.standard, unit) = (
                result.indicator.kode, result.indicator.name, standard, result.indicator.unit
            )
            realisasi = c.realisasi(result)
        }
    }

    struct Efficiency: TemplateView {
        let known: Bool, absorption: String, efficiency: String
        static let fields: [ViewField<Self>] = [
            .flag("ada", "whether the sasaran's lines have a serapan", \.known),
            .text("serapan", "the serapan of its lines", \.absorption),
            .text("efisiensi", "capaian minus serapan, percentage points, signed", \.efficiency),
        ]

        init(_ sasaran: SasaranResult, _ c: inout ReportContext) {
            known = sasaran.budgetAbsorption != nil
            absorption = c.percent(sasaran.budgetAbsorption, absentBecause: "serapan_sasaran_kosong")
            efficiency = sasaran.efficiency.map(c.format.signedPoints) ?? c.absent("efisiensi_kosong")
        }
    }

    struct Program: TemplateView {
        let kode: String, name: String, parent: String, ceiling: String, spent: String, absorption: String
        static let fields: [ViewField<Self>] = [
            .text("kode", "the line's kode", \.kode),
            .text("uraian", "its name", \.name),
            .text("induk", "the indicator it serves", \.parent),
            .text("pagu", "its ceiling", \.ceiling),
            .text("realisasi", "spent", \.spent),
            .text("serapan", "spent against the ceiling", \.absorption),
        ]

        init(_ line: BudgetLineResult, _ c: inout ReportContext) {
            (kode, name, parent) = (line.line.kode, line.line.name, line.line.indicator ?? "")
            ceiling = c.format.amount(line.line.ceiling)
            spent = line.spent.map(c.format.amount) ?? c.absent("anggaran_tw_kosong")
            absorption = c.percent(line.absorption, absentBecause: "serapan_kosong")
        }
    }

    struct Supporting: TemplateView {
        let kode: String, name: String, level: String, capaian: String, category: Category
        static let fields: [ViewField<Self>] = [
            .text("kode", "the indicator's kode", \.kode),
            .text("indikator", "its name", \.name),
            .text("tingkat", "its level", \.level),
            .text("capaian", "its capaian", \.capaian),
            .object("kategori", "its category", \.category),
        ]

        init(_ result: IndicatorResult, _ c: inout ReportContext) {
            (kode, name, level) = (result.indicator.kode, result.indicator.name, result.indicator.level.rawValue)
            capaian = c.capaian(result.capaian)
            category = c.category(result.category)
        }
    }

    struct IndicatorNarrative: TemplateView {
        let kode: String, narrative: NarrativeSection
        static let fields: [ViewField<Self>] = [
            .text("kode", "the IKU's kode", \.kode),
            .object("narasi", "`narasi/sasaran/<kode>.md`", \.narrative),
        ]
    }
}
