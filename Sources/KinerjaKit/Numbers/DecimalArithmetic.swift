import Foundation

/// Decimal `+`, `-`, `×` and `÷` as Foundation computes them, value and representation alike (the same
/// mantissa, exponent and flags), from the operands' parts (`DecimalParts`) with 128- and 256-bit integers.
/// Foundation works on 16-bit words one at a time: a division costs 20 000–45 000 instructions, an addition
/// about 3 000, which made the capaian, the averages and the serapan of a kabupaten several percent of its run.
///
/// Foundation's steps, reproduced exactly:
/// - `a ÷ b`: a's mantissa times 10³⁸, divided by b's (rounded down); while that takes more than 9 words of 16
///   bits, divided by 10⁴, then by 10 while more than 8 (rounded down each time): the fewest digits dropped
///   that bring it under 2¹²⁸. The exponent is a's − b's − 38 + the digits dropped.
/// - `a × b`: the product of the mantissas, the exponents added (a product above 2¹²⁸, which Foundation
///   fits into 8 words as it may, is left to it).
/// - `a ± b`: the operand with the larger exponent scaled to the other's exponent, when that fits 128 bits;
///   then the mantissas added or subtracted.
/// - every result "compacted": its trailing zero digits dropped into the exponent (at most up to 127).
///
/// Whatever else (NaN, a zero operand, a ÷ b with a's exponent 19 or more above b's, a sum that does not fit
/// 128 bits, an exponent out of range, a product that must be rounded) is left to Foundation.
/// DecimalArithmeticTests compare both, byte for byte, on hundreds of thousands of operands.
enum DecimalArithmetic {
    /// `a / b`.
    static func quotient(_ a: Decimal, _ b: Decimal) -> Decimal {
        if let x = DecimalParts(a), let y = DecimalParts(b), let result = quotient(x, y) { return result }
        return a / b
    }

    /// `a * b`.
    static func product(_ a: Decimal, _ b: Decimal) -> Decimal {
        if let x = DecimalParts(a), let y = DecimalParts(b), let result = product(x, y) { return result }
        return a * b
    }

    /// `a + b`.
    static func sum(_ a: Decimal, _ b: Decimal) -> Decimal {
        if let x = DecimalParts(a), let y = DecimalParts(b) {
            if let result = sum(x, y, negatingSecond: false) { return result }
            // Foundation's 0 + b is b as it is, compact or not: every `total` starts so, and each went to Foundation
            // (1 650 instructions, issue 22). Only Decimal's own zero: a zero with an exponent is left to Foundation.
            if y.mantissa != 0, isZero(a) { return b }
        }
        return a + b
    }

    /// Whether `value` is `Decimal(0)` itself: exponent 0, no length, no flags.
    private static func isZero(_ value: Decimal) -> Bool {
        var copy = value
        return withUnsafeBytes(of: &copy) { $0.loadUnaligned(as: UInt32.self) == 0 }
    }

    /// `a - b`.
    static func difference(_ a: Decimal, _ b: Decimal) -> Decimal {
        if let x = DecimalParts(a), let y = DecimalParts(b), let result = sum(x, y, negatingSecond: true) {
            return result
        }
        return a - b
    }

    /// `values.reduce(0, +)`.
    static func total(_ values: [Decimal]) -> Decimal { values.reduce(Decimal(0), sum) }

    /// `NSDecimalRound(&result, &value, scale, .plain)`: half away from zero. Foundation divides by 10 (or 10⁴)
    /// at a time, keeping the digits dropped, then compacts; a value with no more than `scale` decimals is
    /// returned as it is.
    static func rounded(_ value: Decimal, scale: Int) -> Decimal {
        if let parts = DecimalParts(value), let result = rounded(parts, scale: scale, original: value) { return result }
        return value.foundationRounded(scale: scale)
    }

    // MARK: - The operations on parts; nil where Foundation is left to answer

    private static func quotient(_ x: DecimalParts, _ y: DecimalParts) -> Decimal? {
        guard x.mantissa != 0, y.mantissa != 0, x.exponent - y.exponent < 19 else { return nil }
        // Foundation divides x × 10³⁸ by y, then drops the fewest digits that bring the quotient under 2¹²⁸
        // (rounding down). Dropping k digits of ⌊x × 10³⁸ / y⌋ is ⌊x × 10^(38−k) / y⌋: the largest scale
        // 10^j, j ≤ 38, whose product with x stays below y × 2¹²⁸ gives it in one 256-by-128-bit division.
        var j = min(38, max(0, 38 - (digitCount(x.mantissa) - digitCount(y.mantissa))))
        while j > 0 && !fitsUnder(x.mantissa, j, y.mantissa) { j -= 1 }
        while j < 38 && fitsUnder(x.mantissa, j + 1, y.mantissa) { j += 1 }
        let scaled = x.mantissa.multipliedFullWidth(by: powers[j])
        guard scaled.high < y.mantissa else { return nil }
        let value = y.mantissa.dividingFullWidth(scaled).quotient
        guard value != 0 else { return nil }
        return compacted(isNegative: x.isNegative != y.isNegative, value, x.exponent - y.exponent - j)
    }

