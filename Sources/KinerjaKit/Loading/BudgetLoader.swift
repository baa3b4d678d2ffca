import Foundation

/// Reads anggaran.csv: budget lines with their ceiling and spending per quarter.
enum BudgetLoader {
    static func load(
        _ source: CSVSource, indicators: Set<String>?, period: ReportPeriod,
        log: inout DiagnosticLog
    ) -> [BudgetLine] {
        var lines: [BudgetLine] = []
        var firstLine: [String: Int] = [:]
        var later: [CSVCell] = []
        var records: [String: CSVRecord] = [:]
        var unspent: [(kode: String, line: Int, column: Int?)] = []
        for record in source.table.records {
            let row = RowReader(source: source, record: record)
            let kode = row.required(
                "kode",
                Message("the program or kegiatan code, e.g. 1.01.02", id: "kode program atau kegiatan, mis. 1.01.02"),
                log: &log)
            let name = row.required(
                "uraian", Message("the program or kegiatan name", id: "nama program atau kegiatan"), log: &log)
            let ceiling = row.number("pagu", kind: .money, log: &log)
            if row.text("pagu") == nil {
                row.error(
                    "pagu",
                    Message(
                        "pagu is empty; expected the budget ceiling in rupiah, e.g. 1.250.000.000",
                        id: "kolom pagu kosong; isi dengan pagu anggaran dalam rupiah, mis. 1.250.000.000"), log: &log)
            }
            let spending = spendingColumns.map { row.number($0, kind: .money, log: &log) }
            let indicator = row.text("induk")
            if let indicator, let indicators, !indicators.contains(indicator) {
                row.error(
                    "induk",
                    Message(
                        "induk \"\(indicator)\" is not a kode in \(source.name(of: "indikator").en); expected the code of the indicator this budget line supports",
                        id:
                            "induk \"\(indicator)\" bukan kode di \(source.name(of: "indikator").id); isi dengan kode indikator yang didukung baris anggaran ini"
                    ), log: &log)
            }
            for q in 1...4 where q > period.quarterCount && spending[q - 1] != nil {
                if let cell = source.cell(spendingColumns[q - 1], in: record) { later.append(cell) }
            }
            // Money is never below zero: a minus sign here is a typing or a formula mistake.
            for (column, value) in zip(amountColumns, [ceiling] + spending) {
                if let value, DecimalOrder.less(value, 0) {
                    row.error(
                        column,
                        Message(
                            "\(column) \(NumberStyle.indonesian.unrounded(value)) is negative; expected an amount in rupiah of zero or more",
                            id:
                                "\(column) \(NumberStyle.indonesian.unrounded(value)) bernilai negatif; isi dengan jumlah rupiah nol atau lebih"
                        ), log: &log)
                }
            }
            if let kode {
                if let first = firstLine[kode] {
                    row.error(
                        "kode",
                        Message(
                            "duplicate kode \"\(kode)\": line \(first) already has this budget line",
                            id: "kode \"\(kode)\" ganda: baris \(first) sudah memuat baris anggaran ini; sisakan satu"),
                        log: &log)
                    continue
                }
                firstLine[kode] = record.line
            }
            guard let kode, let name, let ceiling else { continue }
            if ceiling == 0 {
                row.warning(
                    "pagu",
                    Message(
                        "pagu of \(kode) is 0: its serapan cannot be computed",
                        id: "pagu \(kode) bernilai 0: serapannya tidak dapat dihitung; isi pagu yang sebenarnya"),
                    log: &log)
            }
            // The report's quarter left empty while earlier ones have spending: serapan counts the earlier ones
            // only, and says so in the report (a footnote); said here too, at the cell, as a missing realisasi is.
            let quarter = period.quarterCount
            if quarter > 1, spending[quarter - 1] == nil, source.cell(spendingColumns[quarter - 1], in: record) != nil,
                spending.prefix(quarter - 1).contains(where: { $0 != nil })
            {
                row.warning(
                    "realisasi_tw\(quarter)",
                    Message(
                        "realisasi_tw\(quarter) of \(kode) is empty: its serapan counts the quarters before TW\(quarter) only; type 0 if nothing was spent",
                        id:
                            "realisasi_tw\(quarter) \(kode) kosong: serapannya hanya menghitung triwulan sebelum TW\(quarter); isi 0 bila memang tidak ada belanja"
                    ), log: &log)
            }
            // A pagu with no realisasi in any quarter up to the report's: its serapan is not computed (the report
            // prints – with a note), which `check` says too, once for the table, so that it is not taken for 0.
            if quarter >= 1, DecimalOrder.less(0, ceiling), spending.prefix(quarter).allSatisfy({ $0 == nil }) {
                let cell = source.cell(spendingColumns[quarter - 1], in: record)
                unspent.append((kode, cell?.line ?? record.line, cell?.column))
            }
            let spent = DecimalArithmetic.total(spending.prefix(period.quarterCount).compactMap { $0 })
            if DecimalOrder.less(0, ceiling), DecimalOrder.less(ceiling, spent) {
                // Quarters that never fall, whose last is at least the others together and alone within the pagu,
                // read as running totals ("s.d. TW3", as SIPD prints spending: 100, 250, 420 against 500): the
                // likeliest cause, said with the fix (a planner's trial). Honest spending rising through the year
                // (100, 150, 200) has a last quarter below the others' sum, and keeps "check the figures".
                let typed = spending.prefix(period.quarterCount).compactMap { $0 }
                let running =
                    typed.count >= 2 && zip(typed, typed.dropFirst()).allSatisfy { !DecimalOrder.less($1, $0) }
                    && typed.last.map { last in
                        !DecimalOrder.less(ceiling, last)
                            && !DecimalOrder.less(last, DecimalArithmetic.total(Array(typed.dropLast())))
                    } == true
                let hint =
                    running
                    ? (
                        "; the quarters never fall, and the last is at least the others together and alone within the pagu, as running totals (s.d.) are: if they are, type each quarter's own spending (TW2 minus TW1, …)",
                        "; triwulannya tidak pernah turun, dan yang terakhir sedikitnya sebesar gabungan yang lain dan sendirian masih dalam pagu, seperti angka kumulatif (s.d.): jika memang kumulatif, ketik belanja setiap triwulan sendiri (TW2 dikurangi TW1, …)"
                    ) : ("; check the figures", "; periksa angkanya")
                row.warning(
                    "pagu",
                    Message(
                        "\(kode) has spent \(NumberStyle.english.unrounded(spent)) up to \(period), more than its pagu \(NumberStyle.english.unrounded(ceiling))\(hint.0)",
                        id:
                            "realisasi \(kode) sampai \(period) sebesar \(NumberStyle.indonesian.unrounded(spent)), melebihi pagunya \(NumberStyle.indonesian.unrounded(ceiling))\(hint.1)"
                    ), doubt: true, log: &log)
            }
            lines.append(
                BudgetLine(
                    kode: kode, name: name, indicator: indicator, ceiling: ceiling,
                    spending: spending, line: record.line))
            records[kode] = record
        }
        checkSums(lines, records: records, source: source, log: &log)
        if let first = unspent.first {
            let count = unspent.count, at = source.lineName(first.line)
            let quarters = period.quarterCount == 1 ? "TW1" : "TW1–TW\(period.quarterCount)"
            source.warning(
                line: first.line, column: first.column,
                Message(
                    "\(count) budget line\(count == 1 ? " has" : "s have") a pagu but no realisasi in \(quarters) (the first: \(first.kode), \(at.en)): \(count == 1 ? "its" : "their") serapan is not computed and the report shows –; type 0 for a quarter with no spending",
                    id:
                        "\(count) baris anggaran punya pagu tetapi realisasi \(quarters) kosong (yang pertama: \(first.kode), \(at.id)): serapannya tidak dihitung dan laporan menampilkan –; isi 0 untuk triwulan tanpa belanja"
                ), log: &log)
        }
        if let first = later.first {
            source.warning(
                line: first.line, column: first.column,
                Message(
                    "\(later.count) amount\(later.count == 1 ? "" : "s") spent in quarters after the report period \(period) \(later.count == 1 ? "is" : "are") not counted: the report shows the budget as it stood at \(period)",
                    id:
                        "\(later.count) realisasi anggaran pada triwulan setelah periode laporan \(period) tidak dihitung: laporan menyajikan anggaran sebagaimana keadaannya pada \(period)"
                ), log: &log)
        }
        return lines
    }

