import Foundation
import Testing

@testable import KinerjaKit

/// `DecimalOrder` orders Decimals exactly as Foundation's `<` and `==` do.
struct DecimalOrderTests {
    /// Values of every size a report meets and beyond: integers, 0–6 decimals, quotients of 38 digits,
    /// mantissas above 2⁶⁴, tiny and huge exponents, both signs, zeros written several ways, and the same
    /// value with different mantissas (1, 1,0, 10 × 10⁻¹).
    static func values() -> [Decimal] {
        var random = SeededGenerator(seed: 31)
        var values: [Decimal] = [
            0, decimal("0.000"), decimal("-0"), 1, decimal("1.0"), widened(1, by: 1)!, widened(-125, by: 3)!,
            -1, 100, decimal("100.00"), decimal("99.9999999999999999999999999999999999"),
            decimal("18446744073709551615"), decimal("18446744073709551616"), decimal("1e-100"), decimal("1e100"),
            decimal("98.1333333333333333333333333333333333"), decimal("98.13"), Decimal(1) / 3, Decimal(2) / 3,
            decimal("340282366920938463463374607431768211455"), decimal("340282366920938463463374607431768211454"),
            decimal("100000000000000000000000000000000000000"), decimal("99999999999999999999999999999999999999"),
            decimal("-12.5"), .nan,
        ]
        for _ in 0..<500 {
            let digits = Int.random(in: 1...(Bool.random(using: &random) ? 8 : 30), using: &random)
            let text = (0..<digits).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
            let exponent = Int.random(in: Bool.random(using: &random) ? -6...4 : -60...60, using: &random)
            let sign = Bool.random(using: &random) ? "-" : ""
            let value = decimal("\(sign)\(text)e\(exponent)")
            values.append(value)
            // Neighbours: the same value rescaled, a computed quotient, and one a last digit away.
            values.append(value * 10 / 10)
            if let wider = Self.widened(value, by: Int.random(in: 1...6, using: &random)) { values.append(wider) }
            values.append(value / 7)
            values.append(value + Decimal(sign: .plus, exponent: exponent, significand: 1))
        }
        return values
    }

    /// The same value with `digits` more zeros in its mantissa and its exponent as much lower (12,5 as
    /// 12500 × 10⁻³): Foundation's arithmetic compacts its results, but a Decimal need not be.
    static func widened(_ value: Decimal, by digits: Int) -> Decimal? {
        guard let parts = DecimalParts(value), parts.mantissa != 0, parts.exponent - digits >= -128 else { return nil }
        let (mantissa, overflow) = parts.mantissa.multipliedReportingOverflow(by: DecimalParts.power(digits))
        guard !overflow, mantissa < DecimalParts.power(38) else { return nil }
        // Written in NSDecimal's layout, as DecimalParts reads it: exponent, length and flags, mantissa words.
        guard DecimalParts.layoutIsKnown, parts.exponent - digits <= 127 else { return nil }
        let words = (0..<8).map { UInt16(truncatingIfNeeded: mantissa >> (16 * $0)) }
        let length = UInt8((0..<8).last { words[$0] != 0 }! + 1)
        var result = Decimal()
        withUnsafeMutableBytes(of: &result) { raw in
            raw[0] = UInt8(bitPattern: Int8(parts.exponent - digits))
            raw[1] = length << 4 | (parts.isNegative ? 0x08 : 0)
            for (index, word) in words.enumerated() {
                (raw[4 + 2 * index], raw[5 + 2 * index]) = (UInt8(word & 0xff), UInt8(word >> 8))
            }
        }
        return result
    }

    @Test func ordersAsFoundationDoes() {
        let values = Self.values()
        for a in values {
            for b in values.prefix(100) {
                let expected: ComparisonResult = a < b ? .orderedAscending : a == b ? .orderedSame : .orderedDescending
                #expect(DecimalOrder.compare(a, b) == expected, "\(a) \(b)")
                #expect(DecimalOrder.less(a, b) == (a < b) && DecimalOrder.equal(a, b) == (a == b), "\(a) \(b)")
            }
        }
    }
}
