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
        var context = context(
            rows, failed: failed, labels: templates.labels(language), format: DisplayFormat(language: language))
        var files: [OutputFile] = []
        for name in ["index.md", "index.html"] {
            if let text = templates.render(name, context) {
                files.append(OutputFile(name: name, data: Data(text.utf8)))
            }
        }
        context = csvContext(rows, dialect: dialect)
        if let text = templates.render("rekap.csv", context) {
            files.append(OutputFile(name: "rekap.csv", data: dialect.finish(text)))
        }
        return files
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
