import Foundation
import Testing
@testable import KinerjaKit

/// The number forms of data-format.md.
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

    @Test func moneyDropsRupiahAndSpaces() {
        #expect(NumberReader.value(of: NumberReader.reading("Rp 20.415.109.000", kind: .money), convention: nil) == 20_415_109_000)
        #expect(NumberReader.value(of: NumberReader.reading("Rp20.415.109.000,50", kind: .money), convention: nil) == decimal("20415109000.5"))
        #expect(NumberReader.reading("Rp 1.000", kind: .plain) == .invalid)
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
        #expect(TargetReader.numberTexts(in: "-5") == ["-5"])
        #expect(TargetReader.numberTexts(in: "-5 - 5") == ["-5", "5"])
        #expect(TargetReader.numberTexts(in: "75") == ["75"])
    }
}
