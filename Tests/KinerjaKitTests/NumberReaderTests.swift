import Foundation
import Testing

@testable import KinerjaKit

/// The number forms of docs/format.md.
struct NumberReaderTests {

    @Test(arguments: [
        ("1234.5", "1234.5"), ("1234,5", "1234.5"), ("1.234,5", "1234.5"), ("1,234.5", "1234.5"),
        ("87,5%", "87.5"), ("87,5 %", "87.5"), ("0,125", "0.125"), ("1.234.567", "1234567"), ("1,234,567", "1234567"),
        ("-2,5", "-2.5"), ("42", "42"), ("12345.678", "12345.678"), ("1.234.567,89", "1234567.89"),
    ])
    func readsEveryForm(_ text: String, _ expected: String) {
        let reading = NumberReader.reading(text)
        #expect(NumberReader.value(of: reading, convention: nil) == decimal(expected))
    }

    /// The digits-to-Decimal fast path gives the value and the text `Decimal(string:)` gives, for short and
    /// long digit strings, zeros, leading and trailing zeros, and negatives.
    @Test func decimalsAreBuiltAsDecimalStringBuildsThem() {
        var samples = [
            "0", "0.0", "00", "0.000", "100.00", "87.50", "000123.4500", "1.", ".5", "20415109000",
            "999999999999999999", "1234567890123456789012.5", "3.14159265358979323846",
        ]
        var generator = SeededGenerator(seed: 6)
        for _ in 0..<2000 {
            let whole = Int.random(in: 0..<1_000_000_000_000, using: &generator)
            let fraction = String(Int.random(in: 0..<100_000, using: &generator)).prefix(
                Int.random(in: 0...5, using: &generator))
            samples.append(fraction.isEmpty ? "\(whole)" : "\(whole).\(fraction)")
        }
        for text in samples {
            for negative in [false, true] {
                let expected = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")).map {
                    negative ? -$0 : $0
                }
                let built = NumberReader.decimal(text, negative: negative)
                #expect(built == expected, "\(negative ? "-" : "")\(text)")
                #expect(built?.description == expected?.description, "\(negative ? "-" : "")\(text)")
            }
        }
        #expect(NumberReader.decimal("1.2.3", negative: false) == nil)
        // Issue 20: 38 significant digits are held exactly; more would lose the last ones, so are not read.
        let exact = String(repeating: "9", count: 38)
        #expect(NumberReader.decimal(exact, negative: false)?.description == exact)
        #expect(NumberReader.decimal(exact + "1", negative: false) == nil)
        #expect(NumberReader.decimal("0.000" + exact, negative: false) != nil, "leading zeros are not significant")
        #expect(Workbook.number("1E+300") == nil && Workbook.number("1.5E+3") == 1500)
        #expect(NumberReader.decimal("", negative: false) == nil)
    }

    @Test func moneyDropsRupiahAndSpaces() {
        #expect(
            NumberReader.value(of: NumberReader.reading("Rp 20.415.109.000", kind: .money), convention: nil)
                == 20_415_109_000)
        #expect(
            NumberReader.value(of: NumberReader.reading("Rp20.415.109.000,50", kind: .money), convention: nil)
                == decimal("20415109000.5"))
        #expect(NumberReader.reading("Rp 1.000", kind: .plain) == .invalid)
        // Invoices' "no sen": `,-` after the amount.
        #expect(
            NumberReader.value(of: NumberReader.reading("Rp 1.250.000,-", kind: .money), convention: nil) == 1_250_000)
        #expect(NumberReader.value(of: NumberReader.reading("1.250.000.-", kind: .money), convention: nil) == 1_250_000)
        #expect(NumberReader.reading("-", kind: .money) == .invalid, "a dash alone is no amount")
        #expect(NumberReader.reading(",-", kind: .money) == .invalid)
        #expect(NumberReader.reading("1.250.000,-", kind: .plain) == .invalid, "only money takes the dash")
    }

    /// The errors' hints for a dash in a money cell and for Rp in a plain one.
    @Test func aDashForZeroAndRupiahInAPlainCellAreExplained() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        var files = UnreportedQuarterTests().workspace()
        files["realisasi.csv"] = "kode,periode,nilai\nT,TW1,Rp 60\n"
        files["anggaran.csv"] = "kode,uraian,pagu,realisasi_tw1\n1.01,Program,\"Rp 1.250.000,-\",-\n"
        try folder.write(files)
        let errors = computeReport(folder.url).1.errors.map { $0.message.en }
        #expect(
            errors.contains {
                $0.hasSuffix("write the amount without Rp (the indicator's satuan says what it counts)")
            }, "\(errors)")
        #expect(
            errors.contains {
                $0.hasSuffix("if nothing was spent, write 0; if it is not known yet, leave the cell empty")
            }, "\(errors)")
        #expect(errors.count == 2, "the pagu Rp 1.250.000,- is read: \(errors)")
    }

    @Test(arguments: ["delapan", "1.2.3,4,5", "12,34,56.7", "1..2", "5.", "", "1 234", "--1", "1.23.456"])
    func rejectsWhatIsNotANumber(_ text: String) {
        #expect(NumberReader.reading(text) == .invalid)
    }

    /// `1.234` reads two ways; the file's other values decide, and nothing deciding leaves it unread.
    @Test func ambiguousValuesFollowTheFileConvention() {
        let ambiguous = NumberReader.reading("1.234")
        #expect(ambiguous == .ambiguous(ifComma: 1234, ifPoint: decimal("1.234")))
        #expect(NumberReader.value(of: ambiguous, convention: .comma) == 1234)
        #expect(NumberReader.value(of: ambiguous, convention: .point) == decimal("1.234"))
        #expect(NumberReader.value(of: ambiguous, convention: nil) == nil)

        #expect(NumberReader.convention(of: ["87,5", "1.234", "12"].map { NumberReader.reading($0) }) == .comma)
        #expect(NumberReader.convention(of: ["1,234,567", "1.234"].map { NumberReader.reading($0) }) == .point)
        #expect(NumberReader.convention(of: ["87,5", "87.5"].map { NumberReader.reading($0) }) == nil)
        #expect(NumberReader.convention(of: ["12", "1.234"].map { NumberReader.reading($0) }) == nil)
    }

    @Test func targetCellsSplitIntoBands() {
        #expect(TargetReader.numberTexts(in: "80-90") == ["80", "90"])
        #expect(TargetReader.numberTexts(in: "7 - 8") == ["7", "8"])
        #expect(TargetReader.numberTexts(in: "7,5–8,5") == ["7,5", "8,5"])
        // "sampai dengan", as planners write a range.
        for written in [
            "80 s.d. 90", "80 s.d 90", "80 s/d 90", "80 S.D. 90", "80 sd 90", "80 sampai 90", "80 sampai dengan 90",
        ] {
            #expect(TargetReader.numberTexts(in: written) == ["80", "90"], "\(written)")
        }
        #expect(TargetReader.numberTexts(in: "-5") == ["-5"])
        #expect(TargetReader.numberTexts(in: "-5 - 5") == ["-5", "5"])
        #expect(TargetReader.numberTexts(in: "75") == ["75"])
    }
}
