import Crypto
import Foundation

/// A file produced by a run, held in memory until every output is ready.
public struct OutputFile: Sendable, Equatable {
    public let name: String
    public let data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}

enum Hashing {
    /// Lower-case hex SHA-256 (`e3b0c442…` for no bytes).
    static func sha256(_ data: Data) -> String { hex(SHA256.hash(data: data)) }

    /// The SHA-256 of a regular file, read 1 MB at a time; nil when it is not one or cannot be read.
    static func sha256(of url: URL) -> String? {
        guard
            (try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType) == .typeRegular,
            let handle = try? FileHandle(forReadingFrom: url)
        else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return Hashing.hex(hasher.finalize())
    }

    /// Lower-case hex of any bytes.
    static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
