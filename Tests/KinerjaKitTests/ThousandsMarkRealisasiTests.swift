import Foundation
import Testing

@testable import KinerjaKit

/// `7.012` typed for 7,012 in a file whose numbers prove the decimal comma reads as 7 012; beside a target it does
/// not dwarf (1 234,5) the capaian was 568 % with no word. The indicator's other values (6,8 in 2023, 6,95 and 7,01
/// this year) say which reading was meant, and the value is said at the cell.
struct ThousandsMarkRealisasiTests {
    /// The example with one more indicator, an indeks with `target`, and its realisasi rows `values`
    /// (periode → nilai as typed).
    private func workspace(_ folder: TemporaryFolder, target: String, values: [(String, String)]) throws -> URL {
        let workspace = folder.url.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: Paths.example, to: workspace)
        func append(_ name: String, _ lines: [String]) throws {
            let file = workspace.appendingPathComponent(name)
            var text = try String(contentsOf: file, encoding: .utf8)
            if !text.hasSuffix("\n") { text += "\n" }
            try Data((text + lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        }
        try append(
            "indikator.csv",
            [
                "IKU-20;sasaran;Meningkatnya akses pendidikan dasar yang merata;Indeks mutu layanan;indeks;positif;terakhir;\(target);;;;;;;;;Bidang Pembinaan SD;;;"
            ])
        try append("realisasi.csv", values.map { "IKU-20;\($0.0);\($0.1);;" })
        return workspace
    }

    private func doubts(_ workspace: URL) -> (doubts: [String], capaian: Decimal?) {
        var log = DiagnosticLog()
        let computed = Pipeline.compute(
            RunRequest(workspace: workspace, displayPath: "ws", defaultTemplates: Paths.templates), log: &log)
        let row = computed?.report.indicators.first { $0.indicator.kode == "IKU-20" }
        return (log.warnings.filter(\.isDoubt).map(\.description), row?.capaian.value)
    }

    @Test func aValueAThousandTimesItsOtherValuesIsSaidAtTheCell() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let ws = try workspace(
            folder, target: "1.234,5", values: [("2023", "6,8"), ("TW1", "6,95"), ("TW2", "7,01"), ("TW3", "7.012")])
        let (said, capaian) = doubts(ws)
        #expect(
            said == [
                "ws/realisasi.csv:61:12: warning: nilai 7.012 of IKU-20 is read as 7012, more than a hundred times each of its other values (2023: 6.8; 2024-TW1: 6.95; 2024-TW2: 7.01); if the mark in it was meant as the decimal point (7.012 for 7,012), type the decimal mark this file uses"
            ])
        #expect(capaian?.fixedString() == "568.00", "still read as written")
    }

    /// The mirror: `1,092` read as 1,092 by the file's decimal comma beside 1 105 and 988 and a target of 4 000 (a
    /// planner's trial: `1,250` groups read as 1,25, a capaian of 32,10 % instead of 132 %).
    @Test func aValueAThousandthOfItsOtherValuesIsSaidAtTheCell() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let ws = try workspace(folder, target: "4000", values: [("TW1", "1,092"), ("TW2", "1105"), ("TW3", "988")])
        let (said, _) = doubts(ws)
        #expect(
            said == [
                "ws/realisasi.csv:58:12: warning: nilai 1,092 of IKU-20 is read as 1.092 by this file's decimal comma, under a tenth of each of its other values (2024-TW2: 1105; 2024-TW3: 988) and of its target 4000; if the mark in it was meant as a thousands separator (1,092 for 1092), type 1092 without it"
            ])
    }

    /// Honest small values: `12,400` beside 13,1 and 12,8 is 12,4; and beside values only a few times it, or
    /// nearer it than its thousandfold (15 and 20 beside `1,250`), nothing is said either.
    @Test func anHonestSmallValueIsNot() throws {
        for (target, values) in [
            ("12", [("TW1", "13,1"), ("TW2", "12,8"), ("TW3", "12,400")]),
            ("20", [("TW1", "15"), ("TW2", "20"), ("TW3", "1,250")]),
            ("4000", [("TW1", "3,5"), ("TW2", "1,092")]),
        ] {
            let folder = try TemporaryFolder()
            defer { folder.cleanUp() }
            #expect(doubts(try workspace(folder, target: target, values: values)).doubts.isEmpty, "\(values)")
        }
    }

    /// Honest growth: the target bears out a value far above the first quarter's.
    @Test func aValueTheTargetBearsOutIsNot() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let ws = try workspace(folder, target: "1.500", values: [("TW1", "5"), ("TW2", "1.200")])
        #expect(doubts(ws).doubts.isEmpty)
    }

    /// Nothing to compare with, or a value typed with a decimal part (`7.012,0` proves its thousands mark).
    @Test func withoutOtherValuesOrAmbiguityNothingIsSaid() throws {
        for values in [[("TW3", "7.012")], [("TW1", "6,95"), ("TW2", "7,01"), ("TW3", "7.012,0")]] {
            let folder = try TemporaryFolder()
            defer { folder.cleanUp() }
            #expect(doubts(try workspace(folder, target: "1.234,5", values: values)).doubts.isEmpty)
        }
    }

    @Test func nearerByOrdersOfMagnitude() {
        #expect(ThousandsMarkRealisasi.nearer(7.012, than: 7012, to: [6.8, 6.95, 7.01, 1234.5]))
        #expect(!ThousandsMarkRealisasi.nearer(1.2, than: 1200, to: [5, 1500]))
    }
}
