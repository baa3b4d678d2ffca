import Foundation
import Testing

@testable import KinerjaKit

/// Rounding for display only, half away from zero, and the number styles.
struct DisplayTests {
    @Test(arguments: [
        ("166.66666666", "166,67"), ("139.7385", "139,74"), ("78.125", "78,13"), ("-0.125", "-0,13"),
        ("0.005", "0,01"), ("0.0049", "0,00"), ("100", "100,00"), ("1234567.891", "1.234.567,89"),
        ("20415109000", "20.415.109.000,00"),
    ])
    func indonesianTwoDecimals(_ value: String, _ printed: String) {
        #expect(NumberStyle.indonesian.format(Decimal(string: value)!, scale: 2) == printed)
    }

    @Test func stylesDifferOnlyInMarks() {
        let value = Decimal(string: "1234567.5")!
        #expect(NumberStyle.english.format(value, scale: 2) == "1,234,567.50")
        #expect(NumberStyle.machine.format(value, scale: 2) == "1234567.50")
        #expect(NumberStyle.spreadsheetID.unrounded(value) == "1234567,5")
        #expect(NumberStyle.machine.unrounded(Decimal(string: "0.125")!) == "0.125")
        #expect(NumberStyle.indonesian.format(20_415_109_000, scale: 0) == "20.415.109.000")
    }

}
