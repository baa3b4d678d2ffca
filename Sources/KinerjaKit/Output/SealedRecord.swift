import Crypto
import Foundation

/// The file format of what a run keeps for the next under `.kinerja-last-run/` (`LastRun`, `LastIndex`): the
/// SHA-256 of the rest on its first line (its seal, so a file cut short or edited by hand is not believed),
/// then one `RecordLine` per part.
enum SealedRecord {
    static func encode(_ lines: [[String?]]) -> Data {
        let body = Data((lines.map(RecordLine.join).joined(separator: "\n") + "\n").utf8)
        return Data((Hashing.sha256(body) + "\n").utf8) + body
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
