import Foundation
import Testing

@testable import KinerjaKit

/// The views' fast paths (issue 22, ninth round) against the general ways they replace, on many values:
/// each must answer exactly what the standard library or Foundation answers, representation included.
struct ViewFastPathTests {
    /// `TextReplacement.replacing` is Foundation's `replacingOccurrences(of:with:)`: random texts of ASCII,
    /// `\r\n`, accents precomposed and combining, placeholders and the characters HTML escapes.
    @Test func replacementIsFoundations() {
        var random = SeededGenerator(seed: 2201)
        let pieces = [
            "a", "Z", " ", "{", "}", "{periode}", "{triwulan}", "&", "\"", "<", ">", "&amp;", "\r", "\n", "\r\n",
            "é", "e\u{301}", "\u{301}", "–", "TW III", "ab", "aa", "\t",
        ]
        let targets = [
            "{periode}", "{triwulan}", "&", "\"", "<", ">", "a", "aa", "ab", "\n", "\r", "\r\n", "e", "é", "", "}",
            "{", "TW",
        ]
        let replacements = ["", "&amp;", "TW III", "x", "{periode}", "é", "\r\n", "aa"]
        for _ in 0..<4000 {
            let count = Int.random(in: 0...12, using: &random)
            let text = (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
            let target = targets.randomElement(using: &random)!
            let replacement = replacements.randomElement(using: &random)!
            let expected = text.replacingOccurrences(of: target, with: replacement)
            let got = TextReplacement.replacing(text, target, with: replacement)
            #expect(Array(got.utf8) == Array(expected.utf8), "\(text.debugDescription) \(target.debugDescription)")
        }
    }

    /// `ReportContext.key` by bytes is the Characters' way, for every status the views key and odd names.
    @Test func keyIsCharactersWay() {
        func reference(_ prefix: String, _ name: String) -> String {
            prefix + String(name.map { $0 == "-" ? "_" : $0 })
        }
        var names = CapaianStatus.allCases.map(\.rawValue) + StepStatus.allCases.map(\.rawValue)
        names += ["", "-", "--a-", "a-\u{301}b", "é-è", "x-\r\n-y", "belum-ada-data"]
        for name in names {
            #expect(ReportContext.key("status_", rawValue: name) == reference("status_", name), "\(name)")
            #expect(Array(ReportContext.key("", rawValue: name).utf8) == Array(reference("", name).utf8))
        }
        for status in CapaianStatus.allCases {
            #expect(ReportContext.key("alasan_", status) == reference("alasan_", status.rawValue))
            // The keys made once (`statusKeys`, `reasonKeys`) are the ones made at each use.
            #expect(ReportContext.statusKeys[status] == reference("status_", status.rawValue))
            #expect(ReportContext.reasonKeys[status] == reference("alasan_", status.rawValue))
        }
        #expect(ReportContext.statusKeys.count == CapaianStatus.allCases.count)
        #expect(ReportContext.reasonKeys.count == CapaianStatus.allCases.count)
    }

    /// `Band ==` is the synthesized one (every field, the bound by Foundation's `==`) on bands of both scales
    /// and bands that differ in one field, the bound written several ways.
    @Test func bandEqualityIsSynthesized() {
        func reference(_ a: RatingScale.Band, _ b: RatingScale.Band) -> Bool {
            a.lowerBound == b.lowerBound && a.inclusive == b.inclusive && a.label == b.label
                && a.englishLabel == b.englishLabel
        }
        var bands = RatingScale.permendagri86.bands + RatingScale.sakip.bands
        let bounds: [Decimal?] = [nil, 0, 90, Decimal(string: "90.0")!, Decimal(string: "90.00001")!, 91, -1]
        for bound in bounds {
            for inclusive in [true, false] {
                for label in ["AA", "Sangat Tinggi", "Tinggi"] {
                    bands.append(
                        RatingScale.Band(lowerBound: bound, inclusive: inclusive, label: label, englishLabel: "AA"))
                    bands.append(
                        RatingScale.Band(lowerBound: bound, inclusive: inclusive, label: label, englishLabel: "High"))
                }
            }
        }
        for a in bands {
            for b in bands { #expect((a == b) == reference(a, b), "\(a) \(b)") }
        }
    }

    /// The bar chart's `larger`, `smaller` and `largest` choose as `Swift.max`, `Swift.min` and `max()` do,
    /// down to which of two equal values written differently (100, 100,00) is kept.
    @Test func chartOrderIsStandardLibrarys() {
        let values = Array(DecimalOrderTests.values().filter { !$0.isNaN }.prefix(600))
        // 100 and 125 also written with more digits (10000 × 10⁻², 1250 × 10⁻¹): equal, not the same bytes.
        let edges: [Decimal] = [
            0, 100, DecimalOrderTests.widened(100, by: 2)!, 125, DecimalOrderTests.widened(125, by: 1)!, 200,
        ]
        #expect(DecimalParts(edges[1]) != DecimalParts(edges[2]) && edges[1] == edges[2])
        for x in values + edges {
            for y in edges {
                #expect(DecimalParts(BarChart.larger(x, y)) == DecimalParts(Swift.max(x, y)), "\(x) \(y)")
                #expect(DecimalParts(BarChart.smaller(x, y)) == DecimalParts(Swift.min(x, y)), "\(x) \(y)")
                #expect(DecimalParts(BarChart.larger(y, x)) == DecimalParts(Swift.max(y, x)), "\(y) \(x)")
                #expect(DecimalParts(BarChart.smaller(y, x)) == DecimalParts(Swift.min(y, x)), "\(y) \(x)")
            }
        }
        var random = SeededGenerator(seed: 2202)
        for _ in 0..<300 {
            let list = (0..<Int.random(in: 0...12, using: &random)).map { _ in
                (values + edges + edges).randomElement(using: &random)!
            }
            #expect(BarChart.largest(list).map(DecimalParts.init) == list.max().map(DecimalParts.init), "\(list)")
        }
    }

    /// `DisplayFormat.nip` by bytes is the Characters' way: NIPs spaced any way, short, long, with letters,
    /// other digits and whitespace.
    @Test func nipIsCharactersWay() {
        var random = SeededGenerator(seed: 2203)
        let pieces = [
            "1", "9", "0", "4", " ", "  ", "\t", "\r\n", "\n", "\u{0B}", "\u{1C}", "a", "-", "١", "\u{A0}", "é",
        ]
        var texts = ["197203151998032004", "19720315 199803 2 004", " 19720315  199803 2 004 ", "", "123"]
        for _ in 0..<3000 {
            let digits = (0..<18).map { _ in String(Int.random(in: 0...9, using: &random)) }
            var text = ""
            for digit in digits {
                text += digit
                if Int.random(in: 0..<6, using: &random) == 0 { text += pieces.randomElement(using: &random)! }
            }
            if Bool.random(using: &random) { text.removeLast(Int.random(in: 0...2, using: &random)) }
            texts.append(text)
        }
        for text in texts {
            #expect(
                Array(DisplayFormat.nip(text).utf8) == Array(DisplayFormat.nipByCharacters(text).utf8),
                "\(text.debugDescription)")
        }
    }
}
