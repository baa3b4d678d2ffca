import Foundation
import Testing

/// The rating colours of the default HTML template pass WCAG 2.x contrast: badge text on its ground
/// at least 4.5:1 (AA, normal text), chart bars against white at least 3:1 (non-text graphics).
struct ContrastTests {
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16)!
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.04045 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// `.k3 { background: #fcefc0; color: #6a4a00; }` → ["k3": (background, color)]
    static func pairs(_ css: String, classes: String = #"k\d"#) throws -> [String: (String, String)] {
        let rule = try Regex(#"\.("# + classes + #") \{ background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6});"#)
        var found: [String: (String, String)] = [:]
        for match in css.matches(of: rule) {
            found[String(match.output[1].substring!)] = (
                String(match.output[2].substring!), String(match.output[3].substring!)
            )
        }
        return found
    }

    @Test func knownPairs() {
        #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 0.01)
        #expect(Self.contrast("#777777", "#ffffff") < 4.5)  // the classic grey that fails AA
    }

    /// The cycle's status badges (tepat waktu, terlambat, …), also drawn as the swimlane's boxes.
    @Test func cycleStatusColoursOfTheDefaultTemplate() throws {
        let css = try String(
            contentsOf: Paths.templates.appendingPathComponent("_gaya-warna.html.mustache"), encoding: .utf8)
        let pairs = try Self.pairs(css, classes: #"s-[a-z-]+"#)
        #expect(
            pairs.keys.sorted() == [
                "s-berjalan", "s-melewati-batas", "s-tepat-waktu", "s-terlambat", "s-tidak-dilaksanakan",
            ])
        for (name, (ground, text)) in pairs {
            #expect(Self.contrast(ground, text) >= 4.5, "\(name): \(text) on \(ground)")
        }
    }

    @Test func ratingColoursOfTheDefaultTemplate() throws {
        let css = try String(
            contentsOf: Paths.templates.appendingPathComponent("_gaya-warna.html.mustache"), encoding: .utf8)
        let chart = try String(
            contentsOf: Paths.templates.appendingPathComponent("_gaya-svg-grafik.html.mustache"), encoding: .utf8)
        let pairs = try Self.pairs(css)
        #expect(pairs.keys.sorted() == (0...6).map { "k\($0)" })
        for (name, (ground, text)) in pairs {
            #expect(Self.contrast(ground, text) >= 4.5, "\(name): \(text) on \(ground)")
            #expect(Self.contrast(text, "#ffffff") >= 3, "\(name) bar on white")
            #expect(chart.contains(".grafik .batang.\(name) { fill: \(text); }"), "\(name) bar uses the text colour")
        }
        // The muted text colour on white, used for notes.
        #expect(Self.contrast("#57606a", "#ffffff") >= 4.5)
    }
}
