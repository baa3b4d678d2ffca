import Foundation
import Testing

@testable import KinerjaKit

/// A CSV file whose bytes `ControlCharacters.mayHoldUnsafeInText` clears skips the look at each record for control
/// characters (issue 22): its source is the one every record looked at makes, records and diagnostics alike.
struct ControlBytesParityTests {
    @Test func aClearedFileMapsAsEveryRecordLookedAt() throws {
        var random = SeededGenerator(seed: 47)
        let pieces = [
            "IKU-01", "Indikator", "87,5", "1.250", "a", " ", ";", ";", ";", "\n", "\n", "\r\n", "\"", "\"\"", "\t",
            "\u{A0}", "©", "\u{2013}", "€", "é", "e\u{301}", "JUMLAH", "Total", "TW3", "%", "\u{2010}", "\u{206A}",
        ]
        // Those `isUnsafeInText`, and one that shares their lead byte, each now and then.
        let rare = ["\u{1B}", "\u{0}", "\u{7F}", "\u{85}", "\u{200E}", "\u{202E}", "\u{2069}"]
        let header = "kode;tingkat;sasaran;indikator;satuan;polaritas;target;target_tw1;baseline\n"
        var cleared = 0, held = 0, mapped = 0, warned = 0
        for round in 0..<2_000 {
            let body = (0..<Int.random(in: 0...40, using: &random)).map { _ in
                Int.random(in: 0..<40, using: &random) == 0
                    ? rare.randomElement(using: &random)! : pieces.randomElement(using: &random)!
            }
            let text = header + body.joined()
            if ControlCharacters.mayHoldUnsafeInText(text) { held += 1 } else { cleared += 1 }
            var fast = DiagnosticLog(), general = DiagnosticLog()
            let quick = CSVSource(data: Data(text.utf8), file: "indikator.csv", schema: .indikator, log: &fast)
            let (table, problems) = CSVReader().read(text)
            for problem in problems {
                general.error("indikator.csv", line: problem.line, column: problem.column, problem.message)
            }
            let slow = CSVSource(
                table: table, file: "indikator.csv", schema: .indikator, addressing: .lineColumn, reported: [],
                mayHoldControls: true, log: &general)
            if slow != nil { mapped += 1 }
            if general.diagnostics.contains(where: { $0.description.contains("control characters") }) { warned += 1 }
            #expect(quick?.table.records == slow?.table.records, "round \(round): \(text.debugDescription)")
            // init(data:) says the cells beyond the header after mapping; the rest is the same, in order.
            #expect(
                Array(fast.diagnostics.prefix(general.diagnostics.count)) == general.diagnostics,
                "round \(round): \(text.debugDescription)")
        }
        #expect(cleared > 100 && held > 200 && mapped > 1_000 && warned > 100)
    }

    /// No scalar `isUnsafeInText` in a text the bytes clear, however it is cut into cells.
    @Test func clearedBytesHoldNoUnsafeScalar() {
        for value in 0..<0x11_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            if ControlCharacters.isUnsafeInText(scalar) {
                #expect(ControlCharacters.mayHoldUnsafeInText(text), "\(value)")
            }
        }
    }
}

/// `ControlCharacters.mayHoldUnsafeInText`, which looks at eight bytes at a time, finds a candidate byte wherever
/// looking at each byte finds one: at every position of long texts, and for every byte value in every lane.
struct ControlBytesWordParityTests {
    @Test func wordsFindWhatBytesFind() {
        var random = SeededGenerator(seed: 52)
        let pieces = [
            "a", "IKU-01;", "87,5", " ", "~", "\u{7F}", "\t", "\n", "\r", "\u{1F}", "\u{0}", "\u{1B}", "é", "\u{85}",
            "\u{A0}", "\u{2013}", "\u{202E}", "€", "日本", "\u{1F600}", "0123456789", "abcdefghijklmnop",
        ]
        var found = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in
                Int.random(in: 0..<6, using: &random) == 0
                    ? pieces.randomElement(using: &random)! : pieces[Int.random(in: 0...4, using: &random)]
            }.joined()
            let expected = text.utf8.contains(where: ControlCharacters.isCandidate)
            #expect(ControlCharacters.mayHoldUnsafeInText(text) == expected, "\(text.debugDescription)")
            if expected { found += 1 }
        }
        #expect(found > 2_000)
        // Every byte value in every lane of a word, with printable ASCII around it.
        for value in 0..<0x80 {
            for lane in 0..<8 {
                var bytes = Array("abcdefghijklmnopq".utf8)
                bytes[lane] = UInt8(value)
                bytes[lane + 8] = UInt8(ascii: "z")
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(
                    ControlCharacters.mayHoldUnsafeInText(text) == ControlCharacters.isCandidate(UInt8(value)),
                    "\(value) at \(lane)")
            }
        }
        for value in 0..<0x100 {
            let word = UInt64(0x6161_6161_6161_6100) | UInt64(value)
            #expect(ControlCharacters.isPrintableASCII(word) == (0x20...0x7E).contains(value), "\(value)")
        }
    }
}
