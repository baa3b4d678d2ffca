import Foundation

/// Which character a file uses as its decimal mark.
enum DecimalMark: Sendable, Equatable {
    case comma  // Indonesian: 1.234,5
    case point  // international: 1,234.5
}

/// Reads the number forms of docs/format.md: `1234.5`, `1234,5`, `1.234,5`, `1,234.5`, `87,5%`,
/// and in money columns `Rp 20.415.109.000`.
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
    static func reading(_ raw: String, kind: Kind = .plain) -> Reading {
        var text = raw.trimmingSpaces()
        if text.hasSuffix("%") { text = String(text.dropLast()).trimmingSpaces() }
        if kind == .money {
            if text.lowercased().hasPrefix("rp") { text = String(text.dropFirst(2)) }
            text.removeAll { $0 == " " || $0 == "\u{00A0}" }
        }
        var negative = false
        if let first = text.first, first == "-" || first == "+" || first == "\u{2212}" {
            negative = first != "+"
            text.removeFirst()
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
            text.contains(where: \.isNumber),
            text.last != ".", text.last != ","
        else { return .invalid }

        let dots = text.filter { $0 == "." }.count
        let commas = text.filter { $0 == "," }.count
        func make(_ digits: String, _ proves: DecimalMark?) -> Reading {
            guard let value = decimal(digits, negative: negative) else { return .invalid }
            return .number(value, proves: proves)
        }

        switch (dots, commas) {
        case (0, 0):
            return make(text, nil)
        case (_, 0) where dots > 1:
            guard groupsAreValid(text, separator: ".") else { return .invalid }
            return make(text.replacingOccurrences(of: ".", with: ""), .comma)
        case (0, _) where commas > 1:
            guard groupsAreValid(text, separator: ",") else { return .invalid }
            return make(text.replacingOccurrences(of: ",", with: ""), .point)
        case (1, 0), (0, 1):
            let mark: Character = dots == 1 ? "." : ","
            let parts = text.split(separator: mark, omittingEmptySubsequences: false)
            let (whole, fraction) = (String(parts[0]), String(parts[1]))
            let plainReading = whole + "." + fraction
            // Only "1 to 3 digits, not starting with 0, then exactly 3 digits" can be a thousands group.
            let couldGroup = fraction.count == 3 && (1...3).contains(whole.count) && whole.first != "0"
            if !couldGroup { return make(plainReading, mark == "," ? .comma : .point) }
            guard let asFraction = decimal(plainReading, negative: negative),
                let asGroup = decimal(whole + fraction, negative: negative)
            else { return .invalid }
            return mark == ","
                ? .ambiguous(ifComma: asFraction, ifPoint: asGroup)
                : .ambiguous(ifComma: asGroup, ifPoint: asFraction)
        default:
            // Both marks: the last one is the decimal mark and occurs once; the other groups thousands.
            let lastDot = text.lastIndex(of: ".")!, lastComma = text.lastIndex(of: ",")!
            let decimalMark: Character = lastDot > lastComma ? "." : ","
            let groupMark: Character = decimalMark == "." ? "," : "."
            guard text.filter({ $0 == decimalMark }).count == 1 else { return .invalid }
            let parts = text.split(separator: decimalMark, omittingEmptySubsequences: false)
            guard groupsAreValid(String(parts[0]), separator: groupMark) else { return .invalid }
            let whole = parts[0].replacingOccurrences(of: String(groupMark), with: "")
            return make(whole + "." + parts[1], decimalMark == "," ? .comma : .point)
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
        var proven = Set<String>()
        for case .number(_, let mark?) in readings { proven.insert(mark == .comma ? "," : ".") }
        guard proven.count == 1 else { return nil }
        return proven.first == "," ? .comma : .point
    }

    /// `1.234.567`: a first group of 1–3 digits, then groups of exactly 3.
    private static func groupsAreValid(_ text: String, separator: Character) -> Bool {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Builds a Decimal from ASCII digits with an optional `.`: `"87.50"` → 8750 × 10⁻² (87.5). Up to 18
    /// digits fit a UInt64 and are built exactly from it; longer ones go through `Decimal(string:)` in the
    /// POSIX locale. Either way nothing depends on the machine. (Decimal(string:) for every cell was a
    /// hot spot, BENCHMARKS.md; the two give equal values with equal text, checked by NumberReaderTests.)
    static func decimal(_ digits: String, negative: Bool) -> Decimal? {
        var significand: UInt64 = 0, fractionDigits = 0, digitCount = 0, seenPoint = false
        for byte in digits.utf8 {
            if byte == UInt8(ascii: ".") {
                if seenPoint { return nil }
                seenPoint = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            digitCount += 1
            if digitCount > 18 {
                // Decimal holds 38 significant digits exactly; a longer number would lose its last ones
                // silently (or print NaN): it is not read, so the cell is reported.
                let significant = digits.drop { $0 == "0" || $0 == "." }.filter(\.isNumber).count
                guard significant <= 38, let value = Decimal(string: digits, locale: .posix), !value.isNaN else {
                    return nil
                }
                return negative ? -value : value
            }
            significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
            if seenPoint { fractionDigits += 1 }
        }
        guard digitCount > 0 else { return nil }
        return Decimal(sign: negative ? .minus : .plus, exponent: -fractionDigits, significand: Decimal(significand))
    }
}
