import Foundation

/// Reads siklus.csv (docs/siklus.md): the records of the monitoring cycle. Rows of other periods are the
/// history of earlier cycles and are checked but not returned.
enum CycleLoader {
    /// - Parameters:
    ///   - reportPeriod: nil when the profile is unusable: rows are then checked only for their form.
    ///   - sop: the SOP the records follow, to warn about steps it lacks (nil when it failed to load).
    static func load(
        _ source: CSVSource, reportPeriod: (year: Int, period: ReportPeriod)?, sop: SOP?,
        log: inout DiagnosticLog
    ) -> [CycleRecord] {
        var records: [CycleRecord] = []
        var firstLine: [Int: Int] = [:]
        // The order of day and month that the sheet's own unambiguous dates prove (DateText).
        let order = DateText.order(
            of: source.table.records.flatMap { record in
                ["mulai", "selesai"].compactMap { RowReader(source: source, record: record).text($0) }.map(
                    DateText.read)
            })
        // Dates that read two ways with nothing to settle them: one error for the table, at the first.
        var ambiguous: [AmbiguousDate] = []
        for record in source.table.records {
            let row = RowReader(source: source, record: record)
            let periodText = row.required(
                "periode",
                Message(
                    "the quarter the cycle monitors, e.g. TW3 or 2024-TW3",
                    id: "triwulan yang dipantau siklus ini, mis. TW3 atau 2024-TW3"), log: &log)
            let period = periodText.flatMap { text -> ValuePeriod? in
                guard let period = ValuePeriod(text, reportYear: reportPeriod?.year ?? 2000) else {
                    row.error(
                        "periode",
                        Message(
                            "periode \"\(text)\" is not a period; expected TW1…TW4 or TAHUNAN, optionally with the year, e.g. 2024-TW3",
                            id:
                                "periode \"\(text)\" bukan periode; isi dengan TW1…TW4 atau TAHUNAN, boleh dengan tahunnya, mis. 2024-TW3"
                        ), log: &log)
                    return nil
                }
                return period
            }
            let stepText = row.required(
                "langkah", Message("the number of the SOP step, e.g. 4", id: "nomor langkah SOP, mis. 4"), log: &log)
            let step = stepText.flatMap { text -> Int? in
                guard let n = Int(text), n > 0 else {
                    row.error(
                        "langkah",
                        Message(
                            "langkah \"\(text)\" is not a step number; expected the number of the step in the SOP, e.g. 4",
                            id: "langkah \"\(text)\" bukan nomor langkah; isi dengan nomor langkah di SOP, mis. 4"),
                        log: &log)
                    return nil
                }
                return n
            }
            let start = moment(row, "mulai", required: true, order: order, ambiguous: &ambiguous, log: &log)
            let finish = moment(row, "selesai", required: false, order: order, ambiguous: &ambiguous, log: &log)
            if let start, let finish, start.isAfter(finish) {
                row.error(
                    "selesai",
                    Message(
                        "selesai \(finish.iso) is before mulai \(start.iso); check the two dates",
                        id: "selesai \(finish.iso) lebih awal dari mulai \(start.iso); periksa kedua tanggal itu"),
                    log: &log)
                continue
            }
            guard let period, let step, let start, let reportPeriod,
                matches(period, reportPeriod.period, of: reportPeriod.year)
            else { continue }
            if let first = firstLine[step] {
                row.error(
                    "langkah",
                    Message(
                        "step \(step) of \(reportPeriod.period.label(year: reportPeriod.year)) already has a record on line \(first); keep one row per step and period",
                        id:
                            "langkah \(step) periode \(reportPeriod.period.label(year: reportPeriod.year)) sudah dicatat di baris \(first); sisakan satu baris per langkah dan periode"
                    ), log: &log)
                continue
            }
            firstLine[step] = record.line
            if let sop, sop.step(step) == nil {
                let numbers = sop.steps.map(\.number)
                row.warning(
                    "langkah",
                    Message(
                        "langkah \(step) is not a step of the SOP \"\(sop.name)\" (steps \(numbers.first ?? 0)–\(numbers.last ?? 0)); the report lists it as a finding",
                        id:
                            "langkah \(step) bukan langkah SOP \"\(sop.name)\" (langkah \(numbers.first ?? 0)–\(numbers.last ?? 0)); laporan mencantumkannya sebagai temuan"
                    ), log: &log)
            }
            records.append(
                CycleRecord(
                    step: step, start: start, finish: finish, executor: row.text("pelaksana"),
                    output: row.text("output"), note: row.text("catatan"), line: record.line))
        }
        if let first = ambiguous.first {
            let (d, m) = (first.dayFirst, first.monthFirst)
            let en = { (date: CalendarDate) in DisplayFormat(language: .en).date(date) }
            let id = { (date: CalendarDate) in DisplayFormat(language: .id).date(date) }
            let more = ambiguous.count - 1
            let example = "13/\(d.month.zeroPadded(2))/\(d.year)"
            let others =
                more == 0
                ? ("", "")
                : (
                    " (and \(more) more date\(more == 1 ? "" : "s") of the table)",
                    " (dan \(more) tanggal lain di tabel ini)"
                )
            first.row.error(
                first.column,
                Message(
                    "\(first.column) \"\(first.text)\"\(others.0) can be \(en(d)) (day first, as in Indonesia) or \(en(m)) (month first), and no other date in the table settles which; write them year first, e.g. \(d.iso), or write any one of them with a day above 12 (such as \(example)) to settle the order",
                    id:
                        "\(first.column) \"\(first.text)\"\(others.1) bisa berarti \(id(d)) (tanggal dulu, seperti di Indonesia) atau \(id(m)) (bulan dulu), dan tidak ada tanggal lain di tabel ini yang memastikannya; tulis dengan tahun di depan, mis. \(d.iso), atau tulis salah satunya dengan tanggal di atas 12 (seperti \(example)) agar urutannya pasti"
                ), log: &log)
        }
        if let reportPeriod, records.isEmpty, !log.hasErrors {
            source.warning(
                line: nil, column: nil,
                Message(
                    "\(source.name(of: "siklus").en) has no record for \(reportPeriod.period.label(year: reportPeriod.year)); every step of the SOP is reported as not done",
                    id:
                        "\(source.name(of: "siklus").id) tidak memuat catatan untuk \(reportPeriod.period.label(year: reportPeriod.year)); setiap langkah SOP dilaporkan tidak dilaksanakan"
                ), log: &log)
        }
        return records
    }

