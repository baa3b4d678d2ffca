import Foundation

/// The pieces of the "Pelaksanaan Pemantauan" section (`CycleSection`).
extension CycleSection {
    /// `sop`.
    struct SOPPiece: TemplateView {
        let name: String, number: String?, approved: String?, source: String
        static let fields: [ViewField<Self>] = [
            .text("nama", "the SOP's name", \.name),
            .text("nomor", "its number", { $0.number ?? "" }),
            .flag("ada_nomor", "whether it has one", { $0.number != nil }),
            .text("disahkan", "the date it was approved", { $0.approved ?? "" }),
            .flag("ada_disahkan", "whether it has one", { $0.approved != nil }),
            .text("sumber", "`sop.yaml` or `SOP/<name>.yaml`", \.source),
        ]

        init(_ sop: SOP, _ format: DisplayFormat) {
            (name, number, approved, source) = (sop.name, sop.number, sop.approved.map(format.date), sop.source)
        }
    }

    struct Role: TemplateView {
        let name: String
        static let fields: [ViewField<Self>] = [.text("nama", "the role", \.name)]
    }

    /// What a record says about one step: dates, status, lateness, executor, findings, catatan.
    /// A class, as `IndicatorRow` is: one reference to box and to read (and `Step` reads its names through it).
    final class StepRecord: TemplateView {
        let number: String, description: String, start: String, finish: String, deadline: String
        let status: String, statusCode: String, late: Bool, lateness: String, isLate: Bool, executor: String?
        let findings: [String], note: String?

        static let fields: [ViewField<StepRecord>] = [
            .text("no", "the step's number", \.number),
            .text("uraian", "what the step is", \.description),
            .text("mulai", "the record's start", \.start),
            .text("selesai", "its finish", \.finish),
            .text("batas", "the deadline", \.deadline),
            .text("status", "the status's label", \.status),
            .text("status_kode", "`tepat-waktu`, …", \.statusCode),
            .flag("terlambat", "true when late or past the deadline", \.late),
            .text("keterlambatan", "how late", \.lateness),
            .flag("ada_keterlambatan", "whether it was late", \.isLate),
            .text("pelaksana", "who did it, as recorded", { $0.executor ?? "" }),
            .flag("ada_pelaksana", "whether the record says", { $0.executor != nil }),
            .text("temuan", "the step's findings joined by `; `", { $0.findings.joined(separator: "; ") }),
            .flag("ada_temuan", "whether it has any", { !$0.findings.isEmpty }),
            .text("catatan", "the record's catatan", { $0.note ?? "" }),
            .flag("ada_catatan", "whether it has one", { $0.note != nil }),
        ]

        init(_ row: StepCompliance, _ c: borrowing ReportContext) {
            let format = c.format
            let record = row.record
            (number, description) = ("\(row.number)", row.step?.description ?? "")
            start = record.map { format.moment($0.start) } ?? DisplayFormat.absent
            finish = record?.finish.map(format.moment) ?? DisplayFormat.absent
            deadline = row.deadline.map(format.moment) ?? DisplayFormat.absent
            status = row.status.map { c.label(CycleSection.statusKey($0)) } ?? ""
            statusCode = row.status?.rawValue ?? ""
            late = row.status == .terlambat || row.status == .melewatiBatas
            (lateness, isLate) = (row.latenessText(language: format.language) ?? "", row.lateness != nil)
            executor = record?.executor
            findings = row.findings.map { CycleSection.findingText($0, labels: c.labels) }
            note = record?.note
        }
    }

    /// A step of the SOP's table (`langkah`): the SOP's columns, then the record's names.
    /// A class, as `IndicatorRow` is: one reference to box and to read.
    final class Step: TemplateView {
        let record: StepRecord, executor: String, marks: [Mark], requirements: String, time: String, output: String

        static let fields: [ViewField<Step>] = [
            .text("pelaksana_sop", "the step's executor in the SOP", \.executor),
            .list("tanda", "one item per role", \.marks),
            .text("kelengkapan", "the SOP's kelengkapan", \.requirements),
            .text("waktu", "the standard time as written in the SOP", \.time),
            .text("output", "the SOP's output", \.output),
            .inline(\.record),
        ]

