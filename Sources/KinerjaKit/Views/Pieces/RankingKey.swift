import Foundation

/// A Decimal to sort by, with its Double: two keys far apart are compared by their Doubles, close ones
/// (within a billionth of their size, far more than a Double's error) by their Decimals (`DecimalOrder`). So it orders
/// exactly as the Decimals do, at a fraction of the cost: a Decimal comparison aligns both mantissas, and
/// ranking a kabupaten's indicators that way was 2 % of its run.
struct RankingKey: Comparable {
    let exact: Decimal
    private let approximate: Double?

    init(_ value: Decimal) {
        exact = value
        approximate = ChartNumber.double(value)
    }

    /// The Doubles' order when it is certainly the Decimals' one: true when greater, false when less.
    private static func farApart(_ a: RankingKey, _ b: RankingKey) -> Bool? {
        guard let x = a.approximate, let y = b.approximate, abs(x - y) > 1e-9 * max(abs(x), abs(y)) else {
            return nil
        }
        return x > y
    }

    static func < (a: RankingKey, b: RankingKey) -> Bool {
        farApart(a, b).map { !$0 } ?? DecimalOrder.less(a.exact, b.exact)
    }

    static func == (a: RankingKey, b: RankingKey) -> Bool {
        farApart(a, b) == nil && DecimalOrder.equal(a.exact, b.exact)
    }
}
