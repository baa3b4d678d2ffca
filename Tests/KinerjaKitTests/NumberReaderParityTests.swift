import Foundation
import Testing

@testable import KinerjaKit

/// The byte-level readers of issue 22 read every text as the readers by Characters and Foundation they replaced:
/// the same Decimal (and the same text of it), the same proven mark, the same ambiguity, the same refusal.
struct NumberReaderParityTests {
    /// Pieces the generated cells are made of: digits and marks, the signs, the spaces a cell may carry (tab,
    /// NBSP, ideographic and thin spaces), `Rp`, digits that are not ASCII, a combining accent, line breaks.
    static let pieces = [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "1", "5", "9", ".", ",", ".", ",", "%", " ", "\t", ",-",
        "\u{A0}", "\u{3000}", "\u{2009}", "-", "+", "\u{2212}", "Rp", "rp", "RP", "R", "p", "\u{663}", "\u{FF15}",
        "\u{301}", "\r\n", "\n", "a", "e", "E", "000", "123", "1.234", "1,234", "\u{2013}", "s.d. ", " s/d ",
        " sampai ",
        " SD ", "ſ",
    ]

    static func generated(count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        var texts = [
            "", " ", "%", "-", "Rp", "Rp ", "1.", ".5", ",5", "42.150", "56,300", "1.234,5", "1,234.5", "0.123",
        ]
        for _ in 0..<count {
            let length = Int.random(in: 1...9, using: &generator)
            texts.append((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        // Well-formed numbers in every grouping, with their decorations.
        for _ in 0..<count / 4 {
            let whole = String(UInt64.random(in: 0..<UInt64.max, using: &generator)).prefix(
                Int.random(in: 1...22, using: &generator))
            var grouped = ""
            for (offset, digit) in whole.reversed().enumerated() {
                if offset > 0, offset % 3 == 0 { grouped.append(Bool.random(using: &generator) ? "." : ",") }
                grouped.append(digit)
            }
            let number = Bool.random(using: &generator) ? String(grouped.reversed()) : String(whole)
            let fraction = String(Int.random(in: 0..<100_000, using: &generator)).prefix(
                Int.random(in: 0...4, using: &generator))
            let mark = Bool.random(using: &generator) ? "," : "."
            let decorated =
                [
                    "", "-", "\u{2212}", "Rp ", "Rp\u{A0}", " ", "+",
                ].randomElement(using: &generator)! + number + (fraction.isEmpty ? "" : mark + fraction)
                + ["", "%", " %", "\u{A0}", " "].randomElement(using: &generator)!
            texts.append(decorated)
        }
        return texts
    }

    @Test func numbersReadAsByCharacters() {
        for text in Self.generated(count: 20_000, seed: 22) {
            for kind in [NumberReader.Kind.plain, .money] {
                let read = NumberReader.reading(text, kind: kind)
                let expected = CharacterNumberReader.reading(text, kind: kind)
                #expect(read == expected, "\(text.debugDescription) \(kind)")
                if case .number(let value, _) = read, case .number(let old, _) = expected {
                    #expect(value.description == old.description, "\(text.debugDescription)")
                }
                if case .ambiguous(let a, let b) = read, case .ambiguous(let c, let d) = expected {
                    #expect(
                        a.description == c.description && b.description == d.description, "\(text.debugDescription)")
                }
            }
        }
    }

    /// Fixed expectations beside the oracle: what the forms of docs/format.md and the odd cells read as.
    @Test func oddCellsReadAsBefore() {
        func value(_ text: String, _ kind: NumberReader.Kind = .plain) -> String? {
            NumberReader.value(of: NumberReader.reading(text, kind: kind), convention: nil).map(\.description)
        }
        #expect(value("\u{2212}12,5") == "-12.5")
        #expect(value("\u{3000}87,5\u{3000}%\u{2009}") == "87.5")
        #expect(value("Rp\u{A0}1.234.567", .money) == "1234567")
        #expect(value("RP 1 234 567,5", .money) == "1234567.5")
        #expect(value("Rp\t5", .money) == nil, "a tab is not dropped inside a money cell")
        #expect(value("1\u{A0}234") == nil && value("1\u{A0}234", .money) == "1234")
        #expect(value("\u{663}") == nil && value("\u{FF15}") == nil, "digits that are not ASCII are not read")
        #expect(value("5\u{301}") == nil && value("-\u{301}5") == nil)
        #expect(value("1234567890123456789012,5") == "1234567890123456789012.5")
        #expect(value("1.234.567.890.123.456.789.012") == "1234567890123456789012")
        #expect(NumberReader.reading("42.150") == .ambiguous(ifComma: 42150, ifPoint: Decimal(string: "42.15")!))
        #expect(NumberReader.reading("0,125") == .number(Decimal(string: "0.125")!, proves: .comma))
        #expect(NumberReader.reading("1.234,5") == .number(Decimal(string: "1234.5")!, proves: .comma))
        #expect(NumberReader.reading("1,234.5") == .number(Decimal(string: "1234.5")!, proves: .point))
        #expect(NumberReader.reading("1.23.456") == .invalid && NumberReader.reading("12,34.5") == .invalid)
        #expect(NumberReader.reading("%") == .invalid && NumberReader.reading("Rp", kind: .money) == .invalid)
    }

    /// `NumberReader.proof`, which the decimal convention of a table asks instead of reading each text in full,
    /// says the mark the full reading proves, and nil where it proves none; `isAmbiguous` whether it reads two ways;
    /// past 18 digits too.
    @Test func proofIsTheReadingsMark() {
        var texts = Self.generated(count: 20_000, seed: 23)
        texts += [
            "1.234.567.890.123.456.789", "1,234,567,890,123,456,789.5", "12345678901234567890,5",
            "1234567890123456789012345678901234567890,5", "1.234.567.890.123.456.789.012.345.678.901.234",
            "123456789012345678,5", "1234567890123456789.5", "0,0000000000000000001", "1.234", "12,345", "0.123",
            "1.2345", "-1.234", "\u{2212}123,456 %", "Rp 1.234", "1.234.567,891",
        ]
        var proven = 0, ambiguities = 0
        for text in texts {
            for kind in [NumberReader.Kind.plain, .money] {
                var expected: DecimalMark?, ambiguous = false
                switch NumberReader.reading(text, kind: kind) {
                case .number(_, let mark): expected = mark
                case .ambiguous: ambiguous = true
                case .invalid: break
                }
                #expect(NumberReader.proof(text, kind: kind) == expected, "\(text.debugDescription) \(kind)")
                #expect(NumberReader.isAmbiguous(text, kind: kind) == ambiguous, "\(text.debugDescription) \(kind)")
                if expected != nil { proven += 1 }
                if ambiguous { ambiguities += 1 }
            }
        }
        #expect(proven > 5_000 && ambiguities > 200, "the texts prove marks, and read two ways, often enough to test")
    }

    @Test func conventionIsTheOneProvenMark() {
        let readings = Self.generated(count: 400, seed: 5).map { NumberReader.reading($0) }
        for start in stride(from: 0, to: readings.count - 8, by: 3) {
            let some = Array(readings[start..<(start + 8)])
            #expect(NumberReader.convention(of: some) == CharacterNumberReader.convention(of: some))
        }
    }

    /// ASCII target cells split on bytes as Foundation's case-insensitive search and Characters split them.
    @Test func targetsSplitAsByFoundation() {
        let pieces = [
            "8", "0", "9", "5", ",", ".", "-", "-", " ", " ", "%", "\t", "s", "S", "d", "D", "/", "s.d.", " s.d ",
            " S/D ", " sd ", " Sd ", "sampai", " SAMPAI ", " dengan ", "sampai dengan", "\r\n", "a", "\u{B}",
        ]
        var generator = SeededGenerator(seed: 7)
        var texts = [
            "", " ", "-", "5-6 s.d. 7", "5- s.d. 7", "a-b s.d. c", "80 s.d. 90", "-5 - 5", "7 SAMPAI DENGAN 9",
        ]
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...8, using: &generator)
            texts.append((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            #expect(
                TargetReader.numberTexts(in: text) == TargetReader.foundationNumberTexts(in: text),
                "\(text.debugDescription)")
        }
        #expect(TargetReader.numberTexts(in: "80 \u{17F}.d. 90") == ["80", "90"], "Foundation folds ſ to s")
        #expect(TargetReader.numberTexts(in: "7,5\u{2013}8,5") == ["7,5", "8,5"])
    }
}

/// The number reader by Characters that the byte-level one replaced (issue 22), kept as the oracle.
private enum CharacterNumberReader {
    static func reading(_ raw: String, kind: NumberReader.Kind) -> NumberReader.Reading {
        var text = raw.trimmingSpaces()
        if text.hasSuffix("%") { text = String(text.dropLast()).trimmingSpaces() }
        if kind == .money {
            if text.lowercased().hasPrefix("rp") { text = String(text.dropFirst(2)) }
            let tail = Array(text.suffix(3))
            if tail.count == 3, tail[2] == "-", tail[1] == "," || tail[1] == ".", tail[0].isASCII, tail[0].isNumber {
                text.removeLast(2)
            }
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
        func make(_ digits: String, _ proves: DecimalMark?) -> NumberReader.Reading {
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
            let couldGroup = fraction.count == 3 && (1...3).contains(whole.count) && whole.first != "0"
            if !couldGroup { return make(plainReading, mark == "," ? .comma : .point) }
            guard let asFraction = decimal(plainReading, negative: negative),
                let asGroup = decimal(whole + fraction, negative: negative)
            else { return .invalid }
            return mark == ","
                ? .ambiguous(ifComma: asFraction, ifPoint: asGroup)
                : .ambiguous(ifComma: asGroup, ifPoint: asFraction)
        default:
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

    static func convention(of readings: [NumberReader.Reading]) -> DecimalMark? {
        var proven = Set<String>()
        for case .number(_, let mark?) in readings { proven.insert(mark == .comma ? "," : ".") }
        guard proven.count == 1 else { return nil }
        return proven.first == "," ? .comma : .point
    }

    private static func groupsAreValid(_ text: String, separator: Character) -> Bool {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Digits to Decimal as `Decimal(string:)` in the POSIX locale reads them, for at most 38 significant digits.
    private static func decimal(_ digits: String, negative: Bool) -> Decimal? {
        let significant = digits.drop { $0 == "0" || $0 == "." }.filter(\.isNumber).count
        guard significant <= 38, let value = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")),
            !value.isNaN
        else { return nil }
        return negative ? -value : value
    }
}

/// `NumberReader.decimal(_:fractionDigits:negative:)` writes the Decimal Foundation's
/// `Decimal(sign:exponent:significand:)` makes, byte for byte, for every significand and scale a cell can have.
struct NumberDecimalParityTests {
    @Test func decimalsAreFoundationsBytes() {
        var random = SeededGenerator(seed: 71)
        for index in 0..<100_000 {
            let digits = Int.random(in: 0...18, using: &random)
            var significand = digits == 0 ? 0 : UInt64.random(in: 0..<UInt64.max, using: &random)
            if digits > 0 { significand %= (0..<digits).reduce(1) { value, _ in value * 10 } }
            if index % 5 == 0 { significand = significand / 1000 * 1000 }  // trailing zeros
            let scale = Int.random(in: 0...18, using: &random), negative = Bool.random(using: &random)
            let expected = Decimal(sign: negative ? .minus : .plus, exponent: -scale, significand: Decimal(significand))
            let read = NumberReader.decimal(significand, fractionDigits: scale, negative: negative)
            #expect(
                DecimalArithmeticTests.bytes(read) == DecimalArithmeticTests.bytes(expected),
                "\(significand) \(scale) \(negative)")
        }
    }
}
