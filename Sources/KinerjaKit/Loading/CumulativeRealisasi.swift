import Foundation

/// A `jumlah` indicator's realisasi typed as running totals (TW2 holding TW1 + TW2), the mistake its quarterly
/// targets are already checked for (IndicatorLoader): kinerja would add them up again and report a capaian far
/// above what was done. Two things tell it, each a doubt; the values are read as written.
///
/// - The quarterly targets: every reported quarter after the first lies nearer the targets summed up to it than
///   to its own quarter's target, and the values only rise. Said at the last such value.
///
///       targets 45 000, 50 000, 45 000 a quarter; realisasi 42 150, 98 450, 137 350 (95 000 and 140 000 summed)
///       → at the TW3 value: type each quarter's own amount (42 150, 56 300, 38 900)
///
/// - The planner's own words, for an indicator without quarterly targets (a planner's trial: 2, 5, 8 kelompok
///   typed "s.d." each quarter, summed to 15 against a target of 12, 125 % with no word): a title above the
///   sheet's header, or the indicator's catatan, that says the values are cumulative (`kumulatif`, `s.d.`,
///   `sampai dengan`), while its quarters never fall. Said at the title (naming every such indicator) or at the
///   catatan.
///
///       title "REALISASI KUMULATIF IKU S.D. TRIWULAN III", IKU-01 (jumlah) 2, 5, 8
///       → at the title: IKU-01 (2, 5, 8) counts 15; if they are running totals, type IKU-01: 2, 3, 3
enum CumulativeRealisasi {
    /// Words that say a value is a running total. Matched in lowercase; `s.d.` and `s/d` only as their own word.
    static let words = ["kumulatif", "akumulasi", "akumulatif", "sampai dengan", "cumulative", "year to date"]
    static let abbreviations = ["s.d.", "s.d", "s/d"]

