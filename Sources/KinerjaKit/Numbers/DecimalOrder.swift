import Foundation

/// Decimals compared as Foundation's `<` and `==` compare them, from their parts (`DecimalParts`) with 128-bit
/// integers. Foundation aligns both mantissas digit by digit (`Decimal._compare`, about 1 400 instructions a
/// comparison); ranking an agency's IKU, half of whose capaian tie, and checking every realisasi cell against
/// its bounds made that 4 % of a kabupaten's run.
///
/// Two values whose integer parts have different numbers of digits are ordered by those; two with the same are
/// aligned to the smaller exponent, exactly, as Foundation does while both stay within its 38 digits. Anything
/// else (NaN; a mantissa of 39 digits or exponents more than 38 apart, unless both exponents are the same: where
/// Foundation may round) is compared by Foundation. DecimalOrderTests compare both on thousands of values.
enum DecimalOrder {
    /// The order of `a` and `b`.
    static func compare(_ a: Decimal, _ b: Decimal) -> ComparisonResult {
        if let x = DecimalParts(a), let y = DecimalParts(b), let order = order(x, y) { return order }
        return a < b ? .orderedAscending : a == b ? .orderedSame : .orderedDescending
    }

    static func less(_ a: Decimal, _ b: Decimal) -> Bool { compare(a, b) == .orderedAscending }

    static func equal(_ a: Decimal, _ b: Decimal) -> Bool { compare(a, b) == .orderedSame }

    /// Nil when Foundation's alignment would round (see above).
    private static func order(_ x: DecimalParts, _ y: DecimalParts) -> ComparisonResult? {
        let (m, n) = (x.mantissa, y.mantissa)
        // The sign of each: zero is neither.
        let s = m == 0 ? 0 : x.isNegative ? -1 : 1, t = n == 0 ? 0 : y.isNegative ? -1 : 1
        if s != t { return s < t ? .orderedAscending : .orderedDescending }
        if s == 0 { return .orderedSame }
        guard let magnitudes = magnitudeOrder(m, x.exponent, n, y.exponent) else { return nil }
        guard s < 0 else { return magnitudes }
        switch magnitudes {
        case .orderedAscending: return .orderedDescending
        case .orderedDescending: return .orderedAscending
        case .orderedSame: return .orderedSame
        }
    }

    /// The order of m × 10^e and n × 10^f, both mantissas above zero; nil where Foundation would round.
    private static func magnitudeOrder(_ m: UInt128, _ e: Int, _ n: UInt128, _ f: Int) -> ComparisonResult? {
        // The same exponent (a tie of two results of the same formula, mostly): nothing to align.
        if e == f { return m < n ? .orderedAscending : m == n ? .orderedSame : .orderedDescending }
        let (digits, otherDigits) = (digitCount(m), digitCount(n))
        guard digits <= 38, otherDigits <= 38, abs(e - f) <= 38 else { return nil }
        // The power of ten just above each value: its digits plus its exponent.
        let (top, otherTop) = (digits + e, otherDigits + f)
        if top != otherTop { return top < otherTop ? .orderedAscending : .orderedDescending }
        // The same integer digits: the one with the larger exponent has fewer digits, scaled up to the other's.
        // It then has as many digits as the other, 38 at most: no 128-bit overflow, and nothing Foundation rounds.
        let (a, b) = e >= f ? (m * powers[e - f], n) : (m, n * powers[f - e])
        return a < b ? .orderedAscending : a == b ? .orderedSame : .orderedDescending
    }

    /// 10⁰ … 10³⁸.
    private static let powers: [UInt128] = (0...38).map { (0..<$0).reduce(1) { value, _ in value * 10 } }

    /// The decimal digits of `value`, above zero (39 at most): from its bits (times log₁₀ 2, 1233 / 4096),
    /// then one comparison.
    private static func digitCount(_ value: UInt128) -> Int {
        let estimate = ((128 - value.leadingZeroBitCount) * 1233) >> 12
        return value >= powers[estimate] ? estimate + 1 : estimate
    }
}
