import Foundation
import Testing

@testable import KinerjaKit

/// `waktu` in the SOP: Indonesian and English units, singular and plural, any case (docs/siklus.md).
struct StandardTimeTests {
    static let readable: [(String, Int, StandardTime.Unit)] = [
        ("15 Menit", 15, .minute), ("10 menit", 10, .minute), ("45 minutes", 45, .minute), ("1 minute", 1, .minute),
        ("2 Jam", 2, .hour), ("6 JAM", 6, .hour), ("1 hour", 1, .hour), ("3 hours", 3, .hour),
        ("3 hari", 3, .day), ("7 Hari", 7, .day), ("2 days", 2, .day), ("1 Day", 1, .day), ("2 hari kerja", 2, .day),
        ("1 Minggu", 1, .week), ("2 weeks", 2, .week), ("1 week", 1, .week), ("  3   Hari ", 3, .day),
    ]

    @Test(arguments: readable)
    func reads(_ text: String, _ amount: Int, _ unit: StandardTime.Unit) throws {
        let time = try #require(StandardTime(text))
        #expect(time.amount == amount)
        #expect(time.unit == unit)
        #expect(time.text == text.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: ["", "jam", "dua hari", "2", "2 bulan", "0 hari", "-1 hari", "1,5 jam", "2 harian", "hari 2"])
    func rejects(_ text: String) {
        #expect(StandardTime(text) == nil)
    }

    @Test func unitsInMinutesAndWorkingDays() throws {
        #expect(try #require(StandardTime("2 Jam")).clockMinutes == 120)
        #expect(try #require(StandardTime("1 Minggu")).workingDays == 5)
        #expect(try #require(StandardTime("3 hari")).clockMinutes == 0)
    }
}

/// The working-day calendar: Monday–Friday minus the profile's `libur`.
struct WorkingCalendarTests {
    func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
    func moment(_ text: String) -> Moment { Moment(text)! }

