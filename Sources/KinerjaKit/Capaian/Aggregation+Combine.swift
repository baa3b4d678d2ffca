import Foundation

extension Aggregation {
    /// Combines the present quarter values, in quarter order, into one "s.d." value.
    ///
    ///     jumlah    [100, 150, 200] → 450
    ///     terakhir  [70, 72, 74]    → 74
    ///     rata-rata [80, 83, 84]    → 82,333…
    ///
    /// - Returns: nil when no value is present (never 0).
    public func combine(_ values: [Decimal]) -> Decimal? {
        guard let last = values.last else { return nil }
        switch self {
        case .jumlah: return DecimalArithmetic.total(values)
        case .terakhir: return last
        case .rataRata: return DecimalArithmetic.quotient(DecimalArithmetic.total(values), Decimal(values.count))
        }
    }
}
