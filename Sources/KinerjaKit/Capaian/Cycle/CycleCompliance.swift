import Foundation

/// One SOP step measured against the cycle's record of it (docs/siklus.md, sections 4 to 6).
public struct StepCompliance: Sendable {
    /// Its figures are held by one object: a copy of a step (into a view's rows) is one retain, not one for each
    /// of its texts and arrays (issue 22).
    private let figures: Shared<Figures>

    init(
        number: Int, step: SOP.Step?, record: CycleRecord?, deadline: Moment?, status: StepStatus?,
        lateness: WorkingSpan?, duration: WorkingSpan?, findings: [CycleFinding]
    ) {
        figures = Shared(
            Figures(
                number: number, step: step, record: record, deadline: deadline, status: status, lateness: lateness,
                duration: duration, findings: findings))
    }

    public var number: Int { figures.value.number }
    /// nil for a record of a step the SOP lacks.
    public var step: SOP.Step? { figures.value.step }
    public var record: CycleRecord? { figures.value.record }
    /// Start plus standard time; nil without a record or without a standard time.
    public var deadline: Moment? { figures.value.deadline }
    /// nil only for a record of a step the SOP lacks.
    public var status: StepStatus? { figures.value.status }
    /// How far past the deadline: finish − deadline when terlambat; report date − deadline when melewati batas.
    public var lateness: WorkingSpan? { figures.value.lateness }
    /// How long the step took, when it finished.
    public var duration: WorkingSpan? { figures.value.duration }
    public var findings: [CycleFinding] { figures.value.findings }

    /// The lateness in the step's standard unit (`2 hari`, `45 menit`); nil when not late.
    public func latenessText(language: Language) -> String? {
        lateness?.text(unit: step?.standard?.unit, language: language)
    }

    private struct Figures: Sendable {
        let number: Int
        let step: SOP.Step?
        let record: CycleRecord?
        let deadline: Moment?
        let status: StepStatus?
        let lateness: WorkingSpan?
        let duration: WorkingSpan?
        let findings: [CycleFinding]
    }
}

/// The whole cycle of one period against its SOP: each step's status, the findings, the on-time
/// share, elapsed time against the sum of the standard times, and the step that held it up most.
public struct CycleCompliance: Sendable {
    public let sop: SOP
    /// Every step of the SOP, in its order.
    public let steps: [StepCompliance]
    /// Records of step numbers the SOP does not have, in siklus.csv order.
    public let extraRecords: [StepCompliance]
    /// The report's `tanggal`: statuses of unfinished steps are as of this day.
    public let asOf: CalendarDate

    /// Steps finished on time, and their share of all the SOP's steps in percent (9 of 13 → 69,23…).
    public var onTimeCount: Int { steps.filter { $0.status == .tepatWaktu }.count }
    public var onTimeShare: Decimal {
        DecimalArithmetic.quotient(DecimalArithmetic.product(Decimal(onTimeCount), 100), Decimal(steps.count))
    }

    /// Whether siklus.csv holds any record for the period. Without one, the reports say that no cycle
    /// was recorded yet instead of "0,00% (0 dari 13 langkah tepat waktu)".
    public var hasRecords: Bool { steps.contains { $0.record != nil } || !extraRecords.isEmpty }

    public func count(_ status: StepStatus) -> Int { steps.filter { $0.status == status }.count }

    /// Sum of the standard times: working days (days, weeks × 5) and clock minutes, kept apart.
    public var standardWorkingDays: Int { steps.compactMap(\.step?.standard?.workingDays).reduce(0, +) }
    public var standardClockMinutes: Int { steps.compactMap(\.step?.standard?.clockMinutes).reduce(0, +) }

    /// The sum in working days, clock time counted at 7,5 jam a day:
    /// 7 hari + 785 menit → 7 + 785/450 = 8,744… hari kerja.
    public var standardTotal: Decimal {
        DecimalArithmetic.sum(
            Decimal(standardWorkingDays),
            DecimalArithmetic.quotient(
                Decimal(standardClockMinutes), Decimal(WorkingCalendar.minutesPerWorkingDay)))
    }

    /// First recorded start of an SOP step.
    public let start: Moment?
    /// Last finish when every step has finished; otherwise the report date.
    public let end: Moment?
    /// Whether every step of the SOP has finished.
    public let isComplete: Bool
    /// Working days from the first start to `end` (after the start's date, up to and including `end`'s).
    public let elapsedWorkingDays: Int?

    /// The step furthest past its deadline (terlambat or melewati batas); the earlier step on a tie.
    public var slowest: StepCompliance? {
        steps.filter { $0.lateness != nil }.max { a, b in
            a.lateness! < b.lateness! || (a.lateness! == b.lateness! && a.number > b.number)
        }
    }

