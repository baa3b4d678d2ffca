import Foundation

/// Reads realisasi.csv, checking each row against the indicators and the report period.
enum RealisasiLoader {
    /// - Parameter reportPeriod: the profile's year and period; nil when the profile is unusable, in
    ///   which case periods are read against no year in particular and not checked for the future.
    static func load(_ source: CSVSource, indicators: Set<String>?, reportPeriod: (year: Int, period: ReportPeriod)?,
                     log: inout DiagnosticLog) -> [Realisasi] {
        var rows: [Realisasi] = []
        var firstLine: [String: Int] = [:]
        for record in source.table.records {
            let row = RealisasiRow(reader: RowReader(source: source, record: record))
            guard let value = row.read(indicators: indicators, reportPeriod: reportPeriod, log: &log) else { continue }
            let key = "\(value.kode)\u{0}\(value.period)"
            if let first = firstLine[key] {
                row.reader.error("periode", Message("\(value.kode) already has a value for \(value.period) on line \(first); keep one row per kode and periode", id: "\(value.kode) sudah punya nilai untuk \(value.period) di baris \(first); sisakan satu baris per kode dan periode"), log: &log)
                continue
            }
            firstLine[key] = record.line
            rows.append(value)
        }
        return rows
    }
}

private struct RealisasiRow {
    let reader: RowReader

    func read(indicators: Set<String>?, reportPeriod: (year: Int, period: ReportPeriod)?, log: inout DiagnosticLog) -> Realisasi? {
        // Without a profile nothing is computed; any year serves to check that the periods are readable.
        let year = reportPeriod?.year ?? 2024
        let kode = reader.required("kode", Message("the kode of an indicator in \(reader.source.name(of: "indikator").en)", id: "kode salah satu indikator di \(reader.source.name(of: "indikator").id)"), log: &log)
        let periodText = reader.required("periode", Message("TW1…TW4, a year such as \(year - 1), or \(year - 1)-TW2", id: "TW1…TW4, tahun seperti \(year - 1), atau \(year - 1)-TW2"), log: &log)
        let value = reader.number("nilai", log: &log)
        var valid = true
        if let kode, let indicators, !indicators.contains(kode) {
            reader.error("kode", Message("unknown kode \"\(kode)\": \(reader.source.name(of: "indikator").en) has no indicator with this code", id: "kode \"\(kode)\" tidak dikenal: \(reader.source.name(of: "indikator").id) tidak punya indikator dengan kode ini; periksa ejaannya"), log: &log)
            valid = false
        }
        var parsed: ValuePeriod?
        if let periodText {
            parsed = ValuePeriod(periodText, reportYear: year)
            if parsed == nil {
                reader.error("periode", Message("periode \"\(periodText)\" is not a period; expected TW1…TW4 (of \(year)), a year such as \(year - 1), or \(year - 1)-TW2", id: "periode \"\(periodText)\" bukan periode; isi dengan TW1…TW4 (tahun \(year)), tahun seperti \(year - 1), atau \(year - 1)-TW2"), log: &log)
            } else if let p = parsed, let period = reportPeriod?.period, p.isAfter(period, of: year) {
                reader.error("periode", Message("periode \(p) is after the report period \(period.label(year: year)); a report cannot use values from its future (check the year, or report on a later period)", id: "periode \(p) berada setelah periode laporan \(period.label(year: year)); laporan tidak boleh memakai nilai dari masa depannya (periksa tahunnya, atau laporkan periode yang lebih akhir)"), log: &log)
                valid = false
            }
        }
        guard valid, let kode, let parsed else { return nil }
        return Realisasi(kode: kode, period: parsed, value: value, note: reader.text("catatan"),
                         evidence: reader.text("bukti"), line: reader.line)
    }
}
