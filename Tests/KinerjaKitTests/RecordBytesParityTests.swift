import Foundation
import Testing

@testable import KinerjaKit

/// `RecordLine.append(_:to:)` writes a record's line on bytes; it gives the bytes of `RecordLine.join` (the
/// general path, through `replacingOccurrences`), and `SealedRecord.encode` the bytes it made from `join`, on
/// fields of the few characters that matter: the three escaped, CR before LF, combining marks, other text.
struct RecordBytesParityTests {
    @Test func appendGivesTheBytesOfJoin() {
        var generator = SeededGenerator(seed: 23)
        let pieces = ["a", "é", "\t", "\n", "\r", "\r\n", "\\", "\u{301}", "t", "-", "\\-", "x", " ", "\u{FF}", "日"]
        func field() -> String? {
            Int.random(in: 0..<8, using: &generator) == 0
                ? nil
                : (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                    .joined()
        }
        var lines: [[String?]] = []
        for _ in 0..<20_000 {
            let fields = (0..<Int.random(in: 1...5, using: &generator)).map { _ in field() }
            var bytes: [UInt8] = []
            RecordLine.append(fields, to: &bytes)
            #expect(bytes == Array(RecordLine.join(fields).utf8), "\(fields)")
            lines.append(fields)
        }
        let body = Data((lines.map(RecordLine.join).joined(separator: "\n") + "\n").utf8)
        #expect(SealedRecord.encode(lines) == Data((Hashing.sha256(body) + "\n").utf8) + body)
        #expect(SealedRecord.encode([]) == Data((Hashing.sha256(Data("\n".utf8)) + "\n\n").utf8))
    }
}
