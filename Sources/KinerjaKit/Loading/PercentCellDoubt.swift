import Foundation

/// A percent-formatted cell that holds the percent itself: 95 typed into a cell formatted `0%` (by a paste, a
/// formula, or a format applied after typing) is stored as 95 and shown as 9 500 %. kinerja reads a percent
/// cell as the percent it shows (`SheetTable`), so the 9 500 % is what the report would print, and a target of
/// 9 500 % turns a capaian of 95 % into 0,99 % with nothing to say so (a planner's trial, issue 22's session).
/// A cell that shows 200 % or more is therefore a doubt at the cell (`Doubts`); it is still read as shown.
///
///     message(stored: 0.95)  → nil            (shows 95 %)
///     message(stored: 1.2)   → nil            (shows 120 %: a capaian above its target)
///     message(stored: 4.2)   → a doubt        (shows 420 %: 4,2 % was most likely meant)
///     message(stored: 95)    → a doubt        (shows 9 500 %)
enum PercentCellDoubt {
    /// Stored values from this one up show 200 % or more.
    static let threshold: Decimal = 2

    static func message(stored: Decimal) -> Message? {
        guard !DecimalOrder.less(stored, threshold) else { return nil }
        let shown = stored * 100
        let (en, id) = (NumberStyle.english, NumberStyle.indonesian)
        return Message(
            "the cell is formatted as a percent and holds \(en.unrounded(stored)), so it shows and is read as \(en.unrounded(shown)) %; if \(en.unrounded(stored)) % was meant, type \(en.unrounded(stored))% in the cell (the spreadsheet then stores \(en.unrounded(stored / 100))) or format the cell as Number",
            id:
                "sel ini berformat persen dan menyimpan \(id.unrounded(stored)), sehingga tampil dan dibaca \(id.unrounded(shown)) %; jika yang dimaksud \(id.unrounded(stored)) %, ketik \(id.unrounded(stored))% di sel itu (lembar kerja lalu menyimpan \(id.unrounded(stored / 100))) atau format selnya sebagai Angka"
        )
    }
}