    /// The spending columns, named once rather than made for every row (issue 22); with pagu first, the amounts.
    static let spendingColumns = ["realisasi_tw1", "realisasi_tw2", "realisasi_tw3", "realisasi_tw4"]
    static let amountColumns = ["pagu"] + spendingColumns

    /// Lines with lines under them (a program over its kegiatan, by kode), checked against those lines. Listing
    /// only some of a program's kegiatan is usual (those that serve an IKU), so a program's pagu may exceed theirs;
    /// but lines under it whose pagu adds up to more than its own cannot be, and a line named as a total
    /// (`3.27 TOTAL URUSAN`) stands in the report's Jumlah for every line under it. Both are said at its pagu;
    /// the figures are read as written.
    ///
    /// Example: 1.02.02 pagu 10.000.000.000 over kegiatan of 6.000.000.000 and 5.000.000.000 → a warning.
    /// For each line, the lines directly under it (`BudgetLine.isNested`), in their order: a kegiatan under a
    /// program under the line is in the program's sum, not the line's. Each kode's `kode + "."` is made once, not
    /// once for every pair of lines, and the lines are not copied to be filtered (issue 22: a tenth of loading
    /// anggaran). BudgetNestingParityTests compares it with filtering by `isNested`.
    ///
    /// When every kode is ASCII, each line is put under its nearest line above (`BudgetKodes.nearestAbove`) instead
    /// of comparing every pair (issue 22): the same lines, `directlyUnderByPairs` being the way for any kode.
    static func directlyUnder(_ lines: [BudgetLine]) -> [[BudgetLine]] {
        guard let above = BudgetKodes.nearestAbove(lines.map(\.kode)) else { return directlyUnderByPairs(lines) }
        var under = Array(repeating: [BudgetLine](), count: lines.count)
        for (child, parent) in above.enumerated() {
            if let parent { under[parent].append(lines[child]) }
        }
        return under
    }

