/// The view of kepatuhan-sop.csv (docs/siklus.md): one row per SOP step, then one per record of a step
/// the SOP lacks (status empty). Times ISO 8601 local; `keterlambatan` in the standard's unit and
/// `temuan` in Indonesian, like the other machine CSVs.
struct ComplianceCSV: TemplateView {
    let period: String
    let rows: [Row]

    static let fields: [ViewField<Self>] = [
        .text("periode", "the report period, `2024-TW3` or `2024`", \.period),
        .list(
            "baris",
            "one item per SOP step, then one per record of a step the SOP lacks (its `status` empty); the columns of kepatuhan-sop.csv ([laporan.md](laporan.md)); statuses from [siklus.md](siklus.md)",
            \.rows),
    ]

    init(_ report: PerformanceReport, dialect: CSVDialect, labels: [String: String]) {
        let period = report.period.label(year: report.profile.year)
        self.period = period
        guard let cycle = report.cycle else {
            rows = []
            return
        }
        rows = (cycle.steps + cycle.extraRecords).map { Row($0, period: period, dialect, labels: labels) }
    }

    static func context(_ report: PerformanceReport, dialect: CSVDialect, labels: [String: String]) -> [String: Any] {
        ComplianceCSV(report, dialect: dialect, labels: labels).context
    }

    /// A class, as `IndicatorRow` is: one reference to box and to read.
    final class Row: TemplateView {
        let period: String, number: String, description: String, sopExecutor: String, executor: String
        let standard: String, start: String, finish: String, deadline: String, status: String
        let lateness: String, findings: String

        static let fields: [ViewField<Row>] = [
            .text("periode", "the report period", \.period),
            .text("langkah", "the step's number", \.number),
            .text("uraian", "what the step is", \.description),
            .text("pelaksana_sop", "its executor in the SOP", \.sopExecutor),
            .text("pelaksana", "who did it, as recorded", \.executor),
            .text("waktu_baku", "the standard time", \.standard),
            .text("mulai", "the record's start", \.start),
            .text("selesai", "its finish", \.finish),
            .text("batas", "the deadline", \.deadline),
            .text("status", "the status (`tepat-waktu`, …)", \.status),
            .text("keterlambatan", "how late, in the standard's unit", \.lateness),
            .text("temuan", "the findings, in Indonesian, joined by `; `", \.findings),
        ]

        init(_ row: StepCompliance, period: String, _ dialect: CSVDialect, labels: [String: String]) {
            (self.period, number) = (period, "\(row.number)")
            (description, sopExecutor) = (dialect.text(row.step?.description), dialect.text(row.step?.executor))
            (executor, standard) = (dialect.text(row.record?.executor), dialect.text(row.step?.standard?.text))
            (start, finish) = (row.record?.start.iso ?? "", row.record?.finish?.iso ?? "")
            (deadline, status) = (row.deadline?.iso ?? "", row.status?.rawValue ?? "")
            lateness = dialect.text(row.latenessText(language: .id))
            findings = dialect.text(
                row.findings.isEmpty
                    ? nil
                    : row.findings.map { CycleSection.findingText($0, labels: labels) }.joined(separator: "; "))
        }
    }
}