    /// Every finding, SOP steps first, then records of unknown steps.
    public var findings: [(number: Int, finding: CycleFinding)] {
        (steps + extraRecords).flatMap { row in row.findings.map { (row.number, $0) } }
    }

    /// Measures `records` (one period's, one per step) against `sop`.
    ///
    /// Example (docs/siklus.md): step 4 `3 Hari`, mulai Tue 2024-10-01 13:00, selesai Tue 2024-10-08 16:00:
    /// batas Fri 2024-10-04 13:00 → terlambat 2 hari (Mon 7 and Tue 8 October).
    public init(sop: SOP, records: [CycleRecord], calendar: WorkingCalendar, asOf: CalendarDate) {
        self.sop = sop
        self.asOf = asOf
        let byStep = Dictionary(records.map { ($0.step, $0) }, uniquingKeysWith: { first, _ in first })
        let reportDay = Moment(date: asOf)
        let roles = Self.roles(of: sop)

        steps = sop.steps.map { step in
            var findings: [CycleFinding] = []
            if step.standard == nil { findings.append(.noStandard) }
            guard let record = byStep[step.number] else {
                return StepCompliance(
                    number: step.number, step: step, record: nil, deadline: nil,
                    status: .tidakDilaksanakan, lateness: nil, duration: nil, findings: findings)
            }
            if let written = record.executor, let role = Self.role(in: written, roles: roles), role != step.executor {
                findings.append(.otherExecutor(actual: role, expected: step.executor))
            }
            if let previous = sop.step(before: step.number), let before = byStep[previous.number] {
                let stillRunning = before.finish == nil
                if stillRunning || before.finish!.isAfter(record.start) {
                    findings.append(.startedBeforePrevious(previous.number))
                }
            }
            let deadline = step.standard.map { calendar.deadline(start: record.start, standard: $0) }
            let status: StepStatus
            var lateness: WorkingSpan?
            var duration: WorkingSpan?
            if let finish = record.finish {
                duration = WorkingSpan.between(record.start, finish, calendar: calendar)
                if let deadline, finish.isAfter(deadline) {
                    status = .terlambat
                    lateness = WorkingSpan.between(deadline, finish, calendar: calendar)
                } else {
                    status = .tepatWaktu
                }
            } else if let deadline, reportDay.date > deadline.date {
                status = .melewatiBatas
                lateness = WorkingSpan.between(deadline, reportDay, calendar: calendar)
            } else {
                status = .berjalan
            }
            return StepCompliance(
                number: step.number, step: step, record: record, deadline: deadline,
                status: status, lateness: lateness, duration: duration, findings: findings)
        }
        extraRecords = records.filter { sop.step($0.step) == nil }.map { record in
            StepCompliance(
                number: record.step, step: nil, record: record, deadline: nil, status: nil,
                lateness: nil, duration: nil, findings: [.unknownStep])
        }

        let measured = steps.compactMap(\.record)
        let first = measured.map(\.start).min { $1.isAfter($0) }
        start = first
        isComplete = steps.allSatisfy { $0.record?.finish != nil }
        end = first == nil ? nil : (isComplete ? measured.compactMap(\.finish).max { $1.isAfter($0) } : reportDay)
        if let first, let end {
            elapsedWorkingDays = calendar.workingDays(after: first.date, through: end.date)
        } else {
            elapsedWorkingDays = nil
        }
    }

    /// The SOP role a record's `pelaksana` names: the whole text (`Sekretaris`) or a role in brackets
    /// after a name (`ANDI SAPUTRA (Perencana)`). nil for a bare name: its role cannot be known.
    static func role(in text: String, sop: SOP) -> String? { role(in: text, roles: roles(of: sop)) }

    /// `role(in:sop:)` with the SOP's roles by their normalised spelling (`roles(of:)`).
    private static func role(in text: String, roles: [String: String]) -> String? {
        if let role = roles[SOP.normalize(text)] { return role }
        guard let open = text.lastIndex(of: "("), let close = text.lastIndex(of: ")"), open < close else { return nil }
        return roles[SOP.normalize(String(text[text.index(after: open)..<close]))]
    }

    /// The SOP's roles by `SOP.normalize` of each, the first of any two alike: the answers of `SOP.role(named:)`
    /// with each role normalised once, not at every record's lookup.
    private static func roles(of sop: SOP) -> [String: String] {
        Dictionary(sop.roles.map { (SOP.normalize($0), $0) }, uniquingKeysWith: { first, _ in first })
    }
}
