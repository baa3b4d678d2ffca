import Foundation
import Testing

@testable import KinerjaKit

/// `Moment.written`, the reading of siklus.csv's own form on bytes (issue 22), reads what `Moment(spelled:)` reads,
/// and leaves every other text (nil) to it.
struct MomentParityTests {
    @Test func readsAsBySpelling() {
        var random = SeededGenerator(seed: 44)
        let digits = Array("0123456789")
        let marks: [Character] = ["-", " ", "T", ":", ".", "/", "t", "x", "\u{A0}", "é"]
        var texts = [
            "2024-10-02 08:00", "2024-10-02", "2024-10-02T08:00", "2024-10-02 08.00", "2024-02-29", "2023-02-29",
            "1900-02-29", "2000-02-29", "0000-01-01", "2024-00-10", "2024-13-01", "2024-04-31", "2024-10-02 24:00",
            "2024-10-02 23:59", "2024-10-02 08:60", " 2024-10-02", "2024-10-02 ", "2024-10-02  08:00",
            "2024-1-02 08:00", "+024-10-02", "2024-10-0\u{301}", "2024-10-02 08:0\u{301}", "２０２４-10-02",
        ]
        for _ in 0..<30_000 {
            // Mostly the written form with one byte changed, or a date alone.
            var text = Array("2024-10-02 08:00")
            for index in text.indices where text[index].isNumber { text[index] = digits.randomElement(using: &random)! }
            let changed = Int.random(in: 0..<text.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: text[changed] = marks.randomElement(using: &random)!
            case 1: text = Array(text.prefix(10))
            case 2: text.remove(at: changed)
            default: break
            }
            texts.append(String(text))
        }
        for text in texts {
            let spelled = Moment(spelled: text)
            if let written = Moment.written(text) { #expect(written == spelled, "\(text.debugDescription)") }
            #expect(Moment(text) == spelled, "\(text.debugDescription)")
        }
    }
}
