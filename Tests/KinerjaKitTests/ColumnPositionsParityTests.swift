import Foundation
import Testing

@testable import KinerjaKit

/// `ColumnPositions` (issue 22) finds every column a `[String: Int]` finds, at the same position, and no other.
struct ColumnPositionsParityTests {
    @Test func findsWhatTheDictionaryFinds() {
        var random = SeededGenerator(seed: 41)
        // Every schema's names and aliases, the names loaders ask for, and near misses (same length, first and
        // last bytes), empty and non-ASCII names.
        let known = TableSchema.all.flatMap { $0.schema.columns.flatMap { [$0.name] + $0.aliases } }
        let strangers = [
            "", "k", "kodE", "kxde", "target_tw5", "target_tx1", "realisasi_tw0", "é", "e\u{301}", "ködé",
            "penanggung_jawab_", "\u{0}", "target_tw1 ", "kode\u{200E}",
            // Equal to ASCII names though their bytes differ: the Kelvin sign is K, the Greek question mark `;`.
            "\u{212A}ode", "Kode", "\u{37E}", ";", "\u{212A}",
        ]
        for round in 0..<2_000 {
            let count = round < 10 ? round * 10 : Int.random(in: 0...40, using: &random)
            var dictionary: [String: Int] = [:]
            var positions = ColumnPositions()
            for index in 0..<count {
                let name = (known + strangers).randomElement(using: &random)!
                // CSVSource sets each name once; setting again must still replace as the dictionary does.
                dictionary[name] = index
                positions[name] = index
            }
            for name in known + strangers + Array(dictionary.keys) {
                #expect(positions[name] == dictionary[name], "\(name.debugDescription) in round \(round)")
            }
        }
    }
}
