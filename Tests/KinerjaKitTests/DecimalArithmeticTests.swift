import Foundation
import Testing

@testable import KinerjaKit

/// `DecimalArithmetic` gives exactly Foundation's results: the same bytes (mantissa, exponent, length, sign
/// and compact flags), not only equal values, on the values a report computes with and far beyond.
struct DecimalArithmeticTests {
    /// Zeros written several ways, NaN, small integers, the quotients of 38 digits (1/3, 2/3), powers of ten,
    /// mantissas near 2⁶⁴ and 2¹²⁸, values that are not compact (12,5 as 12500 × 10⁻³), both signs, and random
    /// values of 1–38 digits with exponents from −40 to 40, and a few near 127 (Foundation itself fails on
    /// products whose exponent falls below −128, so none is that small).
    static func values() -> [Decimal] {
        var random = SeededGenerator(seed: 47)
        var values: [Decimal] = [
            0, decimal("0.000"), decimal("-0"), .nan, 1, 2, 3, 7, 9, 10, 100, 1000, decimal("0.1"), decimal("0.5"),
            -1, decimal("1.0"), decimal("100.00"), Decimal(1) / 3, Decimal(2) / 3, Decimal(-5) / 3, Decimal(100) / 90,
            decimal("98.1333333333333333333333333333333333"), decimal("99.9999999999999999999999999999999999"),
            decimal("18446744073709551615"), decimal("18446744073709551616"), decimal("4294967296"),
            decimal("340282366920938463463374607431768211455"), decimal("340282366920938463463374607431768211454"),
            decimal("100000000000000000000000000000000000000"), decimal("99999999999999999999999999999999999999"),
            decimal("1e-40"), decimal("1e40"), decimal("-12.5"), decimal("0.995"), decimal("90.995"),
            decimal("-0.005"), decimal("166.665"), decimal("1000000000"), decimal("250000"),
        ]
        values += [1, -125, 125, 995, 7].compactMap { DecimalOrderTests.widened(Decimal($0), by: 3) }
        // Exponents near 127, where compacting stops short of the trailing zeros.
        values += [("1e125", 8), ("-1e120", 12), ("1e110", 20), ("25e100", 3)].compactMap {
            DecimalOrderTests.widened(decimal($0), by: $1)
        }
        for _ in 0..<700 {
            let digits = Int.random(in: 1...(Bool.random(using: &random) ? 8 : 38), using: &random)
            let text = (0..<digits).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
            let exponent = Int.random(in: Bool.random(using: &random) ? -8...4 : -40...40, using: &random)
            let sign = Bool.random(using: &random) ? "-" : ""
            let value = decimal("\(sign)\(text)e\(exponent)")
            values.append(value)
            if let wider = DecimalOrderTests.widened(value, by: Int.random(in: 1...6, using: &random)) {
                values.append(wider)
            }
            values.append(value / 7)
        }
        return values
    }

    static func bytes(_ value: Decimal) -> [UInt8] {
        var copy = value
        return withUnsafeBytes(of: &copy) { Array($0) }
    }

    @Test func computesAsFoundationDoes() {
        let values = Self.values()
        for a in values {
            for b in values.prefix(120) {
                #expect(Self.bytes(DecimalArithmetic.quotient(a, b)) == Self.bytes(a / b), "\(a) / \(b)")
                #expect(Self.bytes(DecimalArithmetic.product(a, b)) == Self.bytes(a * b), "\(a) * \(b)")
                #expect(Self.bytes(DecimalArithmetic.sum(a, b)) == Self.bytes(a + b), "\(a) + \(b)")
                #expect(Self.bytes(DecimalArithmetic.difference(a, b)) == Self.bytes(a - b), "\(a) - \(b)")
            }
        }
    }

    /// The capaian formulas' own shapes: R / T × 100 and (2T − R) / T × 100 on integer and two-decimal inputs.
    @Test func computesTheFormulasAsFoundationDoes() {
        var random = SeededGenerator(seed: 53)
        for _ in 0..<5000 {
            let r = Decimal(Int.random(in: -500...100_000, using: &random)) / 100
            let t = Decimal(Int.random(in: 1...100_000, using: &random)) / (Bool.random(using: &random) ? 1 : 100)
            let positive = DecimalArithmetic.product(DecimalArithmetic.quotient(r, t), 100)
            #expect(Self.bytes(positive) == Self.bytes(r / t * 100), "\(r) / \(t)")
            let negative = DecimalArithmetic.quotient(
                DecimalArithmetic.difference(DecimalArithmetic.product(2, t), r), t)
            #expect(Self.bytes(negative) == Self.bytes((2 * t - r) / t), "\(r) \(t)")
            let spent = [r, t, r].map { $0 * 1_000_000 }
            #expect(Self.bytes(DecimalArithmetic.total(spent)) == Self.bytes(spent.reduce(0, +)))
        }
    }

    /// A total starts from `Decimal(0)`, and Foundation's `0 + v` is `v` as it is (compact or not), which `sum`
    /// answers without Foundation.
    @Test func totalsAsFoundationDoes() {
        let values = Self.values()
        for (index, value) in values.enumerated() {
            #expect(Self.bytes(DecimalArithmetic.total([value])) == Self.bytes(0 + value), "\(value)")
            let some = [value] + values[index..<min(index + 3, values.count)]
            #expect(Self.bytes(DecimalArithmetic.total(some)) == Self.bytes(some.reduce(0, +)), "\(some)")
        }
    }

    @Test func roundsAsFoundationDoes() {
        for value in Self.values() {
            for scale in 0...4 {
                #expect(
                    Self.bytes(DecimalArithmetic.rounded(value, scale: scale))
                        == Self.bytes(value.foundationRounded(scale: scale)), "\(value) \(scale)")
            }
        }
    }
}
