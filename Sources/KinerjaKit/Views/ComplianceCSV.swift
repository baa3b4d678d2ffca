import Foundation

/// The template context of kepatuhan-sop.csv (docs/siklus.md): one row per SOP step, then one per record
/// of a step the SOP lacks (status empty). Times ISO 8601 local; `keterlambatan` in the standard's
/// unit and `temuan` in Indonesian, like the other machine CSVs.
enum ComplianceCSV {
    static func context(_ report: PerformanceReport, dialect: CSVDialect, labels: [String: String]) -> [String: Any] {
        guard let cycle = report.cycle else { return ["baris": []] }
        let periodLabel = report.period.label(year: report.profile.year)
        let rows: [[String: Any]] = (cycle.steps + cycle.extraRecords).map { row in
            [
                "periode": periodLabel, "langkah": "\(row.number)",
                "uraian": dialect.text(row.step?.description),
                "pelaksana_sop": dialect.text(row.step?.executor),
                "pelaksana": dialect.text(row.record?.executor),
                "waktu_baku": dialect.text(row.step?.standard?.text),
                "mulai": row.record?.start.iso ?? "", "selesai": row.record?.finish?.iso ?? "",
                "batas": row.deadline?.iso ?? "", "status": row.status?.rawValue ?? "",
                "keterlambatan": dialect.text(row.latenessText(language: .id)),
                "temuan": dialect.text(row.findings.isEmpty ? nil
                    : row.findings.map { CycleSection.findingText($0, labels: labels) }.joined(separator: "; ")),
            ]
        }
        return ["baris": rows, "periode": periodLabel]
    }
}
