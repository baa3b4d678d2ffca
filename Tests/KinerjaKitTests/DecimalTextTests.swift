import Foundation
import Testing

@testable import KinerjaKit

/// Numbers are printed from their parts (`DecimalParts`) with integer arithmetic instead of Foundation's
/// `description` and `NSDecimalRound` (issue 22); the text must be Foundation's for every value. Values
/// come from text of every length, point position, sign and exponent, and from the arithmetic the engine
/// does (division, products, differences), each printed plain, fixed to 0–4 decimals and in every style.
struct DecimalTextTests {
    @Test func theLayoutIsTheOneDecimalPartsReads() {
        #expect(DecimalParts.layoutIsKnown)
        #expect(DecimalParts(decimal("-12.5")) == DecimalParts(isNegative: true, mantissa: 125, exponent: -1))
        #expect(DecimalParts(.nan) == nil)
    }

    static func values(count: Int, seed: UInt64) -> [Decimal] {
        var random = SeededGenerator(seed: seed)
        func int(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        var values: [Decimal] = [
            0, 1, -1, decimal("0.005"), decimal("-0.005"), decimal("0.004999"), decimal("-0.001"), decimal("999.995"),
            decimal("1.005"), decimal("2.675"), decimal("100"), decimal("1e30"), decimal("1e-30"), decimal("-1e-40"),
            decimal("123456789012345678901234567890123456.78"),
        ]
        for _ in 0..<count {
            let digits = String((0..<(1 + int(38))).map { _ in Character(String(int(10))) })
            let point = int(digits.count + 1)
            var text = (int(3) == 0 ? "-" : "") + digits.prefix(point) + "." + digits.dropFirst(point)
            if text.hasSuffix(".") { text.removeLast() }
            if int(8) == 0 { text += "e\(int(60) - 30)" }
            if let value = Decimal(
                string: text.hasPrefix(".") || text.hasPrefix("-.")
                    ? text.replacingOccurrences(of: ".", with: "0.") : text,
                locale: Locale(identifier: "en_US_POSIX"))
            {
                values.append(value)
            }
            let a = values[int(values.count)], b = values[int(values.count)]
            values.append(a - b)
            values.append(a * decimal("1.1"))
            if b != 0 { values.append(a / b * 100) }
        }
        return values
    }

    @Test(arguments: 0..<4)
    func everyValuePrintsAsFoundationPrintsIt(seed: Int) {
        var mismatches: [String] = []
        for value in Self.values(count: 3_000, seed: UInt64(seed)) {
            if value.plainString != value.foundationPlainString {
                mismatches.append("plain \(value.foundationPlainString): \(value.plainString)")
            }
            for scale in 0...4 where value.fixedString(scale: scale) != value.foundationFixedString(scale: scale) {
                mismatches.append(
                    "fixed \(scale) \(value.foundationPlainString): \(value.fixedString(scale: scale)), Foundation \(value.foundationFixedString(scale: scale))"
                )
            }
            for style in [NumberStyle.indonesian, .english, .machine, .spreadsheetID] {
                for plain in [
                    value.foundationPlainString, value.foundationFixedString(scale: 2),
                    value.foundationFixedString(scale: 0),
                ]
                where style.style(plain) != style.styleByCharacters(plain) {
                    mismatches.append(
                        "style \(plain): \(style.style(plain)), by Characters \(style.styleByCharacters(plain))")
                }
            }
            if mismatches.count > 10 { break }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).joined(separator: "\n"))")
    }
}
