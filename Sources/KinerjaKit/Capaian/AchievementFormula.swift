import Foundation

/// Every capaian formula of docs/aturan-capaian.md, in one place. Its arithmetic and comparisons are
/// Foundation's, computed from the values' parts (`DecimalArithmetic`, `DecimalOrder`): the same results,
/// a tenth of the instructions.
///
/// Worked examples (capaian as printed, rounded half away from zero):
///
///     positif, T 90, R 100                 → 100 / 90 × 100        = 111,11
///     positif, T 3, R 5                    → 5 / 3 × 100           = 166,67
///     negatif selisih, T 20, R 15          → (2×20 − 15) / 20 × 100 = 125,00
///     negatif selisih, T 10, R 25          → (20 − 25) / 10 × 100 < 0 → 0,00 (dibatasi-nol)
///     negatif rasio, T 20, R 16            → 20 / 16 × 100         = 125,00
///     negatif, band 7–8, R 6,5             → (2×7 − 6,5) / 7 × 100 = 107,14
///     negatif, band 7–8, R 9               → (2×8 − 9) / 8 × 100   = 87,50
///     positif, band 80–90, R 70            → 70 / 80 × 100         = 87,50
///     rentang 95–105, R 110                → (2×105 − 110) / 105 × 100 = 95,24
public enum AchievementFormula {
    private static let hundred = Decimal(100)

    /// Capaian of realisasi `r` against `target`.
    ///
    /// - Parameters:
    ///   - r: the realisasi; nil → `belum-ada-data`.
    ///   - target: the target; nil → `tanpa-target` (checked first: without a target nothing can ever be computed).
    ///   - polarity: the indicator's direction.
    ///   - negativeFormula: `selisih` or `rasio`, for negatif indicators with a single-value target.
    ///     Band targets always use the band rules of docs/aturan-capaian.md, whatever this says.
    /// - Returns: the unrounded percentage with its status and the rule that applied.
    public static func achievement(
        realisasi r: Decimal?, target: Target?, polarity: Polarity, negativeFormula: NegativeFormula
    ) -> Achievement {
        let rule = rule(for: target, polarity: polarity, negativeFormula: negativeFormula)
        guard let target else { return Achievement(value: nil, status: .tanpaTarget, rule: rule) }
        guard let r else { return Achievement(value: nil, status: .belumAdaData, rule: rule) }
        switch target {
        case .value(let t):
            switch polarity {
            case .positif, .rentang:
                // A single value for a `rentang` indicator is rejected when loading; treated as positif here.
                return positive(r, t, rule)
            case .negatif:
                return negativeFormula == .selisih ? selisih(r, t, rule) : rasio(r, t, rule)
            }
        case .band(let a, let b):
            let below = DecimalOrder.less(r, a)
            if !below && !DecimalOrder.less(b, r) { return Achievement(value: hundred, status: .ok, rule: rule) }
            switch (polarity, below) {
            case (.positif, true), (.rentang, true): return positive(r, a, rule)  // R / a × 100
            case (.positif, false): return positive(r, b, rule)  // R / b × 100
            case (.negatif, true): return selisih(r, a, rule)  // (2a − R) / a × 100
            case (.negatif, false), (.rentang, false): return selisih(r, b, rule)  // (2b − R) / b × 100, ≥ 0
            }
        }
    }

    /// The rule that `achievement` applies for this target and polarity.
    public static func rule(
        for target: Target?, polarity: Polarity, negativeFormula: NegativeFormula
    ) -> AchievementRule {
        switch (polarity, target) {
        case (.rentang, _): return .rentang
        case (.positif, .band?): return .positifBand
        case (.negatif, .band?): return .negatifBand
        case (.positif, _): return .positif
        case (.negatif, _): return negativeFormula == .selisih ? .negatifSelisih : .negatifRasio
        }
    }

    /// R / T × 100. T = 0 → none, `target-nol`.
    static func positive(_ r: Decimal, _ t: Decimal, _ rule: AchievementRule) -> Achievement {
        guard !isZero(t) else { return Achievement(value: nil, status: .targetNol, rule: rule) }
        return Achievement(value: percent(r, of: t), status: .ok, rule: rule)
    }

    /// (2T − R) / T × 100, floored at 0 (`dibatasi-nol` when the floor applied).
    /// T = 0: 100 when R = 0, else 0, both `target-nol`.
    static func selisih(_ r: Decimal, _ t: Decimal, _ rule: AchievementRule) -> Achievement {
        guard !isZero(t) else { return targetZeroNegative(r, rule) }
        let value = percent(DecimalArithmetic.difference(DecimalArithmetic.product(2, t), r), of: t)
        if DecimalOrder.less(value, 0) { return Achievement(value: 0, status: .dibatasiNol, rule: rule) }
        return Achievement(value: value, status: .ok, rule: rule)
    }

    /// T / R × 100. T = 0 as for selisih; R = 0 with T > 0 → none, `tak-terhingga`.
    static func rasio(_ r: Decimal, _ t: Decimal, _ rule: AchievementRule) -> Achievement {
        guard !isZero(t) else { return targetZeroNegative(r, rule) }
        guard !isZero(r) else { return Achievement(value: nil, status: .takTerhingga, rule: rule) }
        return Achievement(value: percent(t, of: r), status: .ok, rule: rule)
    }

    /// A negatif indicator whose target is 0: meeting it (R = 0) is 100, anything above is 0.
    private static func targetZeroNegative(_ r: Decimal, _ rule: AchievementRule) -> Achievement {
        Achievement(value: DecimalOrder.less(0, r) ? 0 : hundred, status: .targetNol, rule: rule)
    }

    /// `x / y * 100`, as Foundation computes it.
    static func percent(_ x: Decimal, of y: Decimal) -> Decimal {
        DecimalArithmetic.product(DecimalArithmetic.quotient(x, y), hundred)
    }

    private static func isZero(_ value: Decimal) -> Bool { DecimalOrder.equal(value, 0) }
}
