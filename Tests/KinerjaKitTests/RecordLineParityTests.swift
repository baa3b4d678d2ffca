import Testing

@testable import KinerjaKit

/// `RecordLine.split` reads a record's lines on their bytes, taking a field without a backslash as it is; it
/// gives what the character-by-character reading it replaced gave (kept here as the oracle), on every line of
/// the few bytes that matter, well formed or not.
struct RecordLineParityTests {
    /// The reading before: every byte through one state machine.
    private static func oracle(_ line: Substring) -> [String?]? {
        var fields: [String?] = [], field: [UInt8] = [], escaping = false, absent = false
        for byte in line.utf8 {
            if escaping {
                escaping = false
                switch byte {
                case UInt8(ascii: "t"): field.append(9)
                case UInt8(ascii: "n"): field.append(10)
                case UInt8(ascii: "\\"): field.append(92)
                case UInt8(ascii: "-") where field.isEmpty: absent = true
                default: return nil
                }
            } else if byte == 92 {
                guard !absent else { return nil }
                escaping = true
            } else if byte == 9 {
                fields.append(absent ? nil : String(decoding: field, as: UTF8.self))
                (field, absent) = ([], false)
            } else {
                guard !absent else { return nil }
                field.append(byte)
            }
        }
        guard !escaping else { return nil }
        fields.append(absent ? nil : String(decoding: field, as: UTF8.self))
        return fields
    }

    @Test func splitGivesWhatTheOracleGivesOnManyLines() {
        var generator = SeededGenerator(seed: 22)
        let pieces = ["a", "é", "\t", "\\", "t", "n", "-", "\\-", "\\t", "\\\\", "x\\", "\u{FF}"]
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 0...9, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            #expect(RecordLine.split(line[...]) == Self.oracle(line[...]), "\(line.debugDescription)")
        }
        // What join makes reads back.
        for fields: [String?] in [[nil], ["", nil, "a\tb\\c\nd", "\\-"], ["-", "\\", "é\t"]] {
            #expect(RecordLine.split(RecordLine.join(fields)[...]) == fields)
        }
    }
}
