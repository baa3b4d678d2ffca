import Foundation
import Testing

@testable import KinerjaKit

/// `ValuePeriod.written`, the reading of realisasi.csv's usual periods on bytes (issue 22), reads what
/// `ValuePeriod(spelled:reportYear:)` reads, and leaves every other text (nil) to it.
struct ValuePeriodParityTests {
    @Test func readsAsBySpelling() {
        var random = SeededGenerator(seed: 45)
        let pieces = [
            "TW", "tw", "Tw", "tW", "T", "W", "Q", "q", "1", "2", "3", "4", "5", "0", "-", " ", "\u{A0}", "2024",
            "1900",
            "1901", "0999", "TAHUNAN", "ANNUAL", "+", "é", "\u{301}", "ｔｗ", "٣",
        ]
        var texts = [
            "TW1", "tw4", "TW0", "TW5", "2024", "1900", "1901", "2024-TW3", "2024-tw1", "1900-TW1", "2024-TW5",
        ]
        for _ in 0..<30_000 {
            texts.append(
                (0..<Int.random(in: 0...4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        for text in texts {
            let spelled = ValuePeriod(spelled: text, reportYear: 2025)
            if let written = ValuePeriod.written(text, reportYear: 2025) {
                #expect(written == spelled, "\(text.debugDescription)")
            }
            #expect(ValuePeriod(text, reportYear: 2025) == spelled, "\(text.debugDescription)")
        }
    }
}
