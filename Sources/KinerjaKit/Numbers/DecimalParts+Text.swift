/// A Decimal's text, made from its parts (`DecimalParts`) with integer arithmetic, the same text Foundation's
/// `description` and `NSDecimalRound` give (DecimalTextTests compares them on many values).
extension DecimalParts {
    /// `description`: the mantissa's digits with the point placed by the exponent (`1.25`, `1500`, `0.001`).
    var plainText: String {
        guard mantissa != 0 else { return "0" }
        var digits = self.digits
        if exponent >= 0 {
            digits += [UInt8](repeating: UInt8(ascii: "0"), count: exponent)
        } else if -exponent < digits.count {
            digits.insert(UInt8(ascii: "."), at: digits.count + exponent)
        } else {
            digits = Array("0.".utf8) + [UInt8](repeating: UInt8(ascii: "0"), count: -exponent - digits.count) + digits
        }
        if isNegative { digits.insert(UInt8(ascii: "-"), at: 0) }
        return String(decoding: digits, as: UTF8.self)
    }

    /// Rounded half away from zero to `scale` decimals and printed with exactly that many (`Decimal.fixedString`);
    /// nil when the value is too large for this arithmetic (Foundation then prints it).
    func fixedText(scale: Int) -> String? {
        guard (0...30).contains(scale) else { return nil }
        // The value in units of 10^-scale.
        var units: UInt128
        if exponent >= -scale {
            guard exponent + scale <= 38 else { return nil }
            let (product, overflow) = mantissa.multipliedReportingOverflow(by: Self.power(exponent + scale))
            guard !overflow else { return nil }
            units = product
        } else {
            let dropped = -scale - exponent
            if dropped > 38 {
                units = 0  // the mantissa (< 10^39) is below half a unit
            } else {
                let divisor = Self.power(dropped)
                units = mantissa / divisor
                if mantissa % divisor >= divisor / 2 { units += 1 }
            }
        }
        let unit = Self.power(scale)
        var text: [UInt8] = isNegative && units != 0 ? [UInt8(ascii: "-")] : []
        text += Self.digits(units / unit)
        if scale > 0 {
            let fraction = Self.digits(units % unit)
            text.append(UInt8(ascii: "."))
            text += [UInt8](repeating: UInt8(ascii: "0"), count: scale - fraction.count) + fraction
        }
        return String(decoding: text, as: UTF8.self)
    }
}
