import Foundation

/// A Decimal as its sign, integer mantissa and power of ten (`-12.5` → negative, 125, -1), so that
/// printing it needs no Decimal arithmetic: `description` and `NSDecimalRound` divide the 128-bit mantissa
/// by ten one digit at a time, about half of what building a report's context cost (BENCHMARKS.md).
///
/// Foundation keeps these fields internal; they are read from the value's bytes, which hold NSDecimal's
/// fields: the exponent (a signed byte), then the length in 16-bit words (high nibble), the sign (0x08)
/// and compact (0x04) flags, two reserved bytes, and eight little-endian 16-bit words of mantissa. A check
/// of known values at first use (`layoutIsKnown`) turns this off if a Foundation ever lays Decimal out
/// otherwise; every caller then takes Foundation's way, which DecimalTextTests compare this with.
struct DecimalParts: Equatable {
    let isNegative: Bool
    let mantissa: UInt128
    let exponent: Int

    /// Nil for NaN, or when the layout is not the one described above.
    init?(_ value: Decimal) {
        guard Self.layoutIsKnown, let parts = Self.read(value) else { return nil }
        self = parts
    }

    init(isNegative: Bool, mantissa: UInt128, exponent: Int) {
        (self.isNegative, self.mantissa, self.exponent) = (isNegative, mantissa, exponent)
    }

    private static func read(_ value: Decimal) -> DecimalParts? {
        var copy = value
        return withUnsafeBytes(of: &copy) { raw -> DecimalParts? in
            guard raw.count == 20 else { return nil }
            let flags = raw[1]
            let length = Int(flags >> 4), negative = flags & 0x08 != 0
            guard length > 0 else { return negative ? nil : DecimalParts(isNegative: false, mantissa: 0, exponent: 0) }
            // The eight little-endian words are one little-endian 128-bit number: two 64-bit loads, not eight
            // shifts of 128 bits (read for every Decimal printed or compared, issue 22).
            let low = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt64.self))
            let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 12, as: UInt64.self))
            let mantissa = UInt128(high) << 64 | UInt128(low)
            // A zero that is not Decimal's zero (a length without digits) is left to Foundation.
            guard mantissa != 0 else { return nil }
            return DecimalParts(isNegative: negative, mantissa: mantissa, exponent: Int(Int8(bitPattern: raw[0])))
        }
    }

    /// Whether this Foundation lays Decimal out as described: known values read back as they were made.
    static let layoutIsKnown: Bool = {
        let known: [(String, DecimalParts)] = [
            ("-12.5", DecimalParts(isNegative: true, mantissa: 125, exponent: -1)),
            ("0", DecimalParts(isNegative: false, mantissa: 0, exponent: 0)),
            ("4294967296", DecimalParts(isNegative: false, mantissa: 4_294_967_296, exponent: 0)),
            (
                "98.1333333333333333333333333333333333",
                DecimalParts(
                    isNegative: false, mantissa: 981_333_333_333_333_333_333_333_333_333_333_333, exponent: -34)
            ),
            ("1e-100", DecimalParts(isNegative: false, mantissa: 1, exponent: -100)),
        ]
        return known.allSatisfy { text, parts in Decimal(string: text).flatMap(read) == parts } && read(.nan) == nil
    }()

    /// The mantissa's decimal digits, most significant first (`[1, 2, 5]`; `[0]` for zero), as ASCII.
    var digits: [UInt8] { Self.digits(mantissa) }

    static func digits(_ value: UInt128) -> [UInt8] {
        guard value != 0 else { return [UInt8(ascii: "0")] }
        if let small = UInt64(exactly: value) { return digits(small) }
        // Two 19-digit halves, each printed with 64-bit arithmetic.
        let chunk: UInt128 = 10_000_000_000_000_000_000
        var words: [UInt64] = []
        var rest = value
        while rest != 0 {
            words.append(UInt64(rest % chunk))
            rest /= chunk
        }
        var result: [UInt8] = []
        result.reserveCapacity(40)
        for (index, word) in words.reversed().enumerated() {
            var text: [UInt8] = []
            var w = word
            repeat {
                text.append(UInt8(ascii: "0") + UInt8(w % 10))
                w /= 10
            } while w != 0
            if index > 0 { result += [UInt8](repeating: UInt8(ascii: "0"), count: 19 - text.count) }
            result += text.reversed()
        }
        return result
    }

    /// The digits of a mantissa below 2⁶⁴ (nearly every one), written back to front into one array.
    private static func digits(_ value: UInt64) -> [UInt8] {
        var count = 1
        var probe = value
        while probe >= 10 {
            probe /= 10
            count += 1
        }
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var rest = value
            for index in (0..<count).reversed() {
                buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            initialized = count
        }
    }

    static func power(_ exponent: Int) -> UInt128 {
        var result: UInt128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
