import Foundation

/// Which character a file uses as its decimal mark.
enum DecimalMark: Sendable, Equatable {
    case comma  // Indonesian: 1.234,5
    case point  // international: 1,234.5
}

/// Reads the number forms of docs/format.md: `1234.5`, `1234,5`, `1.234,5`, `1,234.5`, `87,5%`,
/// and in money columns `Rp 20.415.109.000` (also `Rp 20.415.109.000,-`).
///
/// A value such as `1.234` or `1,234` reads two ways (one thousand two hundred thirty-four, or
/// one point two three four). It is read by the file's own convention, learnt from its other
/// values (`87,5` or `1.234.567` say "decimal comma"); when nothing settles it, it is an error.
enum NumberReader {
    /// What one cell says on its own.
    enum Reading: Sendable, Equatable {
        /// Unambiguous. `mark` is the decimal mark the text proves, if it proves one.
        case number(Decimal, proves: DecimalMark?)
        /// Two readings: `1.234` is 1234 with a decimal comma, 1.234 with a decimal point.
        case ambiguous(ifComma: Decimal, ifPoint: Decimal)
        case invalid
    }

    enum Kind: Sendable {
        case plain
        /// `Rp` and spaces (also non-breaking) are dropped.
        case money
    }

    /// Reads one cell's text. Empty text is not a number: callers treat it as "no data" first.
    ///
    /// Read on the UTF-8 bytes (issue 22: reading numbers by Characters, with Foundation's
    /// `replacingOccurrences`, was a tenth of a many-agency run). Only ASCII digits, `.` and `,` make a number,
    /// so what is not ASCII matters only where it is taken away: spaces (Zs) at either end, around a trailing `%`,
    /// a leading `−` (U+2212), and in money a non-breaking space anywhere. NumberReaderTests compares this with the
    /// reader by Characters it replaced, on many generated texts.
    static func reading(_ raw: String, kind: Kind = .plain) -> Reading {
        var raw = raw
        return raw.withUTF8 { reading(bytes: $0, kind: kind) }
    }

    private static func reading(bytes: UnsafeBufferPointer<UInt8>, kind: Kind) -> Reading {
        stripped(bytes, kind: kind, empty: .invalid) { reading(digits: $0) }
    }

    /// The decimal mark that `reading(raw, kind:)` proves (its `.number(_, proves:)`), nil when it proves none
    /// (a number without marks, an ambiguous one, no number), told without making the Decimal or the `Reading`:
    /// all the decimal convention of a table asks of each of its text numbers (issue 22: they were read in full
    /// twice, for the convention and then for their rows). NumberReaderParityTests compares it with `reading`.
    static func proof(_ raw: String, kind: Kind = .plain) -> DecimalMark? {
        var raw = raw
        let found = raw.withUTF8 { stripped($0, kind: kind, empty: Shape.other) { shape(digits: $0) } }
        if case .proves(let mark) = found { return mark }
        return nil
    }

    /// Whether `reading(raw, kind:)` is `.ambiguous`, told as `proof` tells its mark (`ThousandsMarkRealisasi` asks
    /// it of every nilai before reading the few that are).
    static func isAmbiguous(_ raw: String, kind: Kind = .plain) -> Bool {
        var raw = raw
        let found = raw.withUTF8 { stripped($0, kind: kind, empty: Shape.other) { shape(digits: $0) } }
        return found == .ambiguous
    }

