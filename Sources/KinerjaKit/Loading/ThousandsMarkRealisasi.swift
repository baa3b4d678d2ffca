import Foundation

/// A nilai whose one mark was read as a thousands mark (`7.012` in a file of decimal commas is 7 012) while the
/// indicator's other values say it was a decimal mark (7,012): its other quarters and years are all a hundredth of
/// it or less, and taken with its target they lie nearer the value a thousand times smaller. `ImplausibleValue`
/// catches the slip only against the target (a hundred times it); beside a target the value does not dwarf
/// (1 234,5), a planner's trial printed a capaian of 568 % in silence. Read as written, said at the cell as a
/// doubt (`Doubts`).
///
/// And the mirror: a nilai whose one mark was read as the decimal mark the file's numbers prove (`1,092` in a sheet
/// of decimal commas is 1,092) while the indicator's other values and its target say it was a thousands mark
/// (1 092): each of them is ten times it or more, and they lie nearer the value a thousand times larger. Ten, not a
/// hundred: a `jumlah` count's quarters vary (a planner's trial: `1,250` groups beside 300 and 100 and a target of
/// 1 250, read as 1,25 for a capaian of 32,10 % instead of 132 %). A percent is not doubted so (1 092 % is no
/// reading of a percent).
///
///     others 6,8 (2023), 6,95 (TW1), 7,01 (TW2), target 1 234,5; TW3 typed `7.012` → 7 012: a doubt at TW3
///     others 5 (TW1), target 1 500; TW2 typed `1.200` → 1 200: nothing (the target bears the value out)
///     others 300 (TW2), 100 (TW3), target 1 250; TW1 typed `1,250` → 1,25: a doubt at TW1 (1 250 meant?)
///     others 13,1 (TW1), 12,8 (TW2), target 12; TW3 typed `12,400` → 12,4: nothing (an honest small value)
enum ThousandsMarkRealisasi {
    static func check(
        _ rows: [Realisasi], targets: [String: Decimal], units: [String: String], source: CSVSource,
        log: inout DiagnosticLog
    ) {
        // Only a text cell that reads two ways can be the slip (`thousands`: read with the thousands mark, else
        // with the decimal mark); most files have none, and then the rows are not gone through again.
        var suspects: [Int: (text: String, column: Int, thousands: Bool)] = [:]
        for record in source.table.records {
            guard let cell = source.cell("nilai", in: record), cell.number == nil else { continue }
            let text = cell.value.trimmingSpaces()
            guard (5...9).contains(text.utf8.count), NumberReader.isAmbiguous(text) else { continue }
            let reading = NumberReader.reading(text)
            guard case .ambiguous(let ifComma, let ifPoint) = reading,
                let read = NumberReader.value(of: reading, convention: source.convention)
            else { continue }
            suspects[record.line] = (text, cell.column, read == max(ifComma, ifPoint))
        }
        guard !suspects.isEmpty else { return }
        // Each indicator's values above 0, grouped once (not the whole table again for every suspect).
        let positive = Dictionary(grouping: rows.filter { $0.value.map { $0 > 0 } == true }, by: \.kode)
        for row in rows {
            guard let suspect = suspects[row.line], let value = row.value else { continue }
            let others = (positive[row.kode] ?? []).filter { $0.line != row.line }
            guard !others.isEmpty else { continue }
            let target = targets[row.kode].flatMap { $0 > 0 ? $0 : nil }
            let percent = units[row.kode].map { SatuanKind($0) == .percent } ?? false
            let references = others.map { $0.value! } + (target.map { [$0] } ?? [])
            if suspect.thousands {
                guard others.allSatisfy({ $0.value! * 100 <= value }) else { continue }
                if let target, ImplausibleValue.times(value, target: target, percent: percent) != nil { continue }
                guard nearer(value / 1000, than: value, to: references) else { continue }
            } else {
                guard !percent, value > 0, references.allSatisfy({ value * 10 <= $0 }),
                    nearer(value * 1000, than: value, to: references)
                else { continue }
            }
            let message =
                suspect.thousands
                ? message(suspect.text, value: value, kode: row.kode, others: others, convention: source.convention)
                : decimalMessage(
                    suspect.text, value: value, kode: row.kode, others: others, target: target,
                    convention: source.convention)
            source.warning(line: row.line, column: suspect.column, message, doubt: true, log: &log)
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

    /// The other values of the indicator as a message lists them: the first three, by period.
    static func list(_ others: [Realisasi], _ style: NumberStyle) -> String {
        let named = others.prefix(3).map { "\($0.period): \(style.unrounded($0.value!))" }
        return named.joined(separator: "; ") + (others.count > 3 ? "; …" : "")
    }

    static func message(
        _ text: String, value: Decimal, kode: String, others: [Realisasi], convention: DecimalMark?
    ) -> Message {
        let shown = convention == .point ? NumberStyle.english : NumberStyle.indonesian
        let meant = shown.unrounded(value / 1000)
        func list(_ style: NumberStyle) -> String { Self.list(others, style) }
        return Message(
            "nilai \(text) of \(kode) is read as \(value.plainString), more than a hundred times each of its other values (\(list(.english))); if the mark in it was meant as the decimal point (\(text) for \(meant)), type the decimal mark this file uses",
            id:
                "nilai \(text) untuk \(kode) dibaca \(NumberStyle.spreadsheetID.unrounded(value)), lebih dari seratus kali setiap nilai lainnya (\(list(.indonesian))); jika tanda di dalamnya dimaksud sebagai koma desimal (\(text) untuk \(meant)), ketik dengan tanda desimal berkas ini"
        )
    }

    /// The mirror's words: read with the file's decimal mark, both readings named.
    static func decimalMessage(
        _ text: String, value: Decimal, kode: String, others: [Realisasi], target: Decimal?, convention: DecimalMark?
    ) -> Message {
        let meant = (value * 1000).plainString
        let mark = convention == .point ? ("point", "titik") : ("comma", "koma")
        // Without grouping marks: a message about a mark read the wrong way prints numbers that read one way only.
        let (en, id) = (NumberStyle.machine, NumberStyle.spreadsheetID)
        let targetEN = target.map { " and of its target \(en.unrounded($0))" } ?? ""
        let targetID = target.map { " dan targetnya \(id.unrounded($0))" } ?? ""
        return Message(
            "nilai \(text) of \(kode) is read as \(value.plainString) by this file's decimal \(mark.0), under a tenth of each of its other values (\(list(others, en)))\(targetEN); if the mark in it was meant as a thousands separator (\(text) for \(meant)), type \(meant) without it",
            id:
                "nilai \(text) untuk \(kode) dibaca \(id.unrounded(value)) menurut \(mark.1) desimal berkas ini, kurang dari sepersepuluh setiap nilai lainnya (\(list(others, id)))\(targetID); jika tanda di dalamnya dimaksud sebagai pemisah ribuan (\(text) untuk \(meant)), ketik \(meant) tanpa tanda itu"
        )
    }
}
