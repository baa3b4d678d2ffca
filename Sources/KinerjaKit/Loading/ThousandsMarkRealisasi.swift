import Foundation

/// A nilai whose one mark was read as a thousands mark (`7.012` in a file of decimal commas is 7 012) while the
/// indicator's other values say it was a decimal mark (7,012): its other quarters and years are all a hundredth of
/// it or less, and taken with its target they lie nearer the value a thousand times smaller. `ImplausibleValue`
/// catches the slip only against the target (a hundred times it); beside a target the value does not dwarf
/// (1 234,5), a planner's trial printed a capaian of 568 % in silence. Read as written, said at the cell as a
/// doubt (`Doubts`).
///
///     others 6,8 (2023), 6,95 (TW1), 7,01 (TW2), target 1 234,5; TW3 typed `7.012` → 7 012: a doubt at TW3
///     others 5 (TW1), target 1 500; TW2 typed `1.200` → 1 200: nothing (the target bears the value out)
enum ThousandsMarkRealisasi {
    static func check(
        _ rows: [Realisasi], targets: [String: Decimal], units: [String: String], source: CSVSource,
        log: inout DiagnosticLog
    ) {
        // Only a text cell that reads two ways and was read with the thousands mark can be the slip; most files
        // have none, and then the rows are not gone through again.
        var suspects: [Int: (text: String, column: Int)] = [:]
        for record in source.table.records {
            guard let cell = source.cell("nilai", in: record), cell.number == nil else { continue }
            let text = cell.value.trimmingSpaces()
            guard (5...9).contains(text.utf8.count), NumberReader.isAmbiguous(text) else { continue }
            let reading = NumberReader.reading(text)
            guard case .ambiguous(let ifComma, let ifPoint) = reading,
                let read = NumberReader.value(of: reading, convention: source.convention), read == max(ifComma, ifPoint)
            else { continue }
            suspects[record.line] = (text, cell.column)
        }
        guard !suspects.isEmpty else { return }
        for row in rows {
            guard let suspect = suspects[row.line], let value = row.value else { continue }
            let others = rows.filter { other in
                other.kode == row.kode && other.line != row.line && other.value.map { $0 > 0 } == true
            }
            guard !others.isEmpty, others.allSatisfy({ $0.value! * 100 <= value }) else { continue }
            let target = targets[row.kode].flatMap { $0 > 0 ? $0 : nil }
            let percent = units[row.kode].map { SatuanKind($0) == .percent } ?? false
            if let target, ImplausibleValue.times(value, target: target, percent: percent) != nil { continue }
            let references = others.map { $0.value! } + (target.map { [$0] } ?? [])
            guard nearer(value / 1000, than: value, to: references) else { continue }
            source.warning(
                line: row.line, column: suspect.column,
                message(suspect.text, value: value, kode: row.kode, others: others, convention: source.convention),
                doubt: true, log: &log)
        }
    }

    /// Whether `meant` lies nearer `references` than `read`, by the sum of their distances in orders of magnitude
    /// (a heuristic, so in binary floating point; no figure is computed from it).
    ///
    ///     nearer(7.012, than: 7012, to: [6.8, 6.95, 7.01, 1234.5]) → true   (0 + 0 + 0 + 2,25 < 3 × 3 + 0,75)
    ///     nearer(1.2, than: 1200, to: [5, 1500]) → false                      (0,62 + 3,10 > 2,38 + 0,10)
    static func nearer(_ meant: Decimal, than read: Decimal, to references: [Decimal]) -> Bool {
        func distance(_ value: Decimal) -> Double {
            let x = NSDecimalNumber(decimal: value).doubleValue
            return references.reduce(0) { sum, reference in
                sum + abs(log10(x / NSDecimalNumber(decimal: reference).doubleValue))
            }
        }
        return distance(meant) < distance(read)
    }

    static func message(
        _ text: String, value: Decimal, kode: String, others: [Realisasi], convention: DecimalMark?
    ) -> Message {
        let shown = convention == .point ? NumberStyle.english : NumberStyle.indonesian
        let meant = shown.unrounded(value / 1000)
        func list(_ style: NumberStyle) -> String {
            let named = others.prefix(3).map { "\($0.period): \(style.unrounded($0.value!))" }
            return named.joined(separator: "; ") + (others.count > 3 ? "; …" : "")
        }
        return Message(
            "nilai \(text) of \(kode) is read as \(value.plainString), more than a hundred times each of its other values (\(list(.english))); if the mark in it was meant as the decimal point (\(text) for \(meant)), type the decimal mark this file uses",
            id:
                "nilai \(text) untuk \(kode) dibaca \(NumberStyle.spreadsheetID.unrounded(value)), lebih dari seratus kali setiap nilai lainnya (\(list(.indonesian))); jika tanda di dalamnya dimaksud sebagai koma desimal (\(text) untuk \(meant)), ketik dengan tanda desimal berkas ini"
        )
    }
}
