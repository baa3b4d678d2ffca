import Foundation

extension Decimal {
    /// Rounds half away from zero to `scale` decimals (`166.666…` → `166.67`, `139.7385` → `139.74`,
    /// `-0.125` → `-0.13`). The computation uses it only for display and for choosing a rating category
    /// (docs/aturan-capaian.md); the synthetic workspaces use it to write input values with two decimals.
    ///
    /// `NSDecimalRound(…, .plain)`, computed from the value's parts (`DecimalArithmetic.rounded`).
    package func roundedForDisplay(scale: Int = 2) -> Decimal {
        DecimalArithmetic.rounded(self, scale: scale)
    }

    /// `roundedForDisplay` by Foundation itself.
    func foundationRounded(scale: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, scale, .plain)
        return result
    }

    /// The plain machine form: `.` as decimal mark, no grouping, no exponent (`20415109000`, `87.5`).
    /// Made from the value's parts (`DecimalParts`), to Foundation's text (`foundationPlainString`).
    package var plainString: String {
        DecimalParts(self)?.plainText ?? foundationPlainString
    }

    /// `plainString` through Foundation's `description`: the way taken when the parts cannot be read.
    var foundationPlainString: String {
        let text = description
        return text == "-0" ? "0" : text
    }

    /// Rounded to `scale` decimals and printed with exactly that many (`111.1111…` → `111.11`, `100` → `100.00`).
    /// Made from the value's parts, to the text of Foundation's rounding (`foundationFixedString`).
    func fixedString(scale: Int = 2) -> String {
        DecimalParts(self)?.fixedText(scale: scale) ?? foundationFixedString(scale: scale)
    }

    /// `fixedString` through `NSDecimalRound` and `description`.
    func foundationFixedString(scale: Int = 2) -> String {
        let text = foundationRounded(scale: scale).foundationPlainString
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        fraction += String(repeating: "0", count: Swift.max(0, scale - fraction.count))
        return scale == 0 ? String(parts[0]) : "\(parts[0]).\(fraction)"
    }
}
