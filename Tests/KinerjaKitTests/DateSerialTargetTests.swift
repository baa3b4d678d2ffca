import Foundation
import Testing

@testable import KinerjaKit

/// A band typed in a spreadsheet (`7-8`) becomes a date; formatted as Number it is the date's serial number
/// (45876), which was read as the target in silence (a capaian of 199,98 %). Said at the cell as a doubt, by the
/// value: whole, a date within ten years of the report's, its indicator's realisasi all under a hundredth of it.
struct DateSerialTargetTests {
    @Test func aSerialBesideSmallRealisasiIsTheDateItIs() throws {
        let date = try #require(DateSerialTarget.date(45876, realisasi: [7.2, 7.5, 7.9], year: 2025, date1904: false))
        #expect((date.year, date.month, date.day) == (2025, 8, 7))
        // The same serial in the 1904 system is four years and a day later, still within ten years of 2025.
        let late = try #require(DateSerialTarget.date(45876, realisasi: [7.2], year: 2025, date1904: true))
        #expect((late.year, late.month, late.day) == (2029, 8, 8))
    }

    /// Honest large targets: realisasi of their own size, a value with a fraction, no realisasi yet, a date far from
    /// the report's year, a realisasi a hundredth of the target exactly.
    @Test func honestLargeTargetsAreNot() {
        #expect(DateSerialTarget.date(45000, realisasi: [11000, 23500, 38000], year: 2025, date1904: false) == nil)
        #expect(DateSerialTarget.date(45000, realisasi: [7, 12000], year: 2025, date1904: false) == nil)
        #expect(DateSerialTarget.date(Decimal(string: "45876.5")!, realisasi: [7], year: 2025, date1904: false) == nil)
        #expect(DateSerialTarget.date(45876, realisasi: [], year: 2025, date1904: false) == nil)
        #expect(DateSerialTarget.date(45876, realisasi: [7], year: 2040, date1904: false) == nil)
        #expect(DateSerialTarget.date(45876, realisasi: [458.76], year: 2025, date1904: false) == nil)
        #expect(DateSerialTarget.date(30000, realisasi: [7], year: 2025, date1904: false) == nil)
    }

    @Test func theMessageNamesTheDateAndTheBand() {
        let rows = [Realisasi(kode: "IKK-05", period: .quarter(year: 2025, 1), value: 7.2, line: 2)]
        let message = DateSerialTarget.message(
            "target", value: 45876, kode: "IKK-05", date: CalendarDate(iso: "2025-08-07")!, realisasi: rows)
        #expect(message.en.contains("(45876 is 7 August 2025)"))
        #expect(message.en.contains("if the band 7-8 was meant") && message.en.contains("'7-8"))
        #expect(message.id.contains("(45876 adalah 7 Agustus 2025)") && message.id.contains("rentang 7-8"))
    }

    /// In a workbook: the cell's number read as written, with a doubt at the cell; the same number in a CSV file
    /// (no number cell: nothing says it was a date) is not said.
    @Test func aWorkbookCellIsDoubted() throws {
        let folder = PlannerWorkbookTests.folder.appendingPathComponent("band-date-as-number")
        var log = DiagnosticLog()
        let computed = try #require(
            Pipeline.compute(
                RunRequest(workspace: folder, displayPath: "ws", defaultTemplates: Paths.templates), log: &log))
        let doubts = log.warnings.filter(\.isDoubt).map(\.description)
        #expect(doubts.count == 1)
        #expect(doubts.first?.hasPrefix("ws/data.xlsx[indikator]!H3: warning: target 46001 of IKU-02") == true)
        let row = computed.report.indicators.first { $0.indicator.kode == "IKU-02" }
        #expect(row?.indicator.target == .value(46001), "still read as written")
    }
}
