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
            let spending = (1...4).map { row.number("realisasi_tw\($0)", kind: .money, log: &log) }
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
                if let cell = source.cell("realisasi_tw\(q)", in: record) { later.append(cell) }
            }
            // Money is never below zero: a minus sign here is a typing or a formula mistake.
            for (column, value) in [("pagu", ceiling)] + (1...4).map({ ("realisasi_tw\($0)", spending[$0 - 1]) }) {
                if let value, value < 0 {
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
            let spent = spending.prefix(period.quarterCount).compactMap { $0 }.reduce(Decimal(0), +)
            if ceiling > 0, spent > ceiling {
                row.warning(
                    "pagu",
                    Message(
                        "\(kode) has spent \(NumberStyle.indonesian.unrounded(spent)) up to \(period), more than its pagu \(NumberStyle.indonesian.unrounded(ceiling)); check the figures",
                        id:
                            "realisasi \(kode) sampai \(period) sebesar \(NumberStyle.indonesian.unrounded(spent)), melebihi pagunya \(NumberStyle.indonesian.unrounded(ceiling)); periksa angkanya"
                    ), log: &log)
            }
            lines.append(
                BudgetLine(
                    kode: kode, name: name, indicator: indicator, ceiling: ceiling,
                    spending: spending, line: record.line))
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
}
