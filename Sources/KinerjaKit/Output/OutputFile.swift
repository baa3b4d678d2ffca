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

    /// Lower-case hex of any bytes.
    static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