    /// Whether x × 10^j / y < 2¹²⁸.
    private static func fitsUnder(_ x: UInt128, _ j: Int, _ y: UInt128) -> Bool {
        x.multipliedFullWidth(by: powers[j]).high < y
    }

    /// The decimal digits of `value`, above zero: from its bits (times log₁₀ 2, 1233 / 4096), then one
    /// comparison.
    private static func digitCount(_ value: UInt128) -> Int {
        let estimate = ((128 - value.leadingZeroBitCount) * 1233) >> 12
        return estimate < powers.count && value >= powers[estimate] ? estimate + 1 : estimate
    }

    private static func product(_ x: DecimalParts, _ y: DecimalParts) -> Decimal? {
        guard x.mantissa != 0, y.mantissa != 0 else { return nil }
        let (value, overflow) = x.mantissa.multipliedReportingOverflow(by: y.mantissa)
        // A product above 128 bits is one Foundation may round: left to it.
        guard !overflow else { return nil }
        return compacted(isNegative: x.isNegative != y.isNegative, value, x.exponent + y.exponent)
    }

    private static func sum(_ x: DecimalParts, _ y: DecimalParts, negatingSecond: Bool) -> Decimal? {
        guard x.mantissa != 0, y.mantissa != 0 else { return nil }
        let yNegative = y.isNegative != negatingSecond
        // Both at the smaller exponent: the other mantissa scaled up, when it still fits 128 bits.
        var (m, n) = (x.mantissa, y.mantissa)
        let exponent = min(x.exponent, y.exponent)
        let shift = abs(x.exponent - y.exponent)
        if shift > 0 {
            guard shift <= 38 else { return nil }
            let (scaled, overflow) = (x.exponent > y.exponent ? m : n).multipliedReportingOverflow(by: powers[shift])
            guard !overflow else { return nil }
            if x.exponent > y.exponent { m = scaled } else { n = scaled }
        }
        if x.isNegative == yNegative {
            let (total, overflow) = m.addingReportingOverflow(n)
            guard !overflow else { return nil }
            return compacted(isNegative: x.isNegative, total, exponent)
        }
        guard m != n else { return Decimal() }
        return m > n
            ? compacted(isNegative: x.isNegative, m - n, exponent) : compacted(isNegative: yNegative, n - m, exponent)
    }

    private static func rounded(_ x: DecimalParts, scale: Int, original: Decimal) -> Decimal? {
        guard x.mantissa != 0, (0...38).contains(scale) else { return nil }
        guard x.exponent < -scale else { return original }
        let dropped = -scale - x.exponent
        guard dropped <= 38 else { return nil }
        let divisor = powers[dropped]
        var (units, rest) = x.mantissa.quotientAndRemainder(dividingBy: divisor)
        // The first digit dropped decides: 5 or more rounds up, whatever follows.
        if rest >= divisor / 2 { units += 1 }
        // A value that rounds to 0 keeps an exponent Foundation's zero has not: left to it.
        guard units != 0 else { return nil }
        return compacted(isNegative: x.isNegative, units, -scale)
    }

    /// The Decimal `±mantissa × 10^exponent` as Foundation's `compact()` leaves it: trailing zeros dropped into
    /// the exponent while it stays at most 127; nil when the exponent is out of Foundation's range.
    private static func compacted(isNegative: Bool, _ mantissa: UInt128, _ exponent: Int) -> Decimal? {
        guard (-128...127).contains(exponent) else { return nil }
        var (m, e) = (mantissa, exponent)
        // Trailing zeros in steps of 16, 4 and 1 digits (each a 128-bit division).
        for step in [16, 4, 1] {
            while e + step <= 127 {
                let (q, r) = m.quotientAndRemainder(dividingBy: powers[step])
                guard r == 0 else { break }
                (m, e) = (q, e + step)
            }
        }
        return decimal(isNegative: isNegative, m, e)
    }

    /// The compact Decimal of these parts, its bytes written as `DecimalParts` reads them (used only where that
    /// layout was recognised): the exponent, the length in words with the sign and compact
    /// flags, two reserved bytes, the eight little-endian words of the mantissa.
    static func decimal(isNegative: Bool, _ mantissa: UInt128, _ exponent: Int) -> Decimal {
        var result = Decimal()
        let words = (128 - mantissa.leadingZeroBitCount + 15) / 16
        withUnsafeMutableBytes(of: &result) { raw in
            raw[0] = UInt8(bitPattern: Int8(exponent))
            raw[1] = UInt8(words << 4) | (isNegative ? 0x08 : 0) | 0x04
            raw[2] = 0
            raw[3] = 0
            // Two 64-bit stores, not sixteen shifts of 128 bits (every result and every number read, issue 22).
            raw.storeBytes(of: UInt64(truncatingIfNeeded: mantissa).littleEndian, toByteOffset: 4, as: UInt64.self)
            raw.storeBytes(
                of: UInt64(truncatingIfNeeded: mantissa >> 64).littleEndian, toByteOffset: 12, as: UInt64.self)
        }
        return result
    }

    /// 10⁰ … 10³⁸.
    private static let powers: [UInt128] = (0...38).map { (0..<$0).reduce(1) { value, _ in value * 10 } }
}
