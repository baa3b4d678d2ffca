import ArgumentParser
import Foundation
import Testing

@testable import KinerjaKit
@testable import kinerja

/// The thirteenth round's rewrites that avoid the runtime's conformance searches (BENCHMARKS.md) give what the
/// code they replaced gave: each old version is kept here as the oracle.
struct StartupCastsParityTests {
    /// `Slug.make` before: every text decomposed by Foundation, the scalars tested against
    /// `CharacterSet.alphanumerics`.
    static func foundationSlug(_ text: String) -> String {
        var slug = ""
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.lowercased().isEmpty ? "instansi" : slug.lowercased()
    }

    /// `YAMLFields.actingPrefix` before: on an array of the first five characters.
    static func arrayActingPrefix(_ position: String) -> Int {
        let characters = Array(position.prefix(5))
        guard characters.count >= 4, String(characters[0..<3]).lowercased() == "plt" else { return 0 }
        if characters[3] == "." { return characters.count == 5 && characters[4] == " " ? 5 : 4 }
        return characters[3] == " " ? 4 : 0
    }

    /// Every ASCII scalar alone (so a wrong range in the ASCII test fails), and random texts of ASCII,
    /// accented letters (precomposed and combining), other scripts, spaces and punctuation.
    @Test func slugIsFoundationsSlug() {
        var texts = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }
        texts += ["", "Disdikbud", "Bappéda", "Bappe\u{301}da", "Ｄｉｓｄｉｋ", "Dinas_Pendidikan", "Dinas–PU", "ﬁnance"]
        let pieces = [
            "a", "Z", "0", "9", " ", "-", "_", "&", ".", "é", "e\u{301}", "Å", "ß", "ı", "ø", "د", "中", "١", "²",
            "\u{A0}",
            "\t", "Ω", "ǅ", "ﬁ", "\u{301}", "Ⅻ",
        ]
        var random = SeededGenerator(seed: 13)
        for _ in 0..<20_000 {
            let length = Int.random(in: 0..<9, using: &random)
            texts.append((0..<length).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        for text in texts { #expect(Slug.make(text) == Self.foundationSlug(text), "\(text.debugDescription)") }
    }

    /// Every text of up to six characters from the letters that matter (and a combining accent, which joins
    /// the character before it).
    @Test func actingPrefixIsTheArrays() {
        let alphabet = ["P", "p", "L", "l", "T", "t", ".", " ", "x", "\u{301}", "é"]
        var texts = [""]
        var level = [""]
        for _ in 0..<6 {
            level = level.flatMap { text in alphabet.map { text + $0 } }
            texts += level
        }
        for text in texts + ["Plt. Kepala Dinas", "PLT Kepala", "plt.Kepala"] {
            #expect(YAMLFields.actingPrefix(text) == Self.arrayActingPrefix(text), "\(text.debugDescription)")
        }
    }

    /// The lists written out for `CSVDialect` are those the library's defaults for a `CaseIterable`
    /// `RawRepresentable` give (the library's code, repeated).
    @Test func csvDialectListsAreTheLibrarys() {
        #expect(CSVDialect.allValueStrings == CSVDialect.allCases.map(\.rawValue.defaultValueDescription))
        #expect(CSVDialect.allValueStrings == ["standar", "excel-id"])
        let defaults = CSVDialect.allCases.reduce(into: [String: String]()) { descriptions, value in
            if value.rawValue.defaultValueDescription != value.defaultValueDescription {
                descriptions[value.rawValue.defaultValueDescription] = value.defaultValueDescription
            }
        }
        #expect(CSVDialect.allValueDescriptions == defaults)
    }
}