        init(_ row: StepCompliance, roles: [String], _ c: borrowing ReportContext) {
            let step = row.step!
            record = StepRecord(row, c)
            executor = step.executor
            marks = roles.map { Mark(present: $0 == step.executor, role: $0) }
            (requirements, time, output) = (
                step.requirements ?? "", step.standard?.text ?? DisplayFormat.absent, step.output ?? ""
            )
        }
    }

    struct Mark: TemplateView {
        let present: Bool, role: String
        static let fields: [ViewField<Self>] = [
            .flag("ada", "true in the executor's column", \.present),
            .text("pelaksana", "the role", \.role),
        ]
    }

    /// `paling_lambat`: the names of a `langkah` item, and how long the step took.
    struct Slowest: TemplateView {
        let record: StepRecord, executor: String, time: String, duration: String?

        static let fields: [ViewField<Self>] = [
            .inline(\.record),
            .text("pelaksana_sop", "the step's executor in the SOP", \.executor),
            .text("waktu", "the standard time", \.time),
            .text("durasi", "how long it took", { $0.duration ?? "" }),
            .flag("ada_durasi", "whether that is known", { $0.duration != nil }),
        ]

        init(_ row: StepCompliance, _ c: borrowing ReportContext) {
            let step = row.step!
            (record, executor, time) = (StepRecord(row, c), step.executor, step.standard?.text ?? "")
            duration = row.duration.map { $0.text(unit: nil, language: c.format.language) }
        }
    }

    struct StatusCount: TemplateView {
        let code: String, label: String, count: String
        static let fields: [ViewField<Self>] = [
            .text("kode", "the status", \.code),
            .text("label", "its label", \.label),
            .text("jumlah", "how many steps have it", \.count),
        ]
    }

    /// `lama`.
    struct Elapsed: TemplateView {
        let known: Bool, days: String, start: String, end: String, complete: Bool
        static let fields: [ViewField<Self>] = [
            .flag("ada", "whether it is known", \.known),
            .text("hari_kerja", "in working days", \.days),
            .text("mulai", "the first start", \.start),
            .text("akhir", "the last finish, or the report date", \.end),
            .flag("selesai", "true when every step has finished", \.complete),
        ]

        init(_ cycle: CycleCompliance, _ format: DisplayFormat) {
            (known, days) = (cycle.elapsedWorkingDays != nil, cycle.elapsedWorkingDays.map { "\($0)" } ?? "")
            (start, end) = (cycle.start.map(format.moment) ?? "", cycle.end.map(format.moment) ?? "")
            complete = cycle.isComplete
        }
    }

    /// `baku`.
    struct Standard: TemplateView {
        let text: String, days: String, hasHours: Bool, hoursPerDay: String
        static let fields: [ViewField<Self>] = [
            .text("teks", "`7 hari + 13 jam 5 menit`", \.text),
            .text("hari_kerja", "the clock time at `jam_per_hari` hours a day, in working days", \.days),
            .flag("ada_jam", "whether any standard is in hours", \.hasHours),
            .text("jam_per_hari", "hours of a working day", \.hoursPerDay),
        ]

        init(_ cycle: CycleCompliance, _ format: DisplayFormat) {
            // Each sum over the steps taken once.
            let (workingDays, clockMinutes) = (cycle.standardWorkingDays, cycle.standardClockMinutes)
            let parts = [
                workingDays > 0
                    ? WorkingSpan(workingDays: workingDays).text(unit: .day, language: format.language) : nil,
                clockMinutes > 0
                    ? WorkingSpan(minutes: clockMinutes).text(unit: .hour, language: format.language) : nil,
            ].compactMap { $0 }
            text = parts.joined(separator: " + ")
            days = format.points(cycle.standardTotal)
            hasHours = clockMinutes > 0
            hoursPerDay = format.number(
                DecimalArithmetic.quotient(Decimal(WorkingCalendar.minutesPerWorkingDay), 60))
        }
    }

    struct Finding: TemplateView {
        let number: String, text: String
        static let fields: [ViewField<Self>] = [
            .text("no", "the step", \.number),
            .text("teks", "the finding in words", \.text),
        ]
    }
}