    @Test func weekdaysAndDayNumbers() {
        #expect(date("2024-10-01").weekday == 2)  // a Tuesday
        #expect(date("2024-10-05").weekday == 6)
        #expect(date("1970-01-01").weekday == 4)
        #expect(date("2024-02-29").adding(days: 1) == date("2024-03-01"))
        #expect(date("2024-12-31").adding(days: 1) == date("2025-01-01"))
        // Round trip over two leap years and a century boundary.
        for n in stride(from: -40_000, through: 40_000, by: 37) {
            #expect(CalendarDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test func addingSkipsWeekendsAndHolidays() {
        let plain = WorkingCalendar(holidays: [])
        #expect(plain.adding(workingDays: 1, to: date("2024-10-04")) == date("2024-10-07"))  // Fri → Mon
        #expect(plain.adding(workingDays: 3, to: date("2024-10-01")) == date("2024-10-04"))
        #expect(plain.adding(workingDays: 5, to: date("2024-10-01")) == date("2024-10-08"))
        #expect(plain.adding(workingDays: 1, to: date("2024-10-05")) == date("2024-10-07"))  // Sat → Mon
        let holidays = WorkingCalendar(holidays: [date("2024-08-19"), date("2024-08-20")])
        #expect(holidays.adding(workingDays: 1, to: date("2024-08-16")) == date("2024-08-21"))
        #expect(holidays.adding(workingDays: 3, to: date("2024-08-15")) == date("2024-08-22"))
        #expect(!holidays.isWorkingDay(date("2024-08-19")))
        #expect(holidays.isWorkingDay(date("2024-08-21")))
    }

    @Test func countingWorkingDays() {
        let calendar = WorkingCalendar(holidays: [date("2024-10-09")])
        #expect(calendar.workingDays(after: date("2024-10-01"), through: date("2024-10-08")) == 5)
        #expect(calendar.workingDays(after: date("2024-10-04"), through: date("2024-10-07")) == 1)
        #expect(calendar.workingDays(after: date("2024-10-04"), through: date("2024-10-06")) == 0)
        #expect(calendar.workingDays(after: date("2024-10-08"), through: date("2024-10-10")) == 1)  // 9th a holiday
        #expect(calendar.workingDays(after: date("2024-10-08"), through: date("2024-10-01")) == 0)
    }

    @Test func deadlines() throws {
        let calendar = WorkingCalendar(holidays: [date("2024-10-07")])
        func deadline(_ start: String, _ waktu: String) throws -> String {
            calendar.deadline(start: moment(start), standard: try #require(StandardTime(waktu))).iso
        }
        #expect(try deadline("2024-10-01 13:00", "3 hari") == "2024-10-04T13:00")
        #expect(try deadline("2024-10-04 13:00", "1 hari") == "2024-10-08T13:00")  // weekend + holiday
        #expect(try deadline("2024-10-01 08:00", "1 Minggu") == "2024-10-09T08:00")  // 5 days, Monday off
        #expect(try deadline("2024-10-01 08:30", "2 Jam") == "2024-10-01T10:30")
        #expect(try deadline("2024-10-01 23:30", "45 menit") == "2024-10-02T00:15")  // clock time crosses midnight
        #expect(try deadline("2024-10-04 16:00", "6 jam") == "2024-10-04T22:00")  // clock time ignores working hours
        #expect(try deadline("2024-10-01", "2 jam") == "2024-10-01")
        #expect(try deadline("2024-10-01", "2 hari") == "2024-10-03")
    }

    @Test func momentsRead() {
        #expect(Moment("2024-10-01 08:00")?.iso == "2024-10-01T08:00")
        #expect(Moment("2024-10-01T08:00")?.iso == "2024-10-01T08:00")
        #expect(Moment("2024-10-01 08.00")?.iso == "2024-10-01T08:00")
        #expect(Moment("2024-10-01")?.iso == "2024-10-01")
        for bad in ["2024-10-01 8:00", "2024-10-01 24:00", "2024-13-01", "01-10-2024", "2024-10-01 08:00:00", ""] {
            #expect(Moment(bad) == nil, "\(bad)")
        }
        // Date-only moments compare by date: a step recorded by date is not late on the deadline's day.
        #expect(!moment("2024-10-03").isAfter(moment("2024-10-03 08:00")))
        #expect(moment("2024-10-03 08:01").isAfter(moment("2024-10-03 08:00")))
    }
}

/// Statuses, lateness, findings and the cycle's figures (docs/siklus.md, sections 4 to 6).
struct CycleComplianceTests {
    /// Three roles, five steps with every kind of unit, and a step without a standard time.
    static let sop = SOP(
        name: "SOP Uji", roles: ["Sekretaris", "Perencana", "Kepala Dinas"],
        steps: [
            .init(
                number: 1, description: "Perintah", executor: "Kepala Dinas", requirements: nil,
                standard: StandardTime("15 menit"), output: nil),
            .init(
                number: 2, description: "Format", executor: "Perencana", requirements: nil,
                standard: StandardTime("2 jam"), output: nil),
            .init(
                number: 3, description: "Kumpul data", executor: "Sekretaris", requirements: nil,
                standard: StandardTime("3 hari"), output: nil),
            .init(
                number: 4, description: "Rapat", executor: "Kepala Dinas", requirements: nil,
                standard: StandardTime("1 minggu"), output: nil),
            .init(
                number: 5, description: "Arsip", executor: "Sekretaris", requirements: nil, standard: nil, output: nil),
        ],
        source: "sop.yaml")

    func record(_ step: Int, _ start: String, _ finish: String? = nil, by executor: String? = nil) -> CycleRecord {
        CycleRecord(
            step: step, start: Moment(start)!, finish: finish.map { Moment($0)! }, executor: executor,
            output: nil, note: nil, line: step + 1)
    }

    func compute(_ records: [CycleRecord], asOf: String = "2024-10-15") -> CycleCompliance {
        CycleCompliance(
            sop: Self.sop, records: records, calendar: WorkingCalendar(holidays: []),
            asOf: CalendarDate(iso: asOf)!)
    }

    @Test func everyStatus() {
        let cycle = compute([
            record(1, "2024-10-01 08:00", "2024-10-01 08:15"),  // exactly at the deadline
            record(2, "2024-10-01 08:30", "2024-10-01 11:15"),  // 45 minutes late
            record(3, "2024-10-01 13:00"),  // deadline 4 Oct passed, not finished
            record(4, "2024-10-14 08:00"),  // deadline 21 Oct not passed
        ])
        #expect(cycle.steps.map(\.status) == [.tepatWaktu, .terlambat, .melewatiBatas, .berjalan, .tidakDilaksanakan])
        #expect(cycle.steps[1].lateness == WorkingSpan(minutes: 45))
        #expect(cycle.steps[1].lateness?.text(unit: .hour, language: .id) == "45 menit")
        // Melewati batas: from the deadline (Fri 4 Oct) to the report date (Tue 15 Oct) = 7 working days.
        #expect(cycle.steps[2].lateness == WorkingSpan(workingDays: 7))
        #expect(cycle.steps[2].deadline?.iso == "2024-10-04T13:00")
        #expect(cycle.steps[3].deadline?.iso == "2024-10-21T08:00")
        #expect(cycle.count(.tidakDilaksanakan) == 1)
    }

    @Test func berjalanOnTheDeadlineDay() {
        // The deadline falls on the report date itself: not passed yet.
        let cycle = compute([record(1, "2024-10-15 10:00")], asOf: "2024-10-15")
        #expect(cycle.steps[0].status == .berjalan)
        let next = compute([record(1, "2024-10-15 10:00")], asOf: "2024-10-16")
        #expect(next.steps[0].status == .melewatiBatas)
        #expect(next.steps[0].lateness == WorkingSpan(workingDays: 1))
    }

    @Test func latenessInTheStandardsUnit() {
        let cycle = compute([
            record(2, "2024-10-01 08:00", "2024-10-01 11:30"),  // 2 jam → 1 jam 30 menit late
            record(3, "2024-10-01 13:00", "2024-10-08 16:00"),  // 3 hari → Mon 7 and Tue 8: 2 hari
            record(4, "2024-10-01 08:00", "2024-10-15 08:00"),  // 1 minggu: deadline 8 Oct → 1 minggu late
        ])
        #expect(cycle.steps[1].lateness?.text(unit: .hour, language: .id) == "1 jam 30 menit")
        #expect(cycle.steps[1].lateness?.text(unit: .hour, language: .en) == "1 hour 30 minutes")
        #expect(cycle.steps[2].lateness?.text(unit: .day, language: .id) == "2 hari")
        #expect(cycle.steps[2].lateness?.text(unit: .day, language: .en) == "2 days")
        #expect(cycle.steps[3].lateness?.text(unit: .week, language: .id) == "1 minggu")
        // A clock-time step finished on a later date is late by working days, at least one.
        let spill = compute([record(1, "2024-10-04 16:00", "2024-10-05 09:00")])
        #expect(spill.steps[0].lateness == WorkingSpan(workingDays: 1))
    }

    @Test func findings() {
        let cycle = compute([
            record(1, "2024-10-01 08:00", "2024-10-01 08:10", by: "Sekretaris"),  // wrong role
            record(2, "2024-10-01 08:05", "2024-10-01 09:00", by: "ANDI (Kepala Dinas)"),  // started early, wrong role
            record(3, "2024-10-01 10:00", "2024-10-02 10:00", by: "ANDI SAPUTRA"),  // a bare name: no finding
            record(4, "2024-10-02 11:00", by: "kepala  dinas"),  // same role, other spelling
            record(5, "2024-10-02 12:00", "2024-10-02 13:00"),  // previous still running
            record(9, "2024-10-03 08:00", "2024-10-03 09:00"),  // not in the SOP
        ])
        #expect(cycle.steps[0].findings == [.otherExecutor(actual: "Sekretaris", expected: "Kepala Dinas")])
        #expect(
            cycle.steps[1].findings == [
                .otherExecutor(actual: "Kepala Dinas", expected: "Perencana"),
                .startedBeforePrevious(1),
            ])
        #expect(cycle.steps[2].findings.isEmpty)
        #expect(cycle.steps[3].findings.isEmpty)
        #expect(cycle.steps[4].findings == [.noStandard, .startedBeforePrevious(4)])
        #expect(cycle.extraRecords.map(\.number) == [9])
        #expect(cycle.extraRecords[0].findings == [.unknownStep])
        #expect(cycle.extraRecords[0].status == nil)
        // A step without a standard time has no deadline: finished is on time, unfinished is running.
        #expect(cycle.steps[4].status == .tepatWaktu)
        #expect(cycle.steps[4].deadline == nil)
        #expect(cycle.findings.map(\.number) == [1, 2, 2, 5, 5, 9])
    }

    @Test func cycleFigures() {
        let cycle = compute([
            record(1, "2024-10-01 08:00", "2024-10-01 08:10"),
            record(2, "2024-10-01 08:30", "2024-10-01 10:00"),
            record(3, "2024-10-01 13:00", "2024-10-08 16:00"),  // 2 hari late
            record(4, "2024-10-09 08:00", "2024-10-18 08:00"),  // deadline 16 Oct: 2 hari late, ties step 3
            record(5, "2024-10-18 09:00", "2024-10-18 10:00"),
        ])
        #expect(cycle.onTimeCount == 3)
        #expect(cycle.onTimeShare == Decimal(60))
        #expect(cycle.isComplete)
        #expect(cycle.start?.iso == "2024-10-01T08:00")
        #expect(cycle.end?.iso == "2024-10-18T10:00")
        #expect(cycle.elapsedWorkingDays == 13)
        // 3 hari + 1 minggu = 8 working days; 15 menit + 2 jam = 135 minutes = 0,3 of a 450-minute day.
        #expect(cycle.standardWorkingDays == 8)
        #expect(cycle.standardClockMinutes == 135)
        #expect(cycle.standardTotal == decimal("8.3"))
        // Equal lateness: the earlier step is named.
        #expect(cycle.slowest?.number == 3)
        #expect(cycle.slowest?.duration == WorkingSpan(workingDays: 5))
    }

    @Test func unfinishedCycleRunsToTheReportDate() {
        let cycle = compute([record(1, "2024-10-01 08:00", "2024-10-01 08:10")], asOf: "2024-10-04")
        #expect(!cycle.isComplete)
        #expect(cycle.end?.iso == "2024-10-04")
        #expect(cycle.elapsedWorkingDays == 3)
        #expect(cycle.slowest == nil)
        let empty = compute([])
        #expect(empty.start == nil)
        #expect(empty.elapsedWorkingDays == nil)
        #expect(empty.onTimeShare == 0)
    }
}

/// The five SOPs of the seeds ship as sop.yaml files and load cleanly.
struct BundledSOPTests {
    static let expected: [(String, Int, [String])] = [
        ("disdikbud-pesisir-selatan", 13, ["Kepala Dinas", "Sekretaris", "Perencana", "Bidang-bidang dan fungsional"]),
        (
            "disdikbud-balangan", 13,
            ["Sekretaris", "Kepala Bidang", "Kasubbag Program", "Kepala Seksi", "Kepala Dinas"]
        ),
        (
            "diskominfo-pesisir-selatan", 13,
            ["Sekretaris", "Kepala Bidang", "Kasubag PKP", "Jabatan Fungsional", "Kepala Dinas"]
        ),
        ("kecamatan-sutera", 13, ["Sekretaris", "Kasubag PKP", "Kepala Seksi", "Camat"]),
        ("dpmk-way-kanan", 9, ["Kepala Badan", "Sekretaris", "Fungsional Perencana", "Tim SAKIP", "Staf"]),
    ]
    static let library = SOPLibrary(besideTemplates: Paths.templates)

