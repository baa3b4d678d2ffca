/// The footnotes of one report, each series in order of first use:
/// - the formulas that occur (docs/aturan-capaian.md, its introduction), lettered `ᵃ ᵇ ᶜ`, marked on every
///   capaian so a reader knows which rule to recompute it with;
/// - the reasons for absent or adjusted values (docs/laporan.md, "Printing for people": an absent value prints – with the
///   number of a note giving the reason), numbered `¹ ² ³`.
///
/// Two series keep two markers on one cell readable: `0,00%ᵇ⁸`, never `0,00%⁵⁸`.
struct Footnotes {
    enum Series { case rule, reason }

    private(set) var rules: [(key: String, text: String)] = []
    private(set) var reasons: [(key: String, text: String)] = []

    /// The marker of the note `key`, adding the note on first use.
    mutating func mark(_ key: String, _ text: @autoclosure () -> String, series: Series = .reason) -> String {
        switch series {
        case .rule:
            if let index = rules.firstIndex(where: { $0.key == key }) { return Self.letter(index) }
            rules.append((key, text()))
            return Self.letter(rules.count - 1)
        case .reason:
            if let index = reasons.firstIndex(where: { $0.key == key }) { return Self.superscript(index + 1) }
            reasons.append((key, text()))
            return Self.superscript(reasons.count)
        }
    }

    /// `–` followed by the marker of the reason it is absent.
    mutating func absent(_ key: String, _ text: @autoclosure () -> String) -> String {
        DisplayFormat.absent + mark(key, text())
    }

    /// `1` → `¹`, `12` → `¹²`.
    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(n).map { digits[Int(String($0))!] })
    }

    /// `0` → `ᵃ`; there are six rules, so the letters never run out.
    static func letter(_ index: Int) -> String {
        let letters = ["ᵃ", "ᵇ", "ᶜ", "ᵈ", "ᵉ", "ᶠ", "ᵍ", "ʰ"]
        return letters[index % letters.count]
    }
}
