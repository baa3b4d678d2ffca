import Foundation

/// A target that is a date's serial number. A band typed in a spreadsheet (`7-8`) becomes a date (7 August 2025,
/// a `d-mmm` cell, an error at the cell: `SheetTable`); a planner who then formats the cell as Number sees and keeps
/// 45876, the date's serial number, and a capaian of 199,98 % was printed from it in silence (a planner's trial).
/// Whether a cell's format was once a date is not recorded in the workbook, so the value is tested: a number cell
/// in a target column (target, target_tw1…tw4; not target_renstra, a multi-year total) is a doubt when its value is a whole number whose date lies within
/// ten years of the report's year, while the indicator has a realisasi above 0 and every one is under a hundredth of it.
/// An honest large target (money, tens of thousands of people) has realisasi of its own size, and is not said.
/// Said at the cell as a doubt (`Doubts`), naming the date; the value is still read as written.
///
///     report 2025 (dates 2015–2035: serials 42005–49674), target 45876, realisasi 7,2 · 7,5 · 7,9:
///         45876 is 7 August 2025 and each realisasi is under 458,76 → a doubt: "if the band 7-8 was meant, …"
///     target 45000 (orang), realisasi 11 000 · 23 500 · 38 000 → nothing (the realisasi bear the target out)
///     target 45876,5, or 45876 with no realisasi yet → nothing (a date's serial is whole; nothing to compare)
enum DateSerialTarget {
    /// The date `value` is the serial number of, when the rule above makes it a doubt; nil otherwise.
    static func date(_ value: Decimal, realisasi: [Decimal], year: Int, date1904: Bool) -> CalendarDate? {
        // Cheap bounds first (every target passes here): no date of 1900–9999 outside them.
        guard DecimalOrder.less(0, value), DecimalOrder.less(value, 3_000_000), !realisasi.isEmpty,
            let moment = SerialDate.moment(value, date1904: date1904), moment.minutes == nil,
            abs(moment.date.year - year) <= 10, realisasi.contains(where: { DecimalOrder.less(0, $0) }),
            realisasi.allSatisfy({ DecimalOrder.less($0 * 100, value) })
        else { return nil }
        return moment.date
    }

    static func check(
        _ indicators: [Indicator], _ realisasi: [Realisasi], year: Int, date1904: Bool, source: CSVSource,
        log: inout DiagnosticLog
    ) {
        // Only a workbook's number cell can be a date re-formatted as Number; a CSV file has none.
        guard source.addressing == .cell else { return }
        var values: [String: [Realisasi]]?
        var records: [Int: CSVRecord]?
        for indicator in indicators {
            let targets =
                [("target", indicator.target)]
                + zip(IndicatorLoader.quarterColumns, indicator.quarterTargets).map {
                    ($0, $1)
                }
            for (column, target) in targets {
                guard case .value(let value)? = target, DecimalOrder.less(20_000, value) else { continue }
                if values == nil {
                    values = Dictionary(grouping: realisasi.filter { $0.value != nil }, by: \.kode)
                    records = Dictionary(
                        source.table.records.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
                }
                let own = values?[indicator.kode] ?? []
                guard let record = records?[indicator.line], let cell = source.cell(column, in: record),
                    cell.number != nil,
                    let date = Self.date(value, realisasi: own.map { $0.value! }, year: year, date1904: date1904)
                else { continue }
                source.warning(
                    line: cell.line, column: cell.column,
                    message(column, value: value, kode: indicator.kode, date: date, realisasi: own),
                    doubt: true, log: &log)
            }
        }
    }

    static func message(
        _ column: String, value: Decimal, kode: String, date: CalendarDate, realisasi: [Realisasi]
    ) -> Message {
        // The band a day-month date was typed as (Indonesian spreadsheets read 7-8 as 7 August).
        let band = "\(date.day)-\(date.month)"
        func list(_ style: NumberStyle) -> String { ThousandsMarkRealisasi.list(realisasi, style) }
        let (en, id) = (DisplayFormat(language: .en).date(date), DisplayFormat(language: .id).date(date))
        return Message(
            "\(column) \(value.plainString) of \(kode) is a whole number that is also a date's serial number (\(value.plainString) is \(en)), and each of its realisasi is under a hundredth of it (\(list(.english))); if the band \(band) was meant, the spreadsheet turned it into a date and formatting the cell as Number showed the date's serial number: type the band as text (format the cell as Text first, or type an apostrophe: '\(band))",
            id:
                "\(column) \(value.plainString) untuk \(kode) adalah bilangan bulat yang juga nomor seri sebuah tanggal (\(value.plainString) adalah \(id)), dan setiap realisasinya di bawah seperseratusnya (\(list(.indonesian))); jika yang dimaksud rentang \(band), lembar kerja telah mengubahnya menjadi tanggal dan format Angka menampilkan nomor seri tanggal itu: ketik rentangnya sebagai teks (format sel sebagai Teks dahulu, atau awali dengan apostrof: '\(band))"
        )
    }
}