    @Test func theLibraryHoldsTheFive() {
        #expect(Self.library.names == Self.expected.map(\.0).sorted())
        #expect(Self.library.names.contains(SOPLibrary.defaultName))
    }

    @Test(arguments: expected)
    func loads(_ name: String, _ steps: Int, _ roles: [String]) throws {
        var log = DiagnosticLog()
        let sop = try #require(Self.library.load(name, log: &log))
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        #expect(sop.steps.count == steps)
        #expect(sop.roles == roles)
        #expect(sop.steps.map(\.number) == Array(1...steps))
        #expect(sop.number != nil)
        #expect(!sop.legalBasis.isEmpty)
    }

    /// Spot checks against the seeds' text.
    @Test func transcription() throws {
        var log = DiagnosticLog()
        let pesisir = try #require(Self.library.load("disdikbud-pesisir-selatan", log: &log))
        #expect(pesisir.number == "000.8.6.3/394/DPK.01/2024")
        #expect(pesisir.created?.iso == "2024-02-12")
        #expect(pesisir.steps[3].standard == StandardTime(amount: 3, unit: .day, text: "3 Hari"))
        #expect(pesisir.steps[12].executor == "Bidang-bidang dan fungsional")
        #expect(
            pesisir.steps.map { $0.standard?.text ?? "" }.joined(separator: ",")
                == "10 Menit,2 Jam,1 Jam,3 Hari,2 Hari,2 Jam,1 Jam,6 Jam,1 hari,30 menit,1 hari,10 menit,15 menit")
        let kominfo = try #require(Self.library.load("diskominfo-pesisir-selatan", log: &log))
        #expect(kominfo.steps[4].requirements == "Blangko Monev")
        #expect(kominfo.steps[8].standard?.unit == .week)
        let sutera = try #require(Self.library.load("kecamatan-sutera", log: &log))
        #expect(sutera.steps[11].standard == nil && sutera.steps[12].standard == nil)
        #expect(sutera.steps[10].standard?.text == "1 hari")
    }
}

/// The cycle through a workspace and the command line.
struct CycleWorkspaceTests {
    static let base: [String: String] = [
        "profil.yaml": minimalProfile,
        "indikator.csv": "kode,tingkat,sasaran,indikator,satuan,polaritas,target\nA,sasaran,S,Indikator,%,positif,90\n",
        "realisasi.csv": "kode,periode,nilai\nA,TW3,80\n",
    ]

