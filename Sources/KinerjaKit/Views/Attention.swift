/// The indicators that need the leadership's attention (`perhatian`, docs/laporan.md): below the scale's
/// middle band, behind their quarterly target, without the report quarter's value (`UnreportedQuarter`),
/// or without data; each says whether a catatan explains it.
struct Attention: TemplateView {
    let rows: [Row], limit: String

    static let fields: [ViewField<Self>] = [
        .list("baris", "the indicators listed", \.rows),
        .flag("ada", "whether any is listed", { !$0.rows.isEmpty }),
        .text("jumlah", "how many", { "\($0.rows.count)" }),
        .text("jumlah_tanpa_catatan", "how many have no catatan", { "\($0.unexplained)" }),
        .flag("ada_tanpa_catatan", "whether any has none", { $0.unexplained > 0 }),
        .text("batas", "the middle band's label", \.limit),
    ]

    var unexplained: Int { rows.filter { $0.note == nil }.count }

    init(_ report: PerformanceReport, _ c: inout ReportContext) {
        let scale = report.profile.scale
        var rows: [Row] = []
        for result in report.indicators {
            var reasons: [String] = []
            if let band = result.category, scale.isBelowMiddle(band) {
                reasons.append("\(c.label("perhatian_di_bawah")) \(c.format.label(scale.middleBand))")
            }
            if let period = result.periodCapaian?.value, DecimalOrder.less(period.roundedForDisplay(), 100) {
                reasons.append("\(c.label("perhatian_tertinggal")) (\(c.format.percent(period)))")
            }
            if let unreported = result.unreported {
                reasons.append(c.fill("perhatian_belum_lapor", ["periode": c.format.quarterShort(unreported.quarter)]))
            }
            if result.capaian.status == .belumAdaData { reasons.append(c.label("perhatian_belum_ada_data")) }
            guard !reasons.isEmpty else { continue }
            rows.append(
                Row(
                    kode: result.indicator.kode, name: result.indicator.name, capaian: c.capaian(result.capaian),
                    category: c.category(result.category), reason: reasons.joined(separator: "; "), note: result.note))
        }
        (self.rows, limit) = (rows, c.format.label(scale.middleBand))
    }

    /// A class, as `IndicatorRow` is: one reference to box and to read.
    final class Row: TemplateView {
        let kode: String, name: String, capaian: String, category: Category, reason: String, note: String?

        init(kode: String, name: String, capaian: String, category: Category, reason: String, note: String?) {
            (self.kode, self.name, self.capaian, self.category, self.reason, self.note) = (
                kode, name, capaian, category, reason, note
            )
        }

        static let fields: [ViewField<Row>] = [
            .text("kode", "the indicator's kode", \.kode),
            .text("indikator", "its name", \.name),
            .text("capaian", "its capaian", \.capaian),
            .object("kategori", "its category", \.category),
            .text("alasan", "why it is listed", \.reason),
            .text("catatan", "the catatan of realisasi.csv", { $0.note ?? "" }),
            .flag("ada_catatan", "whether it has one", { $0.note != nil }),
        ]
    }
}
