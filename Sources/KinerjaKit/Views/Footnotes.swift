import Foundation

/// The footnotes of one report, each series in the order its notes were first marked while the view was
/// built:
/// - the formulas that occur (docs/aturan-capaian.md, its introduction), lettered `ᵃ ᵇ ᶜ`, marked on every
///   capaian so a reader knows which rule to recompute it with;
/// - the reasons for absent or adjusted values (docs/laporan.md, "Printing for people": an absent value prints – with the
///   number of a note giving the reason), numbered `¹ ² ³`.
///
/// Two series keep two markers on one cell readable: `0,00%ᵇ⁸`, never `0,00%⁵⁸`.
///
/// A marked value does not hold its marker but a placeholder (`placeholder(_:_:)`, a private-use character
/// naming the note), because the number is the one the note gets where the template first prints it: the
/// view renderer numbers the notes in the order a document prints them (`FootnoteNumbering`), so a user
/// who moves a table to the front gets ¹ there; the `[String: Any]` context path numbers them the same way
/// (`ContextFootnotes`). Code that reads a view's text outside a renderer can take the markers in build
/// order (`inBuildOrder(_:)`), which is the default templates' reading order.
struct Footnotes {
    enum Series: Int { case rule = 0, reason = 1 }

    private(set) var rules: [(key: String, text: String)] = []
    private(set) var reasons: [(key: String, text: String)] = []

    /// The placeholder of the note `key`, adding the note on first use.
    mutating func mark(_ key: String, _ text: @autoclosure () -> String, series: Series = .reason) -> String {
        switch series {
        case .rule:
            if let index = rules.firstIndex(where: { $0.key == key }) { return Self.placeholder(.rule, index) }
            rules.append((key, text()))
            return Self.placeholder(.rule, rules.count - 1)
        case .reason:
            if let index = reasons.firstIndex(where: { $0.key == key }) { return Self.placeholder(.reason, index) }
            reasons.append((key, text()))
            return Self.placeholder(.reason, reasons.count - 1)
        }
    }

    /// `–` followed by the placeholder of the reason it is absent.
    mutating func absent(_ key: String, _ text: @autoclosure () -> String) -> String {
        DisplayFormat.absent + mark(key, text())
    }

    /// `1` → `¹`, `12` → `¹²`: the superscript digits' texts joined, most significant first (the same
    /// text as `spelledSuperscript`, which mapped each Character: some 1 500 instructions a marker printed).
    static func superscript(_ n: Int) -> String {
        guard n >= 0 else { return spelledSuperscript(n) }
        guard n >= 10 else { return superscriptDigits[n] }
        var digits: [Int] = [], rest = n
        while rest > 0 { (rest, digits) = (rest / 10, digits + [rest % 10]) }
        var text = ""
        for digit in digits.reversed() { text += superscriptDigits[digit] }
        return text
    }

    /// `superscript`'s text, Character by Character: what it is checked against.
    static func spelledSuperscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(n).map { digits[Int(String($0))!] })
    }

    private static let superscriptDigits = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    private static let letters = ["ᵃ", "ᵇ", "ᶜ", "ᵈ", "ᵉ", "ᶠ", "ᵍ", "ʰ"]

    /// `0` → `ᵃ`; there are six rules, so the letters never run out.
    static func letter(_ index: Int) -> String { letters[index % letters.count] }

    /// The marker of a note printed `position`-th (0 first) in its series: `ᵃ`, `¹`.
    static func marker(_ series: Series, position: Int) -> String {
        series == .rule ? letter(position) : superscript(position + 1)
    }

    // MARK: Placeholders

    /// Reasons are U+F0000 + their index, rules U+F8000 + theirs: characters of Supplementary Private Use
    /// Area-A, which no keyboard types. A report has a few dozen notes at most (their keys are label keys
    /// and the sentences of `UnreportedNote`), far below the 32 766 each range holds.
    private static let reasonBase: UInt32 = 0xF0000, ruleBase: UInt32 = 0xF8000, end: UInt32 = 0xFFFFE

    static func placeholder(_ series: Series, _ index: Int) -> String {
        let base = series == .rule ? ruleBase : reasonBase
        return String(Character(Unicode.Scalar(base + UInt32(index))!))
    }

    /// The note a scalar stands for, if it is a placeholder.
    static func note(_ scalar: Unicode.Scalar) -> (series: Series, index: Int)? {
        let value = scalar.value
        guard value >= reasonBase, value < end else { return nil }
        return value >= ruleBase ? (.rule, Int(value - ruleBase)) : (.reason, Int(value - reasonBase))
    }

    /// Whether `text` may hold a placeholder: every one is encoded in UTF-8 from the byte F3. Asked of
    /// every value a document prints, so it scans the String's own bytes (`memchr`), not its UTF8View
    /// (about 440 instructions a value).
    static func mayHoldPlaceholder(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let start = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(start, 0xF3, bytes.count) != nil
        }
    }

    /// `text` with each placeholder replaced by `marker(series, index)`, on the String's UTF-8 bytes:
    /// a placeholder is the only kind of scalar that starts with the byte F3 and lies at or above
    /// U+F0000 (4 bytes, `F3 B0 80 80` for reason 0), and the runs between placeholders are copied whole.
    /// `0,00%` + `F3 B8 80 81` (rule 1) with `ᵇ` for it → `0,00%ᵇ`. The same text as
    /// `replacingScalars` (FootnoteReplacingParityTests), which walked the scalars (about 2 600
    /// instructions a marked value).
    static func replacing(_ text: String, _ marker: (Series, Int) -> String) -> String {
        guard mayHoldPlaceholder(text) else { return text }
        var text = text
        let replaced = text.withUTF8 { bytes -> [UInt8]? in
            var result: [UInt8] = [], changed = false, run = 0, index = 0
            while index < bytes.count {
                // Valid UTF-8: an F3 leads a scalar of 4 bytes.
                guard bytes[index] == 0xF3, index + 3 < bytes.count else {
                    index += 1
                    continue
                }
                let value =
                    UInt32(bytes[index] & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                guard let scalar = Unicode.Scalar(value), let (series, number) = note(scalar) else {
                    index += 4
                    continue
                }
                if !changed { (changed, result) = (true, Self.buffer(capacity: bytes.count + 8)) }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                var replacement = marker(series, number)
                replacement.withUTF8 { result.append(contentsOf: $0) }
                index += 4
                run = index
            }
            guard changed else { return nil }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
            return result
        }
        return replaced.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    private static func buffer(capacity: Int) -> [UInt8] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(capacity)
        return buffer
    }

    /// `replacing`, scalar by scalar: what the byte walk is checked against.
    static func replacingScalars(_ text: String, _ marker: (Series, Int) -> String) -> String {
        guard mayHoldPlaceholder(text) else { return text }
        var result = "", changed = false
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let (series, index) = note(scalar) {
                result += marker(series, index)
                changed = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return changed ? result : text
    }

    /// `text` with its markers numbered in build order: `0,00%` + placeholder of rule 1 → `0,00%ᵇ`.
    static func inBuildOrder(_ text: String) -> String {
        replacing(text) { marker($0, position: $1) }
    }
}