    func load(_ extra: [String: String]) throws -> (PerformanceReport?, DiagnosticLog) {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(Self.base.merging(extra) { $1 })
        return computeReport(folder.url)
    }

    @Test func withoutSiklusThereIsNoCycle() throws {
        let (report, log) = try load([:])
        #expect(report?.cycle == nil)
        #expect(log.diagnostics.isEmpty)
    }

    @Test func aBundledSOPByNameAndOnlyThisPeriodsRecords() throws {
        let (report, log) = try load([
            "profil.yaml": minimalProfile + "sop: dpmk-way-kanan\n",
            "siklus.csv":
                "periode,langkah,mulai,selesai\n2024-TW2,1,2024-07-01,2024-07-01\nTW3,1,2024-10-01 08:00,2024-10-01 08:30\n2023-TW3,2,2023-10-02,\n",
        ])
        let cycle = try #require(report?.cycle, "\(log.sorted)")
        #expect(cycle.sop.name == "Pengukuran Kinerja")
        #expect(cycle.steps.count == 9)
        #expect(cycle.steps[0].status == .terlambat)  // 15 Menit, took 30
        #expect(cycle.steps.dropFirst().allSatisfy { $0.status == .tidakDilaksanakan })
        #expect(log.diagnostics.isEmpty, "\(log.sorted)")
    }

