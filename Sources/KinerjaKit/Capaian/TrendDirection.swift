import Foundation

/// Whether an indicator got better or worse from one year to the next, by its polarity (the LKjIP's
/// comparison with last year, PermenPANRB 53/2014 analysis (2)).
public enum TrendDirection: String, Sendable {
    case membaik, memburuk, tetap

    /// - positif: higher is better; negatif: lower is better;
    /// - rentang: closer to the target band is better (distance 0 inside it); nil without a target.
    ///
    ///     positif 71,2 → 73,6: membaik;  negatif 0,22 → 0,15: membaik;
    ///     rentang 95–105, 108,4 → 110: memburuk (distance 3,4 → 5)
    public static func between(_ old: Decimal, _ new: Decimal, polarity: Polarity, target: Target?) -> TrendDirection? {
        let better: Bool, worse: Bool
        switch polarity {
        case .positif:
            better = new > old
            worse = new < old
        case .negatif:
            better = new < old
            worse = new > old
        case .rentang:
            guard let target else { return nil }
            let (a, b) = target.bounds
            func distance(_ x: Decimal) -> Decimal { max(a - x, 0, x - b) }
            better = distance(new) < distance(old)
            worse = distance(new) > distance(old)
        }
        return better ? .membaik : worse ? .memburuk : .tetap
    }
}