    /// `body` of the text with what `kind` takes away gone: spaces at either end and around a trailing `%`, and in
    /// money `Rp` and every space and non-breaking space; `empty` when nothing is left.
    private static func stripped<Result>(
        _ bytes: UnsafeBufferPointer<UInt8>, kind: Kind, empty: Result,
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        var range = UTF8Trimming.trimmingSpaces(bytes, bytes.indices)
        if let last = range.last, bytes[last] == UInt8(ascii: "%") {
            range = UTF8Trimming.trimmingSpaces(bytes, range.dropLast())
        }
        if kind == .money, range.count >= 2, bytes[range.lowerBound] | 0x20 == UInt8(ascii: "r"),
            bytes[range.lowerBound + 1] | 0x20 == UInt8(ascii: "p")
        {
            range = (range.lowerBound + 2)..<range.upperBound
        }
        // `Rp 1.250.000,-`: the dash after the mark says "no sen", as Indonesian invoices write rupiah.
        if kind == .money, range.count >= 3, bytes[range.upperBound - 1] == UInt8(ascii: "-"),
            bytes[range.upperBound - 2] == UInt8(ascii: ",") || bytes[range.upperBound - 2] == UInt8(ascii: "."),
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[range.upperBound - 3])
        {
            range = range.lowerBound..<(range.upperBound - 2)
        }
        guard !range.isEmpty else { return empty }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count) { buffer in
            // The text without what money drops: spaces and non-breaking spaces (C2 A0) anywhere.
            var count = 0, index = range.lowerBound
            while index < range.upperBound {
                let byte = bytes[index]
                if kind == .money {
                    if byte == 0x20 {
                        index += 1
                        continue
                    }
                    if byte == 0xC2, index + 1 < range.upperBound, bytes[index + 1] == 0xA0 {
                        index += 2
                        continue
                    }
                }
                buffer[count] = byte
                count += 1
                index += 1
            }
            return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// What `reading(digits:)` makes of a text, by the same cases, without making a Decimal: whether it proves a
    /// mark, reads two ways, or neither. Its Decimals fail only past 18 digits (`longDecimal`: more than 38
    /// significant, or not read): such a text is read in full.
    private enum Shape: Equatable {
        case proves(DecimalMark)
        case ambiguous
        /// A number without a mark, or no number.
        case other
    }

    private static func shape(digits text: UnsafeBufferPointer<UInt8>) -> Shape {
        var start = 0
        if let first = text.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            start = 1
        } else if text.count >= 3, text[0] == 0xE2, text[1] == 0x88, text[2] == 0x92 {  // U+2212 MINUS SIGN
            start = 3
        }
        let digits = text[start...]
        var dots = 0, commas = 0, lastDot = -1, lastComma = -1, digitCount = 0
        for index in digits.startIndex..<digits.endIndex {
            switch digits[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digitCount += 1
            case UInt8(ascii: "."): (dots, lastDot) = (dots + 1, index)
            case UInt8(ascii: ","): (commas, lastComma) = (commas + 1, index)
            default: return .other
            }
        }
        guard digitCount > 0, let last = digits.last, last != UInt8(ascii: "."), last != UInt8(ascii: ",") else {
            return .other
        }
        let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        let shape: Shape
        switch (dots, commas) {
        case (0, 0):
            return .other
        case (_, 0) where dots > 1:
            guard groupsAreValid(digits, separator: dot) else { return .other }
            shape = .proves(.comma)
        case (0, _) where commas > 1:
            guard groupsAreValid(digits, separator: comma) else { return .other }
            shape = .proves(.point)
        case (1, 0), (0, 1):
            let (byte, at) = dots == 1 ? (dot, lastDot) : (comma, lastComma)
            let whole = at - digits.startIndex, fraction = digits.endIndex - at - 1
            let couldGroup = fraction == 3 && (1...3).contains(whole) && digits.first != UInt8(ascii: "0")
            shape = couldGroup ? .ambiguous : .proves(byte == comma ? .comma : .point)
        default:
            let decimalMark = lastDot > lastComma ? dot : comma, groupMark = lastDot > lastComma ? comma : dot
            guard (decimalMark == dot ? dots : commas) == 1 else { return .other }
            let at = decimalMark == dot ? lastDot : lastComma
            guard groupsAreValid(digits[..<at], separator: groupMark) else { return .other }
            shape = .proves(decimalMark == comma ? .comma : .point)
        }
        // Up to 18 digits the Decimals are always made (`decimal(_:point:skipping:negative:)`); past them they may not.
        guard digitCount > 18 else { return shape }
        switch reading(digits: text) {
        case .number(_, let proven?): return .proves(proven)
        case .ambiguous: return .ambiguous
        case .number(_, nil), .invalid: return .other
        }
    }

    /// The reading of a cell's text once spaces, `%` and `Rp` are gone: a sign, then digits, `.` and `,`.
    private static func reading(digits text: UnsafeBufferPointer<UInt8>) -> Reading {
        var start = 0, negative = false
        if let first = text.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            start = 1
        } else if text.count >= 3, text[0] == 0xE2, text[1] == 0x88, text[2] == 0x92 {  // U+2212 MINUS SIGN
            negative = true
            start = 3
        }
        let digits = text[start...]
        var dots = 0, commas = 0, lastDot = -1, lastComma = -1, anyDigit = false
        for index in digits.startIndex..<digits.endIndex {  // a Range: `Slice.indices` was not specialized
            switch digits[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): anyDigit = true
            case UInt8(ascii: "."): (dots, lastDot) = (dots + 1, index)
            case UInt8(ascii: ","): (commas, lastComma) = (commas + 1, index)
            default: return .invalid
            }
        }
        guard anyDigit, let last = digits.last, last != UInt8(ascii: "."), last != UInt8(ascii: ",") else {
            return .invalid
        }
        func make(point: UInt8?, skipping: UInt8?, _ proves: DecimalMark?) -> Reading {
            guard let value = decimal(digits, point: point, skipping: skipping, negative: negative) else {
                return .invalid
            }
            return .number(value, proves: proves)
        }
        let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")

        switch (dots, commas) {
        case (0, 0):
            return make(point: nil, skipping: nil, nil)
        case (_, 0) where dots > 1:
            guard groupsAreValid(digits, separator: dot) else { return .invalid }
            return make(point: nil, skipping: dot, .comma)
        case (0, _) where commas > 1:
            guard groupsAreValid(digits, separator: comma) else { return .invalid }
            return make(point: nil, skipping: comma, .point)
        case (1, 0), (0, 1):
            let (mark, at) = dots == 1 ? (dot, lastDot) : (comma, lastComma)
            let whole = at - digits.startIndex, fraction = digits.endIndex - at - 1
            // Only "1 to 3 digits, not starting with 0, then exactly 3 digits" can be a thousands group.
            let couldGroup = fraction == 3 && (1...3).contains(whole) && digits.first != UInt8(ascii: "0")
            if !couldGroup { return make(point: mark, skipping: nil, mark == comma ? .comma : .point) }
            guard let asFraction = decimal(digits, point: mark, skipping: nil, negative: negative),
                let asGroup = decimal(digits, point: nil, skipping: mark, negative: negative)
            else { return .invalid }
            return mark == comma
                ? .ambiguous(ifComma: asFraction, ifPoint: asGroup)
                : .ambiguous(ifComma: asGroup, ifPoint: asFraction)
        default:
            // Both marks: the last one is the decimal mark and occurs once; the other groups thousands.
            let (decimalMark, groupMark) = lastDot > lastComma ? (dot, comma) : (comma, dot)
            guard (decimalMark == dot ? dots : commas) == 1 else { return .invalid }
            let at = decimalMark == dot ? lastDot : lastComma
            guard groupsAreValid(digits[..<at], separator: groupMark) else { return .invalid }
            return make(point: decimalMark, skipping: groupMark, decimalMark == comma ? .comma : .point)
        }
    }

    /// Resolves a reading with the file's convention. Returns nil when it stays ambiguous.
    static func value(of reading: Reading, convention: DecimalMark?) -> Decimal? {
        switch reading {
        case .number(let value, _): return value
        case .ambiguous(let ifComma, let ifPoint):
            switch convention {
            case .comma: return ifComma
            case .point: return ifPoint
            case nil: return nil
            }
        case .invalid: return nil
        }
    }

    /// The convention a set of readings agrees on: nil when none proves a mark or they disagree.
    static func convention(of readings: [Reading]) -> DecimalMark? {
        var proven: DecimalMark?
        for case .number(_, let mark?) in readings {
            if proven == nil { proven = mark } else if proven != mark { return nil }
        }
        return proven
    }

    /// `1.234.567`: a first group of 1–3 digits, then groups of exactly 3.
    private static func groupsAreValid(_ text: Slice<UnsafeBufferPointer<UInt8>>, separator: UInt8) -> Bool {
        var length = 0, first = true
        for byte in text {
            guard byte == separator else {
                length += 1
                continue
            }
            guard first ? (1...3).contains(length) : length == 3 else { return false }
            (first, length) = (false, 0)
        }
        return first ? (1...3).contains(length) : length == 3
    }

    /// Builds a Decimal from ASCII digits with an optional `.`: `"87.50"` → 8750 × 10⁻² (87.5). Up to 18
    /// digits fit a UInt64 and are built exactly from it; longer ones go through `Decimal(string:)` in the
    /// POSIX locale. Either way nothing depends on the machine. (Decimal(string:) for every cell was a
    /// hot spot, BENCHMARKS.md; the two give equal values with equal text, checked by NumberReaderTests.)
    static func decimal(_ digits: String, negative: Bool) -> Decimal? {
        var digits = digits
        return digits.withUTF8 { decimal($0[...], point: UInt8(ascii: "."), skipping: nil, negative: negative) }
    }

    /// `decimal(_:negative:)` of `digits` read with `point` as the decimal point (one at most) and `skipping`
    /// (a thousands mark) left out: the digits as the plain text `whole.fraction`, without making it.
    private static func decimal(
        _ digits: Slice<UnsafeBufferPointer<UInt8>>, point: UInt8?, skipping: UInt8?, negative: Bool
    ) -> Decimal? {
        var significand: UInt64 = 0, fractionDigits = 0, digitCount = 0, seenPoint = false
        for byte in digits where byte != skipping {
            if byte == point {
                if seenPoint { return nil }
                seenPoint = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            digitCount += 1
            if digitCount > 18 {
                let plain = digits.compactMap { $0 == skipping ? nil : $0 == point ? UInt8(ascii: ".") : $0 }
                return longDecimal(String(decoding: plain, as: UTF8.self), negative: negative)
            }
            significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
            if seenPoint { fractionDigits += 1 }
        }
        guard digitCount > 0 else { return nil }
        return decimal(significand, fractionDigits: fractionDigits, negative: negative)
    }

    /// `Decimal(sign:exponent:significand:)` of an integer below 10¹⁸ and 0–18 decimals, byte for byte: Foundation
    /// compacts it (`8750` and 2 decimals → 875 × 10⁻¹, flagged compact; zero is `Decimal()`), so the same is
    /// written here directly, with 64-bit arithmetic (Foundation's way took about 150 instructions a cell, issue 22).
    /// Foundation's way where the layout is not `DecimalParts`'s. NumberReaderParityTests compares the bytes.
    ///
    ///     decimal(8750, fractionDigits: 2, negative: true) → -87.5 (mantissa 875, exponent -1)
    static func decimal(_ significand: UInt64, fractionDigits: Int, negative: Bool) -> Decimal {
        guard DecimalParts.layoutIsKnown, fractionDigits <= 18, significand < 1_000_000_000_000_000_000 else {
            return Decimal(
                sign: negative ? .minus : .plus, exponent: -fractionDigits, significand: Decimal(significand))
        }
        guard significand != 0 else { return Decimal() }
        var (mantissa, exponent) = (significand, -fractionDigits)
        while mantissa % 10 == 0 { (mantissa, exponent) = (mantissa / 10, exponent + 1) }
        return DecimalArithmetic.decimal(isNegative: negative, UInt128(mantissa), exponent)
    }

    /// More than 18 digits. Decimal holds 38 significant digits exactly; a longer number would lose its last ones
    /// silently (or print NaN): it is not read, so the cell is reported.
    private static func longDecimal(_ digits: String, negative: Bool) -> Decimal? {
        let significant = digits.drop { $0 == "0" || $0 == "." }.filter(\.isNumber).count
        guard significant <= 38, let value = Decimal(string: digits, locale: .posix), !value.isNaN else {
            return nil
        }
        return negative ? -value : value
    }
}
