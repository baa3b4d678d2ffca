import Foundation

/// Means of capaian (docs/aturan-capaian.md, section 5 "Groups and totals").
public enum Averages {
    /// Mean of the unrounded values that exist, each limited to `cap` where one is set.
    ///
    ///     mean([111.11…, 87.5, nil], cap: nil) → 99.305…   (the nil is left out, not counted as 0)
    ///     mean([150, 90], cap: 120)            → 105
    ///
    /// - Returns: nil when no value exists.
    public static func mean(_ values: [Decimal?], cap: Decimal?) -> Decimal? {
        let present = values.compactMap { $0 }.map { value in
            cap.map { DecimalOrder.less($0, value) ? $0 : value } ?? value
        }
        guard !present.isEmpty else { return nil }
        return DecimalArithmetic.quotient(DecimalArithmetic.total(present), Decimal(present.count))
    }
}