    /// Whether a record's periode is the report's: `TW3` / `2024-TW3` for a quarter, `TAHUNAN` / `2024` for the year.
    static func matches(_ value: ValuePeriod, _ period: ReportPeriod, of year: Int) -> Bool {
        switch (value, period) {
        case (.quarter(let y, let n), .quarter(let m)): return y == year && n == m
        case (.year(let y), .annual): return y == year
        default: return false
        }
    }

    /// A date of the table that reads two ways (DateText), with where it was written.
    private typealias AmbiguousDate = (
        row: RowReader, column: String, text: String, dayFirst: CalendarDate, monthFirst: CalendarDate
    )

    private static func moment(
        _ row: RowReader, _ column: String, required: Bool, order: DateText.Order?,
        ambiguous: inout [AmbiguousDate],
        log: inout DiagnosticLog
    ) -> Moment? {
        let text =
            required
            ? row.required(
                column,
                Message(
                    "a date, e.g. 2024-10-01 or 2024-10-01 08:00", id: "tanggal, mis. 2024-10-01 atau 2024-10-01 08:00"),
                log: &log) : row.text(column)
        guard let text else { return nil }
        switch DateText.read(text) {
        case .moment(let moment):
            return moment
        case .ordered(let dayFirst, let monthFirst):
            if dayFirst == nil || monthFirst == nil { return dayFirst ?? monthFirst }
            if let order, let chosen = order == .dayFirst ? dayFirst : monthFirst { return chosen }
            ambiguous.append((row, column, text, dayFirst!.date, monthFirst!.date))
            return nil
        case .invalid:
            row.error(
                column,
                Message(
                    "\(column) \"\(text)\" is not a date and time; expected year-month-day with an optional hour:minute, e.g. 2024-10-01 or 2024-10-01 08:00 (or day/month/year, 01/10/2024 08:00)",
                    id:
                        "\(column) \"\(text)\" bukan tanggal dan jam; tulis tahun-bulan-tanggal, boleh dengan jam:menit, mis. 2024-10-01 atau 2024-10-01 08:00 (atau tanggal/bulan/tahun, 01/10/2024 08:00)"
                ), log: &log)
            return nil
        }
    }
}
