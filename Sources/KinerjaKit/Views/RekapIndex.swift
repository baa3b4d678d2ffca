import Foundation

/// The rekap of a many-agency run (docs/laporan.md, "Many agencies"): `index.md`, `index.html` and
/// `rekap.csv` in the output root, one row per agency in slug order, each linking to its reports.
/// Workspaces that failed are listed by folder name under the table, so the rekap says who is missing.
enum RekapIndex {
    /// The three files, rendered from `index.md`, `index.html` and `rekap.csv` templates. The labels are
    /// the agencies' language when they all share one, else Indonesian.
    static func files(rows unsorted: [AgencyRow], failed: [WorkspaceRef], templates: TemplateSet,
                             dialect: CSVDialect, log: inout DiagnosticLog) -> [OutputFile] {
        let rows = unsorted.sorted(by: AgencyRow.inIndexOrder)
        let languages = Set(rows.map(\.language))
        let language = languages.count == 1 ? languages.first! : .id
        var context = context(rows, failed: failed, labels: templates.labels(language), format: DisplayFormat(language: language))
        var files: [OutputFile] = []
        var check = TemplateNameCheck(templates: templates)
        for name in ["index.md", "index.html"] {
            check.check(name, context: context, log: &log)
            if let text = templates.render(name, context) { files.append(OutputFile(name: name, data: Data(text.utf8))) }
        }
        context = csvContext(rows, dialect: dialect)
        check.check("rekap.csv", context: context, log: &log)
        if let text = templates.render("rekap.csv", context) { files.append(OutputFile(name: "rekap.csv", data: dialect.finish(text))) }
        return files
    }

    static func context(_ rows: [AgencyRow], failed: [WorkspaceRef], labels: [String: String],
                        format: DisplayFormat) -> [String: Any] {
        func percent(_ value: Decimal?) -> String { value.map(format.percent) ?? DisplayFormat.absent }
        func period(_ row: AgencyRow) -> String { "\(format.period(row.period)) \(row.year)" }
        let displayed: [[String: Any]] = rows.map { row in
            let documents: [[String: Any]] = row.documents.enumerated().map { offset, kind in
                let name = kind.rawValue
                let title = kind.linkLabel.flatMap { labels[$0] } ?? name
                return ["nama": title, "md": "\(row.directory)/\(name).md", "html": "\(row.directory)/\(name).html",
                        "pemisah": offset == row.documents.count - 1 ? "" : ";"]
            }
            return [
                "instansi": row.agency, "pemerintah": row.government, "slug": row.slug,
                "periode": period(row),
                "jumlah_indikator": "\(row.indicatorCount)", "jumlah_iku": "\(row.keyIndicatorCount)",
                "rata_rata": percent(row.average),
                "kategori": row.category.map { ["ada": true, "label": format.label($0), "warna": "k\(row.colourStep ?? 0)"] }
                    ?? ["ada": false, "label": DisplayFormat.absent, "warna": ""],
                "tanpa_capaian": "\(row.withoutCapaian)",
                "serapan": percent(row.budgetAbsorption), "tepat_waktu": percent(row.onTimeShare),
                "laporan": documents, "folder": row.directory,
            ]
        }
        // The pre-sorted views of the HTML index, each numbered in its own order: by slug, and highest
        // first by a figure, agencies without it last, ties by slug.
        func view(_ order: [Int]) -> [String: Any] {
            ["baris": order.enumerated().map { rank, index in displayed[index].merging(["nomor": "\(rank + 1)"]) { $1 } }]
        }
        func view(by value: (AgencyRow) -> Decimal?) -> [String: Any] {
            view(rows.indices.sorted { a, b in
                switch (value(rows[a]), value(rows[b])) {
                case let (x?, y?) where x != y: return x > y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a < b
                }
            })
        }
        let governments = Set(rows.map(\.government)), periods = Set(rows.map(period))
        return [
            "bahasa": format.language.rawValue, "l": labels,
            "pemerintah": governments.count == 1 ? governments.first! : "",
            "ada_pemerintah": governments.count == 1,
            "periode": periods.count == 1 ? periods.first! : "", "ada_periode": periods.count == 1,
            "jumlah_instansi": "\(rows.count)",
            "baris": displayed,
            "urut_instansi": view(Array(rows.indices)), "urut_capaian": view { $0.average },
            "urut_serapan": view { $0.budgetAbsorption }, "urut_siklus": view { $0.onTimeShare },
            "grafik": RekapChart(averages: rows.compactMap(\.average)).context,
            "tanpa_rata_rata": "\(rows.filter { $0.average == nil }.count)",
            "gagal": failed.map(\.name).sorted().map { ["folder": $0] }, "ada_gagal": !failed.isEmpty,
        ]
    }

    /// rekap.csv: one row per agency, values unrounded except percentages (2 decimals), for the dialect.
    static func csvContext(_ rows: [AgencyRow], dialect: CSVDialect) -> [String: Any] {
        ["baris": rows.map { row -> [String: Any] in
            [
                "slug": dialect.text(row.slug), "instansi": dialect.text(row.agency),
                "pemerintah": dialect.text(row.government), "periode": row.period.label(year: row.year),
                "jumlah_indikator": "\(row.indicatorCount)", "jumlah_iku": "\(row.keyIndicatorCount)",
                "rata_rata_capaian": dialect.percent(row.average), "kategori": dialect.text(row.category?.label),
                "iku_tanpa_capaian": "\(row.withoutCapaian)", "serapan": dialect.percent(row.budgetAbsorption),
                "tepat_waktu": dialect.percent(row.onTimeShare), "folder": dialect.text(row.directory),
            ]
        }]
    }
}
