import Foundation

/// manifest.json: what a set of outputs was made from and what it holds, so an archivist can check
/// later that nothing changed. No timestamps and no absolute paths: the same inputs give the same bytes.
public struct Manifest: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        public let path: String
        public let sha256: String
        public let size: Int
    }

    /// The head of agency from profil.yaml, who signs the outputs; `kinerja sign` records it in manifest.sig.
    public struct Signer: Codable, Sendable, Equatable {
        public let name: String
        public let position: String
        public let nip: String?
        public let acting: Bool

        init(_ official: Official) {
            name = official.name
            position = official.position
            nip = official.nip.map(DisplayFormat.nip)
            acting = official.acting
        }
    }

    public var tool: String
    public var version: String
    /// The exact build (nil in manifests written before kinerja 0.2.0, which therefore never match).
    public var build: BuildIdentity?
    public var agency: String
    public var period: String
    public var signer: Signer
    public var options: [String: String]
    public var inputs: [Entry]
    public var templates: [Entry]
    public var outputs: [Entry]
    /// What is still the example data of `kinerja init` (`profil.yaml: pemerintah, instansi`,
    /// `indikator: IKU-1`): the same findings every document states at its top (ExampleValues). Absent
    /// when nothing is; `kinerja sign` refuses a folder that has it, so a report made from example data is
    /// never signed.
    public var examples: [String]? = nil

    static func entry(_ path: String, _ data: Data) -> Entry {
        Entry(path: path, sha256: Hashing.sha256(data), size: data.count)
    }

    /// Pretty-printed JSON with sorted keys and a final newline.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        let json = (try? encoder.encode(self)) ?? Data()
        return json + Data("\n".utf8)
    }
}
