import Foundation

/// Bab II of the LKjIP (`perencanaan`), the Perjanjian Kinerja: per sasaran its IKU with their targets;
/// the programs (top-level budget lines) with their pagu and the "Jumlah Anggaran" line (as the
/// Perjanjian Kinerja of a real LKjIP lists them).
struct Planning: TemplateView {
    let narrative: NarrativeSection
    let agreement: [Agreement]
    let programs: [Program]
    let total: String, totalMoney: String

    static let fields: [ViewField<Self>] = [
        .object("narasi", "`narasi/perencanaan.md`", \.narrative),
        .list("perjanjian", "the Perjanjian Kinerja, per sasaran", \.agreement),
        .list("program", "the top-level lines of anggaran.csv", \.programs),
        .flag("ada_program", "whether there is any", { !$0.programs.isEmpty }),
        .text("jumlah_anggaran", "the programs' total", \.total),
        .text("jumlah_anggaran_rp", "the same in rupiah", \.totalMoney),
    ]

    init(_ report: PerformanceReport, _ c: inout ReportContext) {
        agreement = report.sasaran.map { Agreement($0, &c) }
        var programs: [Program] = []
        var total = Decimal(0)
        if let lines = report.budget?.map(\.line) {
            for line in lines where !lines.contains(where: line.isNested(under:)) {
                programs.append(Program(kode: line.kode, name: line.name, ceiling: c.format.amount(line.ceiling)))
                total += line.ceiling
            }
        }
        self.programs = programs
        (self.total, totalMoney) = (c.format.amount(total), c.format.money(total))
        narrative = c.narrativeSection("perencanaan.md")
    }

    struct Agreement: TemplateView {
        let number: String, statement: String, indicators: [Target]
        static let fields: [ViewField<Self>] = [
            .text("nomor", "the sasaran's number", \.number),
            .text("pernyataan", "its statement", \.statement),
            .list("indikator", "its IKU", \.indicators),
        ]

        init(_ sasaran: SasaranResult, _ c: inout ReportContext) {
            (number, statement) = ("\(sasaran.number)", sasaran.statement)
            indicators = sasaran.indicators.filter(\.indicator.isKey).enumerated().map { offset, result in
                Target(
                    kode: result.indicator.kode, name: result.indicator.name, unit: result.indicator.unit,
                    target: result.indicator.target.map(c.format.target) ?? c.absent("status_tanpa_target"),
                    first: offset == 0)
            }
        }
    }

    struct Target: TemplateView {
        let kode: String, name: String, unit: String, target: String, first: Bool
        static let fields: [ViewField<Self>] = [
            .text("kode", "the IKU's kode", \.kode),
            .text("indikator", "its name", \.name),
            .text("satuan", "its unit", \.unit),
            .text("target", "its annual target", \.target),
            .flag("pertama", "true on the sasaran's first", \.first),
        ]
    }

    struct Program: TemplateView {
        let kode: String, name: String, ceiling: String
        static let fields: [ViewField<Self>] = [
            .text("kode", "the line's kode", \.kode),
            .text("uraian", "its name", \.name),
            .text("pagu", "its ceiling", \.ceiling),
        ]
    }
}
