/// A Decimal's text, made from its parts (`DecimalParts`) with integer arithmetic, the same text Foundation's
/// `description` and `NSDecimalRound` give (DecimalTextTests compares them on many values). Each text is
/// written straight into the String's storage: building it from arrays of digits cost some 2 500
/// instructions a number, and a kabupaten's reports print tens of thousands.
extension DecimalParts {
    /// `description`: the mantissa's digits with the point placed by the exponent (`1.25`, `1500`, `0.001`).
    var plainText: String {
        guard mantissa != 0 else { return "0" }
        let count = Self.digitCount(mantissa)
        let sign = isNegative ? 1 : 0
        if exponent >= 0 {
            return String(unsafeUninitializedCapacity: sign + count + exponent) { buffer in
                if isNegative { buffer[0] = UInt8(ascii: "-") }
                Self.write(mantissa, digits: count, into: buffer, at: sign)
                for index in (sign + count)..<(sign + count + exponent) { buffer[index] = UInt8(ascii: "0") }
                return sign + count + exponent
            }
        }
        if -exponent < count {
            // The digits with the point after the first `count + exponent`.
            let whole = count + exponent
            let unit = Self.power(-exponent)
            return String(unsafeUninitializedCapacity: sign + count + 1) { buffer in
                if isNegative { buffer[0] = UInt8(ascii: "-") }
                Self.write(mantissa / unit, digits: whole, into: buffer, at: sign)
                buffer[sign + whole] = UInt8(ascii: ".")
                Self.write(mantissa % unit, digits: -exponent, into: buffer, at: sign + whole + 1)
                return sign + count + 1
            }
        }
        // `0.`, the zeros after the point, then the digits.
        let zeros = -exponent - count
        return String(unsafeUninitializedCapacity: sign + 2 + zeros + count) { buffer in
            if isNegative { buffer[0] = UInt8(ascii: "-") }
            buffer[sign] = UInt8(ascii: "0")
            buffer[sign + 1] = UInt8(ascii: ".")
            Self.write(mantissa, digits: zeros + count, into: buffer, at: sign + 2)
            return sign + 2 + zeros + count
        }
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
        let (whole, fraction) = units.quotientAndRemainder(dividingBy: unit)
        let sign = isNegative && units != 0 ? 1 : 0
        let wholeCount = Self.digitCount(whole)
        let length = sign + wholeCount + (scale > 0 ? 1 + scale : 0)
        return String(unsafeUninitializedCapacity: length) { buffer in
            if sign == 1 { buffer[0] = UInt8(ascii: "-") }
            Self.write(whole, digits: wholeCount, into: buffer, at: sign)
            if scale > 0 {
                buffer[sign + wholeCount] = UInt8(ascii: ".")
                Self.write(fraction, digits: scale, into: buffer, at: sign + wholeCount + 1)
            }
            return length
        }
    }

    /// How many decimal digits `value` has (1 for zero).
    static func digitCount(_ value: UInt128) -> Int {
        var count = 1
        if let small = UInt64(exactly: value) {
            var rest = small
            while rest >= 10 {
                rest /= 10
                count += 1
            }
            return count
        }
        var rest = value
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }

    /// Writes the last `digits` decimal digits of `value` (zeros in front when it has fewer) at `start`.
    static func write(_ value: UInt128, digits: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var index = start + digits - 1
        // The digits below 2⁶⁴ with 64-bit arithmetic: a 128-bit division is a call.
        var rest = value
        while index >= start, UInt64(exactly: rest) == nil {
            let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: 10)
            buffer[index] = UInt8(ascii: "0") + UInt8(remainder)
            rest = quotient
            index -= 1
        }
        var small = UInt64(truncatingIfNeeded: rest)
        while index >= start {
            buffer[index] = UInt8(ascii: "0") + UInt8(small % 10)
            small /= 10
            index -= 1
        }
    }
}