    @Test func theWorkspacesOwnSOPWinsWithAWarning() throws {
        let (report, log) = try load([
            "profil.yaml": minimalProfile + "sop: dpmk-way-kanan\n",
            "sop.yaml":
                "nama: SOP Sendiri\npelaksana: [Perencana]\nlangkah:\n  - no: 1\n    uraian: Satu\n    pelaksana: perencana\n    waktu: 2 days\n",
            "siklus.csv": "periode,langkah,mulai\nTW3,1,2024-10-01\n",
        ])
        let cycle = try #require(report?.cycle)
        #expect(cycle.sop.name == "SOP Sendiri" && cycle.sop.steps[0].executor == "Perencana")
        #expect(cycle.steps[0].status == .melewatiBatas)  // batas 3 Oct, report dated 15 Oct
        #expect(
            log.warnings.map(\.message.en) == [
                "the workspace has its own sop.yaml, which is used; `sop: dpmk-way-kanan` in profil.yaml is ignored"
            ])
    }

    @Test func noRecordForThePeriodIsAWarning() throws {
        let (report, log) = try load(["siklus.csv": "periode,langkah,mulai\nTW2,1,2024-07-01\n"])
        #expect(report?.cycle?.steps.allSatisfy { $0.status == .tidakDilaksanakan } == true)
        #expect(report?.cycle?.sop.name == "Pemantauan Kinerja")  // the default SOP
        #expect(
            log.warnings.map(\.message.en) == [
                "siklus.csv has no record for 2024-TW3; every step of the SOP is reported as not done"
            ])
    }

    @Test func sopListAndShow() throws {
        let list = try runKinerja(["sop", "list"], in: Paths.root)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(
            list.stdout.contains(
                "disdikbud-pesisir-selatan (default)\n  Pemantauan Kinerja — Dinas Pendidikan dan Kebudayaan, Kabupaten Pesisir Selatan\n  000.8.6.3/394/DPK.01/2024, 13 steps, 4 roles"
            ))
        #expect(list.stdout.contains("dpmk-way-kanan\n  Pengukuran Kinerja"))
        let show = try runKinerja(["sop", "show", "diskominfo-pesisir-selatan"], in: Paths.root)
        #expect(show.status == 0)
        #expect(
            show.stdout.contains(
                "9. Membahas draft laporan hasil monitoring\n   pelaksana: Kasubag PKP  ·  waktu: 1 Minggu"))
        let yaml = try runKinerja(["sop", "show", "kecamatan-sutera", "--yaml"], in: Paths.root)
        #expect(
            yaml.stdout
                == String(
                    decoding: try Data(contentsOf: Paths.root.appendingPathComponent("SOP/kecamatan-sutera.yaml")),
                    as: UTF8.self))
        let unknown = try runKinerja(["sop", "show", "tidak-ada"], in: Paths.root)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("sop \"tidak-ada\" is not a bundled SOP (disdikbud-balangan, "))
    }
}
