import Foundation

/// A `jumlah` indicator's realisasi typed as running totals (TW2 holding TW1 + TW2), the mistake its quarterly
/// targets are already checked for (IndicatorLoader): kinerja would add them up again and report a capaian far
/// above what was done. Told by the quarterly targets: when every reported quarter after the first lies nearer
/// the targets summed up to it than to its own quarter's target, and the values only rise, the realisasi look
/// cumulative. Read as written, but said at the last such value.
///
/// Example: targets 45 000, 50 000, 45 000 a quarter; realisasi 42 150, 98 450, 137 350 (95 000 and 140 000 summed)
/// → a warning at the TW3 value: type each quarter's own amount (42 150, 56 300, 38 900).
enum CumulativeRealisasi {
    static func check(
        _ indicators: [Indicator], _ rows: [Realisasi], year: Int, source: CSVSource,
        log: inout DiagnosticLog
    ) {
        for indicator in indicators where indicator.aggregation == .jumlah {
            let targets = indicator.quarterTargets.map { target -> Decimal? in
                if case .value(let v)? = target { return v }
                return nil
            }
            var values: [(quarter: Int, value: Decimal, line: Int)] = []
            for row in rows where row.kode == indicator.kode {
                if case .quarter(let y, let q) = row.period, y == year, let value = row.value {
                    values.append((q, value, row.line))
                }
            }
            values.sort { $0.quarter < $1.quarter }
            guard values.count >= 2,
                zip(values, values.dropFirst()).allSatisfy({ DecimalOrder.less($0.value, $1.value) })
            else {
                continue
            }
            let looksCumulative = values.dropFirst().allSatisfy { entry in
                let upTo = targets.prefix(entry.quarter)
                guard let own = targets[entry.quarter - 1], !upTo.contains(where: { $0 == nil }) else { return false }
                let summed = upTo.compactMap { $0 }.reduce(0, +)
                return abs(entry.value - summed) < abs(entry.value - own)
            }
            guard looksCumulative, let last = values.last else { continue }
            let record = source.table.records.first { $0.line == last.line }
            let column = record.flatMap { source.cell("nilai", in: $0) }?.column
            let style = NumberStyle.english, styleID = NumberStyle.indonesian
            let typed = values.map { style.unrounded($0.value) }.joined(separator: ", ")
            let typedID = values.map { styleID.unrounded($0.value) }.joined(separator: ", ")
            source.warning(
                line: last.line, column: column,
                Message(
                    "the quarterly realisasi of \(indicator.kode) (\(typed)) look cumulative: each lies nearer the targets summed up to its quarter than to the quarter's own target, and agregasi jumlah adds the quarters up; type each quarter's own amount",
                    id:
                        "realisasi triwulan \(indicator.kode) (\(typedID)) tampaknya kumulatif: setiap nilai lebih dekat ke jumlah target sampai triwulannya daripada ke target triwulan itu sendiri, padahal agregasi jumlah menjumlahkan triwulan; isi jumlah triwulan itu saja"
                ),
                doubt: true, log: &log)
        }
    }
}
