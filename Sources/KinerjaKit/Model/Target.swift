import Foundation

/// A target: one value, or a band `a–b` (written `80-90` or `7 - 8` in the CSV).
public enum Target: Sendable, Equatable {
    case value(Decimal)
    case band(lower: Decimal, upper: Decimal)

    /// Machine form for capaian.csv: `75`, `80-90`.
    package func formatted(_ style: NumberStyle) -> String {
        switch self {
        case .value(let v): return style.unrounded(v)
        case .band(let a, let b): return "\(style.unrounded(a))-\(style.unrounded(b))"
        }
    }

    /// Sum of quarterly targets (for `jumlah` indicators). Nil when bands and single values are mixed.
    static func sum(_ targets: [Target]) -> Target? {
        if targets.allSatisfy({ if case .value = $0 { true } else { false } }) {
            // Foundation's sums, as DecimalArithmetic gives them (issue 22).
            return .value(
                targets.reduce(Decimal(0)) { if case .value(let v) = $1 { DecimalArithmetic.sum($0, v) } else { $0 } })
        }
        var lower = Decimal(0), upper = Decimal(0)
        for target in targets {
            guard case .band(let a, let b) = target else { return nil }
            lower = DecimalArithmetic.sum(lower, a)
            upper = DecimalArithmetic.sum(upper, b)
        }
        return .band(lower: lower, upper: upper)
    }
}

extension Target {
    /// The lower and upper end; a single value is both.
    public var bounds: (lower: Decimal, upper: Decimal) {
        switch self {
        case .value(let v): return (v, v)
        case .band(let a, let b): return (a, b)
        }
    }
}
