import Foundation

/// The "Pelaksanaan Pemantauan" section of the monitoring report (docs/laporan.md item 7, docs/siklus.md): the
/// SOP's table with each step's actual start, finish and status, the flow as a swimlane, the
/// on-time share, elapsed time against the standard, the slowest step and the findings.
struct CycleSection: TemplateView {
    let hasRecords: Bool
    let sop: SOPPiece
    let roles: [Role]
    let steps: [Step]
    let extraRecords: [StepRecord]
    let onTime: String, stepCount: String, share: String, shareValue: String
    let perStatus: [StatusCount]
    let elapsed: Elapsed
    let standard: Standard
    let difference: String
    let slowest: Slowest?
    let findings: [Finding]
    let swimlane: Swimlane

    static let fields: [ViewField<Self>] = [
        .flag(
            "ada_catatan",
            "false when siklus.csv has no record for the report's period: the default partials then print `l.pelaksanaan_belum_dicatat` instead of the figures and the table (every step would read `tidak dilaksanakan`, 0 of them on time)",
            \.hasRecords),
        .object("sop", "the SOP", \.sop),
        .list("pelaksana", "the SOP's roles in column order", \.roles),
        .list("langkah", "one item per SOP step", \.steps),
        .list("langkah_lain", "records for step numbers the SOP lacks", \.extraRecords),
        .flag("ada_langkah_lain", "whether there is any", { !$0.extraRecords.isEmpty }),
        .text("tepat_waktu", "steps on time", \.onTime),
        .text("jumlah_langkah", "steps of the SOP", \.stepCount),
        .text("persen_tepat_waktu", "the on-time share", \.share),
        .text("persen_tepat_waktu_nilai", "the same, unrounded", \.shareValue),
        .list("per_status", "one item per status", \.perStatus),
        .object("lama", "elapsed time", \.elapsed),
        .object("baku", "the sum of the standard times", \.standard),
        .text("selisih", "elapsed minus the standard, in working days, signed", \.difference),
        .optional("paling_lambat", "the step furthest past its deadline", \.slowest),
        .list("temuan", "every finding", \.findings),
        .flag("ada_temuan", "whether there is any", { !$0.findings.isEmpty }),
        .object("alur", "the swimlane's geometry (`_alur.html`)", \.swimlane),
    ]

    init(_ cycle: CycleCompliance, _ c: borrowing ReportContext) {
        let sop = cycle.sop
        let format = c.format
        hasRecords = cycle.hasRecords
        self.sop = SOPPiece(sop, format)
        roles = sop.roles.map(Role.init)
        steps = cycle.steps.map { Step($0, roles: sop.roles, c) }
        slowest = cycle.slowest.map { Slowest($0, c) }
        let difference = cycle.elapsedWorkingDays.map { DecimalArithmetic.difference(Decimal($0), cycle.standardTotal) }
        findings = cycle.findings.map {
            Finding(number: "\($0.number)", text: Self.findingText($0.finding, labels: c.labels))
        }
        extraRecords = cycle.extraRecords.map { StepRecord($0, c) }
        (onTime, stepCount) = ("\(cycle.onTimeCount)", "\(cycle.steps.count)")
        (share, shareValue) = (format.percent(cycle.onTimeShare), cycle.onTimeShare.plainString)
        perStatus = StepStatus.allCases.map {
            StatusCount(code: $0.rawValue, label: c.label(Self.statusKey($0)), count: "\(cycle.count($0))")
        }
        elapsed = Elapsed(cycle, format)
        standard = Standard(cycle, format)
        self.difference = difference.map(format.signedPoints) ?? ""
        swimlane = Self.swimlane(cycle, c)
    }

    static func swimlane(_ cycle: CycleCompliance, _ c: ReportContext) -> Swimlane {
        let rows = cycle.steps.map { row -> Swimlane.Row in
            let status = row.status!
            let late = row.latenessText(language: c.format.language).map { " " + $0 } ?? ""
            return Swimlane.Row(
                number: row.number, lane: cycle.sop.roles.firstIndex(of: row.step!.executor) ?? 0,
                statusClass: "s-" + status.rawValue, statusText: c.label(statusKey(status)) + late,
                late: row.lateness != nil)
        }
        return Swimlane(lanes: cycle.sop.roles, rows: rows)
    }

    static func statusKey(_ status: StepStatus) -> String { ReportContext.key("siklus_", status) }

    /// A finding in words, from the label file's pattern (`{pelaksana}` and the like filled in).
    static func findingText(_ finding: CycleFinding, labels: [String: String]) -> String {
        func fill(_ key: String, _ values: [String: String]) -> String {
            values.reduce(labels[key] ?? key) { TextReplacement.replacing($0, "{\($1.key)}", with: $1.value) }
        }
        switch finding {
        case .otherExecutor(let actual, let expected):
            return fill("temuan_pelaksana", ["pelaksana": actual, "pelaksana_sop": expected])
        case .unknownStep: return fill("temuan_langkah_tidak_dikenal", [:])
        case .startedBeforePrevious(let n): return fill("temuan_mulai_sebelum_selesai", ["langkah": "\(n)"])
        case .noStandard: return fill("temuan_tanpa_waktu_baku", [:])
        }
    }
}
