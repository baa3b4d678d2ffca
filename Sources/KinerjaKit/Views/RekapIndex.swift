import Foundation

/// The rekap of a many-agency run (docs/laporan.md, "Many agencies"): `index.md`, `index.html` and
/// `rekap.csv` in the output root, one row per agency in slug order, each linking to its reports.
/// Workspaces that failed are listed by folder name under the table, so the rekap says who is missing.
enum RekapIndex {
    /// The three files, rendered from `index.md`, `index.html` and `rekap.csv` templates. The labels are
    /// the agencies' language when they all share one, else Indonesian.
    static func files(
        rows unsorted: [AgencyRow], failed: [WorkspaceRef], templates: TemplateSet,
        dialect: CSVDialect, log: inout DiagnosticLog
    ) -> [OutputFile] {
        let rows = unsorted.sorted(by: AgencyRow.inIndexOrder)
        let languages = Set(rows.map(\.language))
        let language = languages.count == 1 ? languages.first! : .id
        TemplateNameCheck.check([.index, .rekap], templates: templates, language: language, log: &log)
        // The three are rendered side by side (a province's 500 rows are tens of milliseconds each), each from
        // a context of its own; they come out in this order whatever finishes first.
        let names = ["index.md", "index.html", "rekap.csv"]
        let labels = templates.labels(language)
        let rendered = ConcurrentSlots.map(names.count) { index -> OutputFile? in
            let name = names[index]
            guard name != "rekap.csv" else { return rekapCSV(rows, templates: templates, dialect: dialect) }
            let context = context(rows, failed: failed, labels: labels, format: DisplayFormat(language: language))
            return templates.render(name, context).map { OutputFile(name: name, data: Data($0.utf8)) }
        }
        return rendered.compactMap { $0 ?? nil }
    }

    /// rekap.csv alone, rows in the order given; nil when its template does not render.
    static func rekapCSV(_ rows: [AgencyRow], templates: TemplateSet, dialect: CSVDialect) -> OutputFile? {
        templates.render("rekap.csv", csvContext(rows, dialect: dialect)).map {
            OutputFile(name: "rekap.csv", data: dialect.finish($0))
        }
    }

    static func context(
        _ rows: [AgencyRow], failed: [WorkspaceRef], labels: [String: String],
        format: DisplayFormat
    ) -> [String: Any] {
        RekapIndexView(rows, failed: failed, labels: labels, format: format).context
    }

    /// rekap.csv: one row per agency, values unrounded except percentages (2 decimals), for the dialect.
    static func csvContext(_ rows: [AgencyRow], dialect: CSVDialect) -> [String: Any] {
        RekapCSV(rows, dialect: dialect).context
    }
}
