import Crypto
import Foundation

/// The file format of what a run keeps for the next under `.kinerja-last-run/` (`LastRun`, `LastIndex`): the
/// SHA-256 of the rest on its first line (its seal, so a file cut short or edited by hand is not believed),
/// then one `RecordLine` per part.
enum SealedRecord {
    /// Every line ends in a line feed (no line at all is one line feed); written on bytes (`RecordLine.append`).
    static func encode(_ lines: [[String?]]) -> Data {
        var body: [UInt8] = []
        for line in lines {
            RecordLine.append(line, to: &body)
            body.append(10)
        }
        if lines.isEmpty { body.append(10) }
        var record = Data(capacity: 65 + body.count)
        // The seal's bytes as an array: `Data.append(contentsOf:)` of a `String.UTF8View` asks the runtime whether
        // it is `ContiguousBytes`, a search of the binary's conformance records (BENCHMARKS.md).
        record.append(contentsOf: Array(Hashing.hex(SHA256.hash(data: body)).utf8))
        record.append(10)
        record.append(contentsOf: body)
        return record
    }

    /// The fields of each line (empty lines skipped); nil when the seal does not match the rest or a line does
    /// not split.
    static func lines(of bytes: [UInt8]) -> [[String?]]? {
        bytes.withUnsafeBufferPointer { data -> [[String?]]? in
            guard let newline = data.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            let body = data[(newline + 1)...]
            guard
                data[..<newline].elementsEqual(
                    Hashing.hex(SHA256.hash(data: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: body)))).utf8)
            else { return nil }
            var lines: [[String?]] = []
            // Split on the bytes: splitting the text on Characters (grapheme breaking) was most of reading it.
            for line in body.split(separator: UInt8(ascii: "\n")) {
                guard let fields = RecordLine.split(bytes: line) else { return nil }
                lines.append(fields)
            }
            return lines
        }
    }
}
