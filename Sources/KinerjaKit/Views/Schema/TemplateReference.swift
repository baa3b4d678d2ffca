/// The name tables of docs/templates.md, made from the views' schemas: the page keeps its prose, and
/// between `<!-- names: KEY -->` and `<!-- /names -->` the table of `KEY` (`TemplateReference.tables`).
/// A test compares the committed page with `updated(_:)` of it; `KINERJA_RECORD=1` rewrites it.
enum TemplateReference {
    /// Each table: its marker's key, the names, and the names left out (listed in another table).
    static var tables: [(key: String, schema: ViewSchema, skipping: Set<String>)] {
        let document = DocumentHead.schema.adding(FootnoteList.schema).adding(ReportExtras.schema)
        let documentNames = Set(document.names.map(\.name))
        return [
            ("capaian.csv", CapaianCSV.schema, []),
            ("serapan-anggaran.csv", BudgetCSV.schema, []),
            ("kepatuhan-sop.csv", ComplianceCSV.schema, []),
            ("document", document, []),
            ("kategori", Category.schema, []),
            ("narasi", NarrativeSection.schema, []),
            ("ringkasan", Summary.schema, []),
            ("anggaran", BudgetSection.schema, []),
            ("laporan-pemantauan", MonitoringReport.schema, documentNames),
            ("ringkasan-halaman", SummaryPage.schema, documentNames),
            ("lkjip", AnnualReport.schema, documentNames),
            ("index", RekapIndexView.schema, []),
            ("rekap.csv", RekapCSV.schema, []),
        ]
    }

    /// `page` with every marked table made anew; nil when a table's markers are missing.
    static func updated(_ page: String) -> String? {
        var page = page
        for table in tables {
            let open = "<!-- names: \(table.key) -->\n", close = "<!-- /names -->"
            guard let start = page.range(of: open),
                let end = page.range(of: close, range: start.upperBound..<page.endIndex)
            else { return nil }
            page.replaceSubrange(
                start.upperBound..<end.lowerBound, with: markdown(table.schema, skipping: table.skipping))
        }
        return page
    }

    /// The table of one view: a row per name, the names inside a list or piece under it (`sasaran` ›
    /// `indikator` › `kode`); a shared piece (`kategori`) is named, its names are in its own table, and a
    /// piece met again in the same table (`urut_capaian`, like `urut_instansi`) refers to the first.
    static func markdown(_ schema: ViewSchema, skipping: Set<String> = []) -> String {
        var rows = ["| name | holds | |", "| --- | --- | --- |"]
        var shown: [ObjectIdentifier: String] = [:]
        func add(_ schema: ViewSchema, path: [String]) {
            for name in schema.names where path.count > 0 || !skipping.contains(name.name) {
                let written = (path + [name.name]).map { "`\($0)`" }.joined(separator: " › ")
                let piece = name.piece.flatMap { ViewSchema($0).pieceName }
                let seen = name.piece.flatMap { shown[ObjectIdentifier($0)] }
                let holds = seen.map { "as \($0)" } ?? holds(name, piece: piece)
                rows.append("| \(written) | \(holds) | \(name.description) |")
                guard piece == nil, seen == nil, let children = name.children else { continue }
                if let type = name.piece { shown[ObjectIdentifier(type)] = written }
                add(children, path: path + [name.name])
            }
        }
        add(schema, path: [])
        return rows.joined(separator: "\n") + "\n"
    }

    private static func holds(_ name: ViewSchema.Name, piece: String?) -> String {
        let what = piece.map { "piece **\($0)**" }
        switch name.kind {
        case .text: return "text"
        case .flag: return "true/false"
        case .labels: return "the labels"
        case .object: return what ?? "piece"
        case .optionalObject: return (what ?? "piece") + ", or only `ada` false"
        case .list: return "list" + (what.map { " of \($0)" } ?? "")
        }
    }
}
