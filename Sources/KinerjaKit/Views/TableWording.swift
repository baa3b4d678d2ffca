/// The reports' fixed words name the tables as CSV files (`Tidak ada realisasi untuk triwulan ini di
/// realisasi.csv.`); a workspace whose tables are sheets of a workbook reads them as sheets instead
/// (`… di lembar realisasi.`, `sheet realisasi has no value for this quarter.`), so a planner is never
/// sent looking for a file they do not have.
enum TableWording {
    static func adapt(_ labels: [String: String], language: Language, workbook: Bool) -> [String: String] {
        guard workbook else { return labels }
        let replacements = TableSchema.all.map { table in
            (table.name + ".csv", language == .en ? "sheet \(table.name)" : "lembar \(table.name)")
        }
        return labels.mapValues { text in
            guard text.contains(".csv") else { return text }
            return replacements.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        }
    }
}
