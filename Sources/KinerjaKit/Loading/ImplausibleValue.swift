import Foundation

/// A realisasi so far above its indicator's target that a mark typed in it was most likely meant as the
/// decimal point (`88.100` for 88,1 in a file of decimal commas reads as 88 100), or a percent cell holds
/// the percent itself (55 in a cell formatted `0%` is 5 500 %; a workbook's percent cell that shows 200 % or more
/// is `PercentCellDoubt`'s to say, and is not doubted here again). Said at the cell as a doubt (`Doubts`); the
/// value is still read as written.
///
///     times(70_100, target: 72.5, percent: false) → 100  (a nilai over a hundred times its target)
///     times(5_500, target: 60, percent: true)     → 10   (a percent of 1 000 or more, over ten times its target)
///     times(140, target: 120, percent: true)      → nil
enum ImplausibleValue {
    /// The factor the value is above its target by (10 or 100), nil when it is not implausible. A percent
    /// must also be 1 000 or more: a small percent target (2 %) may be far exceeded by a real value.
    /// Asked of every realisasi: compared by `DecimalOrder`, the target scaled by its exponent (exact).
    static func times(_ value: Decimal, target: Decimal, percent: Bool) -> Int? {
        // A target of 10^120 or more (no indicator's) could not be scaled within Decimal's exponent.
        guard DecimalOrder.less(0, target), DecimalOrder.less(0, value), target.exponent < 120 else { return nil }
        func scaled(_ powerOfTen: Int) -> Decimal {
            Decimal(sign: .plus, exponent: target.exponent + powerOfTen, significand: target.significand)
        }
        if percent { return !DecimalOrder.less(value, 1000) && !DecimalOrder.less(value, scaled(1)) ? 10 : nil }
        return !DecimalOrder.less(value, scaled(2)) ? 100 : nil
    }

    /// The value as the file most likely shows it and what it would be with its last group as decimals,
    /// both in the file's marks when its numbers prove them (`70.100` → `70,1`), else in `style`'s.
    static func message(
        _ value: Decimal, kode: String, target: Decimal, times: Int, percent: Bool, convention: DecimalMark?
    ) -> Message {
        func typed(_ style: NumberStyle) -> (value: String, meant: String, target: String) {
            let shown = convention.map { $0 == .comma ? NumberStyle.indonesian : NumberStyle.english } ?? style
            return (shown.unrounded(value), shown.unrounded(value / 1000), style.unrounded(target))
        }
        let (en, id) = (typed(.english), typed(.indonesian))
        let unit = percent ? " %" : ""
        let factor = (times == 10 ? "ten" : "a hundred", times == 10 ? "sepuluh" : "seratus")
        return Message(
            "nilai \(en.value) of \(kode) is read as \(en.value)\(unit), more than \(factor.0) times its target \(en.target)\(unit); if a mark in it was meant as the decimal point (\(en.value) for \(en.meant)), type the decimal mark this file uses\(percent ? ", or, in a cell formatted as a percent, the fraction" : "")",
            id:
                "nilai \(id.value) untuk \(kode) dibaca \(id.value)\(unit), lebih dari \(factor.1) kali targetnya \(id.target)\(unit); jika ada tanda di dalamnya yang dimaksud sebagai koma desimal (\(id.value) untuk \(id.meant)), ketik dengan tanda desimal berkas ini\(percent ? ", atau, di sel berformat persen, pecahannya" : "")"
        )
    }
}