    /// Whether a text says its values are running totals: `Realisasi kumulatif`, `s.d. TW III`, `TW I s/d TW II`.
    static func saysCumulative(_ text: String) -> Bool {
        let lower = text.lowercased()
        if words.contains(where: lower.contains) { return true }
        let tokens = lower.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "," })
        return tokens.contains { abbreviations.contains(String($0)) }
    }

    static func check(
        _ indicators: [Indicator], _ rows: [Realisasi], year: Int, source: CSVSource,
        log: inout DiagnosticLog
    ) {
        let byKode = Dictionary(grouping: rows, by: \.kode)
        // Indicators whose quarters never fall and that the targets did not already tell, for the title's doubt.
        var rising: [(kode: String, values: [Decimal])] = []
        for indicator in indicators where indicator.aggregation == .jumlah {
            var values: [(quarter: Int, value: Decimal, line: Int, note: String?)] = []
            for row in byKode[indicator.kode] ?? [] {
                if case .quarter(let y, let q) = row.period, y == year, let value = row.value {
                    values.append((q, value, row.line, row.note))
                }
            }
            values.sort { $0.quarter < $1.quarter }
            guard values.count >= 2,
                zip(values, values.dropFirst()).allSatisfy({ !DecimalOrder.less($1.value, $0.value) }),
                let first = values.first, let last = values.last, DecimalOrder.less(first.value, last.value)
            else {
                continue
            }
            let strictly = zip(values, values.dropFirst()).allSatisfy { DecimalOrder.less($0.value, $1.value) }
            if strictly, byTargets(indicator, values.map { ($0.quarter, $0.value) }) {
                sayByTargets(indicator, values.map(\.value), line: last.line, source: source, log: &log)
                continue
            }
            if let noted = values.last(where: { $0.note.map(saysCumulative) ?? false }),
                let record = source.table.records.first(where: { $0.line == noted.line })
            {
                let column = source.cell("catatan", in: record)?.column
                let (counted, own) = shown(indicator.kode, values.map(\.value))
                source.warning(
                    line: noted.line, column: column,
                    Message(
                        "the catatan \"\(noted.note ?? "")\" says the realisasi of \(indicator.kode) are cumulative, but agregasi jumlah adds the quarters up: \(counted.en); if they are running totals, type each quarter's own amount (\(own.en))",
                        id:
                            "catatan \"\(noted.note ?? "")\" menyebut realisasi \(indicator.kode) kumulatif, padahal agregasi jumlah menjumlahkan triwulan: \(counted.id); jika nilainya kumulatif, isi jumlah setiap triwulan itu saja (\(own.id))"
                    ),
                    doubt: true, log: &log)
                continue
            }
            rising.append((indicator.kode, values.map(\.value)))
        }
        guard !rising.isEmpty, let title = source.table.titles.first(where: { saysCumulative($0.text) }) else {
            return
        }
        let listed = rising.prefix(10).map { shown($0.kode, $0.values) }
        let more = rising.count > 10 ? "; …" : ""
        let quoted = TitleHints.shown(title.text)
        log.warning(
            source.file, line: title.line, column: title.column, addressing: .cell,
            Message(
                "the title says the realisasi are cumulative (\"\(quoted)\"), but for agregasi jumlah kinerja reads each quarter's nilai as that quarter's own and adds the quarters up: \(listed.map(\.counted.en).joined(separator: "; "))\(more); if they are running totals, type each quarter's own amount (\(listed.map(\.own.en).joined(separator: "; "))\(more))",
                id:
                    "judul menyebut realisasinya kumulatif (\"\(quoted)\"), padahal untuk agregasi jumlah kinerja membaca nilai setiap triwulan sebagai milik triwulan itu saja dan menjumlahkannya: \(listed.map(\.counted.id).joined(separator: "; "))\(more); jika nilainya kumulatif, isi jumlah setiap triwulan itu saja (\(listed.map(\.own.id).joined(separator: "; "))\(more))"
            ), doubt: true)
    }

    /// Whether every reported quarter after the first lies nearer the quarterly targets summed up to it than to
    /// its own quarter's target (every target up to it given).
    private static func byTargets(_ indicator: Indicator, _ values: [(quarter: Int, value: Decimal)]) -> Bool {
        let targets = indicator.quarterTargets.map { target -> Decimal? in
            if case .value(let v)? = target { return v }
            return nil
        }
        return values.dropFirst().allSatisfy { entry in
            let upTo = targets.prefix(entry.quarter)
            guard let own = targets[entry.quarter - 1], !upTo.contains(where: { $0 == nil }) else { return false }
            let summed = upTo.compactMap { $0 }.reduce(0, +)
            return abs(entry.value - summed) < abs(entry.value - own)
        }
    }

    private static func sayByTargets(
        _ indicator: Indicator, _ values: [Decimal], line: Int, source: CSVSource, log: inout DiagnosticLog
    ) {
        let record = source.table.records.first { $0.line == line }
        let column = record.flatMap { source.cell("nilai", in: $0) }?.column
        let typed = list(.english, values), typedID = list(.indonesian, values)
        source.warning(
            line: line, column: column,
            Message(
                "the quarterly realisasi of \(indicator.kode) (\(typed)) look cumulative: each lies nearer the targets summed up to its quarter than to the quarter's own target, and agregasi jumlah adds the quarters up; type each quarter's own amount",
                id:
                    "realisasi triwulan \(indicator.kode) (\(typedID)) tampaknya kumulatif: setiap nilai lebih dekat ke jumlah target sampai triwulannya daripada ke target triwulan itu sendiri, padahal agregasi jumlah menjumlahkan triwulan; isi jumlah triwulan itu saja"
            ),
            doubt: true, log: &log)
    }

    /// `IKU-01 (2, 5, 8) counts 15` and, as each quarter's own amount, `IKU-01: 2, 3, 3`, in both languages.
    private static func shown(_ kode: String, _ values: [Decimal]) -> (counted: Message, own: Message) {
        let own = [values[0]] + zip(values, values.dropFirst()).map { $1 - $0 }
        let total = values.reduce(0, +)
        return (
            Message(
                "\(kode) (\(list(.english, values))) counts \(NumberStyle.english.unrounded(total))",
                id: "\(kode) (\(list(.indonesian, values))) terhitung \(NumberStyle.indonesian.unrounded(total))"),
            Message("\(kode): \(list(.english, own))", id: "\(kode): \(list(.indonesian, own))")
        )
    }

    /// `2, 5, 8` in the style's marks, unrounded.
    private static func list(_ style: NumberStyle, _ numbers: [Decimal]) -> String {
        numbers.map { style.unrounded($0) }.joined(separator: ", ")
    }
}
