/// The view of rekap.csv: one row per agency, values unrounded except percentages (2 decimals),
/// formatted for `--csv-dialect`.
struct RekapCSV: TemplateView {
    let rows: [Row]

    static let fields: [ViewField<Self>] = [.list("baris", "per agency, by slug", \.rows)]

    init(_ rows: [AgencyRow], dialect: CSVDialect) { self.rows = rows.map { Row($0, dialect) } }

    struct Row: TemplateView {
        let slug: String, agency: String, government: String, period: String, indicatorCount: String
        let keyIndicatorCount: String, average: String, category: String, withoutCapaian: String
        let absorption: String, onTime: String, folder: String, doubts: String

        static let fields: [ViewField<Self>] = [
            .text("slug", "the agency's slug", \.slug),
            .text("instansi", "the agency", \.agency),
            .text("pemerintah", "its government", \.government),
            .text("periode", "`2024-TW3`; `2024` for the year", \.period),
            .text("jumlah_indikator", "how many indicators", \.indicatorCount),
            .text("jumlah_iku", "how many IKU", \.keyIndicatorCount),
            .text("rata_rata_capaian", "the mean capaian of the IKU", \.average),
            .text("kategori", "its category (the scale's label)", \.category),
            .text("iku_tanpa_capaian", "IKU without capaian", \.withoutCapaian),
            .text("serapan", "the budget's serapan", \.absorption),
            .text("tepat_waktu", "the cycle's on-time share", \.onTime),
            .text("folder", "`disdikbud/2024-TW3`", \.folder),
            .text("nilai_diperiksa", "how many values its reports list to check (`periksa`); 0 when none", \.doubts),
        ]

        init(_ row: AgencyRow, _ dialect: CSVDialect) {
            (slug, agency, government) = (
                dialect.text(row.slug), dialect.text(row.agency), dialect.text(row.government)
            )
            (period, indicatorCount) = (row.period.label(year: row.year), "\(row.indicatorCount)")
            (keyIndicatorCount, average) = ("\(row.keyIndicatorCount)", dialect.percent(row.average))
            (category, withoutCapaian) = (dialect.text(row.category?.label), "\(row.withoutCapaian)")
            (absorption, onTime, folder) = (
                dialect.percent(row.budgetAbsorption), dialect.percent(row.onTimeShare), dialect.text(row.directory)
            )
            doubts = "\(row.doubts)"
        }
    }
}
