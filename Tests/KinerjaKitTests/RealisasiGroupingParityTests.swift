import Foundation
import Testing

@testable import KinerjaKit

/// `CapaianEngine.values(of:)`, which puts each run of a kode's rows together before hashing the kode (issue 22),
/// holds what putting every row in one at a time held: for every kode and period the last such row, with kodes
/// that come back after other kodes, repeated periods, and kodes equal only as Characters.
struct RealisasiGroupingParityTests {
    @Test func holdsWhatRowByRowHeld() {
        var random = SeededGenerator(seed: 97)
        let kodes = ["IKU-01", "IKU-02", "IKU-03", "caf\u{E9}", "cafe\u{301}"]
        let periods: [ValuePeriod] = [
            .year(2023), .year(2024), .quarter(year: 2024, 1), .quarter(year: 2024, 2), .quarter(year: 2023, 4),
        ]
        for round in 0..<500 {
            var rows: [Realisasi] = []
            for index in 0..<Int.random(in: 0...30, using: &random) {
                // Runs of one kode, as a table has them, and now and then another kode in between.
                let kode =
                    rows.last.map {
                        Int.random(in: 0..<4, using: &random) > 0 ? $0.kode : kodes.randomElement(using: &random)!
                    }
                    ?? kodes.randomElement(using: &random)!
                rows.append(
                    Realisasi(
                        kode: kode, period: periods.randomElement(using: &random)!, value: nil, note: nil,
                        evidence: nil,
                        line: index + 2))
            }
            var expected: [String: [ValuePeriod: Realisasi]] = [:]
            for row in rows { expected[row.kode, default: [:]][row.period] = row }
            let found = CapaianEngine.values(of: rows)
            #expect(found.count == expected.count, "round \(round)")
            for (kode, byPeriod) in expected {
                #expect(found[kode]?.mapValues(\.line) == byPeriod.mapValues(\.line), "round \(round), \(kode)")
            }
        }
    }
}
