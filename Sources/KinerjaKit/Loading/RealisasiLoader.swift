import Foundation

/// Reads realisasi.csv, checking each row against the indicators and the report period.
///
/// A planner keeps one workspace for the year and adds each quarter's values to it, so values of the
/// report's year after the report period are left out, with one warning counting them: `--period TW2`
/// on a workbook that already holds TW3 and TW4 reports TW2 exactly as it stood then. A value of a later
/// year cannot belong to the workspace and is an error.
enum RealisasiLoader {
    /// - Parameters:
    ///   - reportPeriod: the profile's year and period; nil when the profile is unusable, in which case
    ///     periods are read against no year in particular and not checked for the future.
    ///   - units: each indicator's satuan by kode, to question a negative count or percent.
    ///   - targets: each indicator's annual target (a band's lower end) by kode, to question a percent
    ///     typed as a fraction.
    static func load(
        _ source: CSVSource, indicators: Set<String>?, units: [String: String] = [:],
        targets: [String: Decimal] = [:],
        reportPeriod: (year: Int, period: ReportPeriod)?, log: inout DiagnosticLog
    ) -> [Realisasi] {
        var rows: [Realisasi] = []
        // By kode and period, not by a text joining them: making that text for every row was a tenth of reading
        // realisasi (issue 22). The same rows are duplicates (a kode holds no NUL, ControlCharacters removes it).
        struct Key: Hashable {
            let kode: String
            let period: ValuePeriod
        }
        var firstLine: [Key: Int] = [:]
        firstLine.reserveCapacity(source.table.records.count)
        var later: [(period: ValuePeriod, line: Int, column: Int?)] = []
        var suspectTargets: Set<String> = []
        // Each kode's satuan, its kind and its target in one lookup a row, not three (issue 22); a satuan's kind is
        // told once.
        var kinds: [String: SatuanKind] = [:]
        func kind(of unit: String) -> SatuanKind {
            if let known = kinds[unit] { return known }
            let kind = SatuanKind(unit)
            kinds[unit] = kind
            return kind
        }
        var facts: [String: (unit: String?, kind: SatuanKind, target: Decimal?)] = [:]
        facts.reserveCapacity(units.count)
        for (kode, unit) in units { facts[kode] = (unit, kind(of: unit), targets[kode]) }
        for (kode, target) in targets where units[kode] == nil { facts[kode] = (nil, .other, target) }
        let spelling = indicators.map(KodeSpelling.init)
        for record in source.table.records {
            let row = RealisasiRow(reader: RowReader(source: source, record: record))
            guard
                let value = row.read(
                    indicators: indicators, spelling: spelling, reportPeriod: reportPeriod, log: &log)
            else { continue }
            if let reportPeriod, value.period.isAfter(reportPeriod.period, of: reportPeriod.year) {
                // A blank row of a later quarter (a whole-year workbook's TW4 rows, not yet filled) holds nothing
                // to leave out: only the values are counted and said.
                if value.value != nil {
                    later.append((value.period, record.line, source.cell("periode", in: record)?.column))
                }
                continue
            }
            // 0,902 in a plain cell for a percent indicator aiming at 95: the user most likely meant 90,2 %
            // (a percent cell whose format was lost in a paste). Read as written, but said at the cell.
            // The cheap conditions first: comparing Decimals is not (issue 22), even by DecimalOrder.
            let known = facts[value.kode]
            let unit = known?.unit, kind = known?.kind ?? .other, target = known?.target
            if kind == .percent, let number = value.value, let target,
                DecimalOrder.less(0, number),
                !DecimalOrder.less(1, number), !DecimalOrder.less(target, 10)
            {
                row.reader.warning(
                    "nilai",
                    Message(
                        "nilai \(NumberStyle.english.unrounded(number)) of \(value.kode) is read as \(NumberStyle.english.unrounded(number)) %, a hundredth of its target \(NumberStyle.english.unrounded(target)) %; if it is a fraction, type \(NumberStyle.english.unrounded(number * 100)) or format the cell as a percent",
                        id:
                            "nilai \(NumberStyle.indonesian.unrounded(number)) untuk \(value.kode) dibaca \(NumberStyle.indonesian.unrounded(number)) %, seperseratus targetnya \(NumberStyle.indonesian.unrounded(target)) %; jika itu pecahan, ketik \(NumberStyle.indonesian.unrounded(number * 100)) atau format selnya sebagai persen"
                    ), doubt: true, log: &log)
            }
            // The mirror: the target in indikator is the fraction (0,65 beside realisasi of 58,5 %). Said once per
            // indicator, at its first such value, naming the target to correct.
            if kind == .percent, let number = value.value, let target,
                !DecimalOrder.less(number, 10),
                DecimalOrder.less(0, target), !DecimalOrder.less(1, target), suspectTargets.insert(value.kode).inserted
            {
                let style = NumberStyle.indonesian
                row.reader.warning(
                    "nilai",
                    Message(
                        "nilai \(NumberStyle.english.unrounded(number)) of \(value.kode) is over ten times its target \(NumberStyle.english.unrounded(target)) % in indikator; if that target is a fraction, type \(NumberStyle.english.unrounded(target * 100)) there or format its cell as a percent",
                        id:
                            "nilai \(style.unrounded(number)) untuk \(value.kode) lebih dari sepuluh kali targetnya \(style.unrounded(target)) % di indikator; jika target itu pecahan, ketik \(style.unrounded(target * 100)) di sana atau format selnya sebagai persen"
                    ), doubt: true, log: &log)
            }
            // 88.100 typed for 88,1 in a file whose numbers prove the decimal comma reads as 88 100: a capaian
            // of 95 491 % with no word (a planner's trial), and the same for a nilai, an indeks or a rasio (70.100
            // for 70,1), or 55 in a percent cell shown as 5 500 %. A value far above its target is said at the
            // cell (`ImplausibleValue`); it is still read as written. A percent cell that `PercentCellDoubt`
            // has doubted already is not doubted twice (87,5 typed into a `0%` cell: its thousands-mark hint
            // would be beside the point for a number cell).
            if let number = value.value, let target, source.cell("nilai", in: record)?.doubtfulPercent != true,
                let times = ImplausibleValue.times(number, target: target, percent: kind == .percent)
            {
                row.reader.warning(
                    "nilai",
                    ImplausibleValue.message(
                        number, kode: value.kode, target: target, times: times, percent: kind == .percent,
                        convention: source.convention),
                    doubt: true, log: &log)
            }
            if kind != .other, let unit, let number = value.value, DecimalOrder.less(number, 0) {
                row.reader.warning(
                    "nilai",
                    Message(
                        "nilai \(NumberStyle.english.unrounded(number)) of \(value.kode) is negative, but its satuan \"\(unit)\" is a \(kind == .percent ? "percent" : "count"); check the sign",
                        id:
                            "nilai \(NumberStyle.indonesian.unrounded(number)) untuk \(value.kode) negatif, padahal satuannya \"\(unit)\" berupa \(kind == .percent ? "persentase" : "jumlah/hitungan"); periksa tandanya"
                    ), doubt: true, log: &log)
            }
            let key = Key(kode: value.kode, period: value.period)
            // Set at once (one lookup), and put back for a repeated row.
            if let first = firstLine.updateValue(record.line, forKey: key) {
                firstLine[key] = first
                row.reader.error(
                    "periode",
                    Message(
                        "\(value.kode) already has a value for \(value.period) on line \(first); keep one row per kode and periode",
                        id:
                            "\(value.kode) sudah punya nilai untuk \(value.period) di baris \(first); sisakan satu baris per kode dan periode"
                    ), log: &log)
                continue
            }
            rows.append(value)
        }
        if let first = later.first, let reportPeriod {
            let periods = Array(Set(later.map(\.period.description))).sorted().joined(separator: ", ")
            let period = reportPeriod.period.label(year: reportPeriod.year)
            source.warning(
                line: first.line, column: first.column,
                Message(
                    "\(later.count) value\(later.count == 1 ? "" : "s") for periods after the report period \(period) (\(periods)) \(later.count == 1 ? "is" : "are") left out: the report shows \(period) as it stood then",
                    id:
                        "\(later.count) nilai untuk periode setelah periode laporan \(period) (\(periods)) tidak dipakai: laporan menyajikan \(period) sebagaimana keadaannya saat itu"
                ), log: &log)
        }
        return rows
    }
}

