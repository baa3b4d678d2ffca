import Foundation
import Testing

@testable import KinerjaKit

/// `RankingKey` orders as the Decimals it holds do, for values far apart, close together and equal.
struct RankingKeyTests {
    @Test func ordersAsTheDecimalsDo() {
        var random = SeededGenerator(seed: 24)
        var values: [Decimal] = [
            0, 100, 100.0, -3.5, decimal("98.1333333333333333333333333333333333"), decimal("98.13"),
        ]
        for _ in 0..<300 {
            let units = Int.random(in: -2_000_000...2_000_000, using: &random)
            let value =
                Decimal(units) / Decimal(sign: .plus, exponent: Int.random(in: 0...4, using: &random), significand: 1)
            values.append(value)
            // A neighbour within 10⁻³⁰: only the Decimals tell them apart.
            values.append(value + Decimal(sign: .plus, exponent: -30, significand: 1))
            values.append(value / 3)
        }
        for a in values {
            for b in values.prefix(120) {
                #expect((RankingKey(a) < RankingKey(b)) == (a < b), "\(a) \(b)")
                #expect((RankingKey(a) == RankingKey(b)) == (a == b), "\(a) \(b)")
            }
        }
    }
}
