import Foundation

/// A Decimal written down exactly and read back exactly, for the records a run keeps (`LastRun`): its integer
/// mantissa and power of ten (`101432920148941505298503686037901712467e-36`), since a 39-digit mantissa is
/// more than `Decimal(string:)` reads without rounding (an IKU average often has one).
extension Decimal {
    /// `-125e-1` for -12.5; the plain text (`plainString`) when the parts cannot be read.
    var recordText: String {
        guard let parts = DecimalParts(self) else { return plainString }
        return (parts.isNegative ? "-" : "") + String(parts.mantissa) + "e" + String(parts.exponent)
    }

    /// 2^64, parsed once: reading a province's records parsed it for every figure.
    private static let twoToThe64 = Decimal(string: "18446744073709551616", locale: .posix)!

    /// The value `recordText` wrote; nil for any other text, or when it does not read back to the same parts.
    init?(recordText text: String) {
        let negative = text.hasPrefix("-")
        let unsigned = text.dropFirst(negative ? 1 : 0)
        let split = unsigned.split(separator: "e", omittingEmptySubsequences: false)
        if split.count == 2, let mantissa = UInt128(split[0]), let exponent = Int(split[1]),
            (-128...127).contains(exponent)
        {
            // Built from the mantissa's two 64-bit halves in Decimal arithmetic, exact while it fits 128 bits.
            let high = Decimal(UInt64(mantissa >> 64)), low = Decimal(UInt64(truncatingIfNeeded: mantissa))
            let significand = high * Self.twoToThe64 + low
            let value = Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: significand)
            guard value.recordText == text else { return nil }
            self = value
            return
        }
        guard let value = NumberReader.decimal(String(unsigned), negative: negative), value.plainString == text else {
            return nil
        }
        self = value
    }
}