/// What an indicator's satuan counts, to tell a negative value that cannot be from one that can
/// (a growth rate in `poin`, an `indeks` change).
enum SatuanKind: Equatable {
    case percent
    /// One word naming what is counted: `orang`, `dokumen`, `kasus`, `sekolah`.
    case count
    case other

    init(_ unit: String) {
        let text = unit.trimmingSpaces().lowercased()
        if text == "%" || text.hasPrefix("persen") || text == "percent" {
            self = .percent
            return
        }
        let scales = [
            "indeks", "index", "poin", "point", "nilai", "skor", "score", "rupiah", "rp", "predikat", "level",
            "tingkat",
        ]
        if !text.isEmpty, !text.contains(where: { $0.isNumber || $0 == " " || $0 == "/" || $0 == "%" }),
            !scales.contains(text)
        {
            self = .count
        } else {
            self = .other
        }
    }
}

private struct RealisasiRow {
    let reader: RowReader

    func read(
        indicators: Set<String>?, spelling: KodeSpelling?, reportPeriod: (year: Int, period: ReportPeriod)?,
        log: inout DiagnosticLog
    ) -> Realisasi? {
        // Without a profile nothing is computed; any year serves to check that the periods are readable.
        let year = reportPeriod?.year ?? 2024
        let kode = reader.required(
            "kode",
            Message(
                "the kode of an indicator in \(reader.source.name(of: "indikator").en)",
                id: "kode salah satu indikator di \(reader.source.name(of: "indikator").id)"), log: &log)
        let periodText = reader.required(
            "periode",
            Message(
                "TW1…TW4, a year such as \(year - 1), or \(year - 1)-TW2",
                id: "TW1…TW4, tahun seperti \(year - 1), atau \(year - 1)-TW2"), log: &log)
        let value = reader.number("nilai", log: &log)
        var valid = true
        if let kode, let indicators, !indicators.contains(kode) {
            let meant = spelling?.meant(kode)
            reader.error(
                "kode",
                Message(
                    "unknown kode \"\(kode)\": \(reader.source.name(of: "indikator").en) has no indicator with this code\(meant.map { "; did you mean \($0)? A kode is written exactly as in \(reader.source.name(of: "indikator").en)" } ?? "")",
                    id:
                        "kode \"\(kode)\" tidak dikenal: \(reader.source.name(of: "indikator").id) tidak punya indikator dengan kode ini; \(meant.map { "mungkin maksudnya \($0)? Kode ditulis persis seperti di \(reader.source.name(of: "indikator").id)" } ?? "periksa ejaannya")"
                ), log: &log)
            valid = false
        }
        var parsed: ValuePeriod?
        if let periodText {
            parsed = ValuePeriod(periodText, reportYear: year)
            if parsed == nil {
                reader.error(
                    "periode",
                    Message(
                        "periode \"\(periodText)\" is not a period; expected TW1…TW4 (of \(year)), a year such as \(year - 1), or \(year - 1)-TW2",
                        id:
                            "periode \"\(periodText)\" bukan periode; isi dengan TW1…TW4 (tahun \(year)), tahun seperti \(year - 1), atau \(year - 1)-TW2"
                    ), log: &log)
            } else if let p = parsed, let period = reportPeriod?.period, p.year > year {
                reader.error(
                    "periode",
                    Message(
                        "periode \(p) is in a year after the workspace's \(year) (\(period.label(year: year)) is reported); check the year",
                        id:
                            "periode \(p) berada pada tahun setelah tahun ruang kerja \(year) (yang dilaporkan \(period.label(year: year))); periksa tahunnya"
                    ), log: &log)
                valid = false
            }
        }
        guard valid, let kode, let parsed else { return nil }
        return Realisasi(
            kode: kode, period: parsed, value: value, note: reader.text("catatan"),
            evidence: reader.text("bukti"), line: reader.line)
    }
}
