import Foundation

/// One indicator of the monitoring report's capaian table (`sasaran` › `indikator`).
/// A class, as the other rows read often (issue 22): boxing it for the view renderer, at each read of its list,
/// retains one reference where a struct copied twenty Strings (and released them with the box), and a
/// field's read takes the reference where it copied the struct.
final class IndicatorRow: TemplateView {
    let kode: String, name: String, unit: String, isKey: Bool, polarity: String
    let target: String, quarters: [QuarterValue]
    let realisasi: String, realisasiValue: String
    let capaian: String, capaianValue: String, category: Category, status: String, rule: String
    let periodTarget: String, periodCapaian: String
    let note: String?, evidence: String?
    let narrative: NarrativeSection

    static let fields: [ViewField<IndicatorRow>] = [
        .text("kode", "from indikator.csv", \.kode),
        .text("indikator", "the indicator's name", \.name),
        .text("satuan", "its unit", \.unit),
        .text("polaritas", "its polarity (`positif`, `negatif`, `rentang`)", \.polarity),
        .flag("iku", "true for an IKU", \.isKey),
        .text("target", "the annual target (`75`, `80–90`)", \.target),
        .list("realisasi_tw", "one item per quarter up to the period", \.quarters),
        .text(
            "realisasi",
            "realisasi s.d. the period; when the period's quarter is not reported, it carries the footnote that says which quarters it comes from (`62,8³`, \"Nilai TW II; TW III belum dilaporkan.\")",
            \.realisasi),
        .text("realisasi_nilai", "the same, unrounded", \.realisasiValue),
        .text("capaian", "capaian against the annual target, with its formula's letter", \.capaian),
        .text("capaian_nilai", "the same, unrounded", \.capaianValue),
        .object("kategori", "its category", \.category),
        .text(
            "status", "the capaian's status (`ok`, `belum-ada-data`, `belum-lapor-periode`, …, docs/format.md)",
            \.status),
        .text("rumus", "the formula applied", \.rule),
        .text("target_periode", "the quarter's target, when `ada_target_periode`", \.periodTarget),
        .text("capaian_periode", "capaian against it, when `ada_target_periode`", \.periodCapaian),
        .text("catatan", "from the period's row of realisasi.csv", { $0.note ?? "" }),
        .flag("ada_catatan", "whether it has one", { $0.note != nil }),
        .text("bukti", "from the period's row of realisasi.csv", { $0.evidence ?? "" }),
        .flag("ada_bukti", "whether it has one", { $0.evidence != nil }),
        .object("narasi", "`narasi/sasaran/<kode>.md`", \.narrative),
    ]

    init(_ result: IndicatorResult, hasPeriodTargets: Bool, _ c: inout ReportContext) {
        let indicator = result.indicator
        quarters = result.quarterValues.prefix(c.report.period.quarterCount).map { value in
            QuarterValue(text: value.map(c.format.number) ?? c.absent("tw_kosong"), value: value?.plainString ?? "")
        }
        (kode, name, unit, isKey) = (indicator.kode, indicator.name, indicator.unit, indicator.isKey)
        polarity = indicator.polarity.rawValue
        target = indicator.target.map(c.format.target) ?? c.absent("status_tanpa_target")
        realisasi = c.realisasi(result)
        realisasiValue = result.realisasi?.plainString ?? ""
        capaian = c.capaian(result.capaian)
        capaianValue = result.capaian.value?.plainString ?? ""
        category = c.category(result.category)
        (status, rule) = (result.capaian.status.rawValue, result.capaian.rule.rawValue)
        (note, evidence) = (result.note, result.evidence)
        narrative = c.narrativeSection("sasaran/\(indicator.kode).md")
        if hasPeriodTargets {
            periodTarget = result.periodTarget.map(c.format.target) ?? c.absent("target_periode_kosong")
            periodCapaian = result.periodCapaian.map { c.capaian($0) } ?? c.absent("target_periode_kosong")
        } else {
            (periodTarget, periodCapaian) = ("", "")
        }
    }

    struct QuarterValue: TemplateView {
        let text: String, value: String
        static let fields: [ViewField<Self>] = [
            .text("teks", "the quarter's realisasi", \.text),
            .text("nilai", "the same, unrounded", \.value),
        ]
    }
}
