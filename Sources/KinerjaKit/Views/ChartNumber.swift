import Foundation

/// A chart coordinate printed as `Decimal.fixedString(scale: 1)` prints it (`175.0`, `62.4`), worked out in
/// Double: a Decimal division costs some 30 000 instructions, and the bar chart took 5 % of a kabupaten run.
///
/// The Double and the Decimal formula compute the same exact value, each within far less than 10⁻⁹ of it
/// (the Decimal with 38 digits, the Double from differences taken in Decimal, so no cancellation). So they
/// print the same digits unless the exact value lies at or next to a point where rounding turns (…,x5):
/// there, within 10⁻⁶ of it, the Decimal formula is used as before.
enum ChartNumber {
    /// `exact().fixedString(scale: 1)`, printed from `approximate` (the same formula in Double) when that
    /// is safely away from a rounding point.
    static func text(_ approximate: Double?, exact: () -> Decimal) -> String {
        guard let approximate, approximate.isFinite, approximate >= 0, approximate < 1e12 else {
            return exact().fixedString(scale: 1)
        }
        let tenths = approximate * 10
        guard abs(tenths - tenths.rounded(.down) - 0.5) > 1e-6 else { return exact().fixedString(scale: 1) }
        let units = Int(tenths.rounded(.toNearestOrAwayFromZero))
        return "\(units / 10).\(units % 10)"
    }

    /// A whole coordinate (a row's y), as `fixedString(scale: 1)` prints it: `30.0`.
    static func whole(_ value: Int) -> String { "\(value).0" }

    /// The Double nearest `value` within a few units in the last place; nil when its parts cannot be read
    /// or its power of ten is beyond those Double holds exactly. A quotient such as a capaian (98,1333…, 38
    /// digits, 10⁻³⁴) is divided by two exact powers, one rounding more: each of the three steps is within
    /// half a unit in the last place.
    static func double(_ value: Decimal) -> Double? {
        guard let parts = DecimalParts(value) else { return nil }
        let magnitude = Double(parts.mantissa)
        let scaled: Double
        if parts.exponent >= 0 {
            guard parts.exponent < powers.count else { return nil }
            scaled = magnitude * powers[parts.exponent]
        } else if -parts.exponent < powers.count {
            scaled = magnitude / powers[-parts.exponent]
        } else {
            let rest = -parts.exponent - (powers.count - 1)
            guard rest < powers.count else { return nil }
            scaled = magnitude / powers[powers.count - 1] / powers[rest]
        }
        return parts.isNegative ? -scaled : scaled
    }

    /// 10⁰ … 10²², each exact in a Double.
    private static let powers: [Double] = (0...22).map { pow(10, Double($0)) }
}