    /// `directlyUnder` by comparing every pair of lines.
    static func directlyUnderByPairs(_ lines: [BudgetLine]) -> [[BudgetLine]] {
        let prefixes = lines.map { $0.kode + "." }
        return lines.indices.map { parent in
            let under = lines.indices.filter { lines[$0].kode.hasPrefix(prefixes[parent]) }
            return under.filter { child in !under.contains { lines[child].kode.hasPrefix(prefixes[$0]) } }
                .map { lines[$0] }
        }
    }

    static func checkSums(
        _ lines: [BudgetLine], records: [String: CSVRecord], source: CSVSource,
        log: inout DiagnosticLog
    ) {
        for (line, direct) in zip(lines, directlyUnder(lines)) {
            guard !direct.isEmpty, let record = records[line.kode] else { continue }
            let row = RowReader(source: source, record: record)
            let sum = DecimalArithmetic.total(direct.map(\.ceiling))
            let kodes = direct.prefix(3).map(\.kode).joined(separator: ", ") + (direct.count > 3 ? ", …" : "")
            func amount(_ style: NumberStyle, _ value: Decimal) -> String { style.format(value, scale: 0) }
            if DecimalOrder.less(line.ceiling, sum) {
                row.warning(
                    "pagu",
                    Message(
                        "pagu of \(line.kode) is \(amount(.english, line.ceiling)), less than the \(amount(.english, sum)) of the \(direct.count) line\(direct.count == 1 ? "" : "s") under it (\(kodes)); correct the pagu that is mistyped",
                        id:
                            "pagu \(line.kode) sebesar \(amount(.indonesian, line.ceiling)), lebih kecil dari \(amount(.indonesian, sum)) milik \(direct.count) baris di bawahnya (\(kodes)); perbaiki pagu yang salah ketik"
                    ), doubt: true, log: &log)
            }
            if namesATotal(line.name) {
                row.warning(
                    "uraian",
                    Message(
                        "\(line.kode) \"\(line.name)\" looks like a total: the report counts its pagu and spending in place of the \(direct.count) line\(direct.count == 1 ? "" : "s") under it (\(kodes)); if it is a total of those rows, delete it (kinerja adds them itself)",
                        id:
                            "\(line.kode) \"\(line.name)\" tampaknya baris total: laporan menghitung pagu dan realisasinya menggantikan \(direct.count) baris di bawahnya (\(kodes)); jika itu total dari baris-baris tersebut, hapus (kinerja menjumlahkannya sendiri)"
                    ), doubt: true, log: &log)
            }
        }
    }

    /// Whether a line's name says it is a total: its first word `JUMLAH`, `TOTAL` or `SUBTOTAL`, or its first two
    /// `GRAND TOTAL`, in any case. A name that begins with an ASCII letter other than j, t, s or g says none, and is
    /// told so without uppercasing and splitting it (issue 22); BudgetNestingParityTests compares the two.
    static func namesATotal(_ name: String) -> Bool {
        if let first = name.utf8.first, (first | 0x20) >= UInt8(ascii: "a"), (first | 0x20) <= UInt8(ascii: "z"),
            !"jtsg".utf8.contains(first | 0x20)
        {
            return false
        }
        return namesATotalByWords(name)
    }

    /// `namesATotal` by the name's uppercased words, the way for every name.
    static func namesATotalByWords(_ name: String) -> Bool {
        let words = name.uppercased().split(whereSeparator: { !$0.isLetter }).prefix(2)
        guard let first = words.first else { return false }
        return ["JUMLAH", "TOTAL", "SUBTOTAL"].contains(String(first)) || words.elementsEqual(["GRAND", "TOTAL"])
    }
}
