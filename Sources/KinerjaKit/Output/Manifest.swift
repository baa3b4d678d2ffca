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
    /// The values read as written that may not be the ones meant (`Doubts`: `realisasi.csv:5:12: nilai …`),
    /// the same list every document states at its top. Absent when there are none; `kinerja sign` refuses a
    /// folder that has it unless told the values were checked.
    public var doubts: [String]? = nil

    static func entry(_ path: String, _ data: Data) -> Entry {
        Entry(path: path, sha256: Hashing.sha256(data), size: data.count)
    }

    /// Pretty-printed JSON with sorted keys and a final newline: `encodedByFoundation`'s bytes, written
    /// directly (`PrettyJSON`).
    public func encoded() -> Data {
        var bytes = json.bytes
        bytes.append(UInt8(ascii: "\n"))
        return Data(bytes)
    }

    /// The manifest as `JSONEncoder` sees it: every property, the nil ones left out.
    private var json: PrettyJSON {
        func entries(_ list: [Entry]) -> PrettyJSON {
            .array(
                list.map {
                    .object([("path", .string($0.path)), ("sha256", .string($0.sha256)), ("size", .int($0.size))])
                })
        }
        var members: [(String, PrettyJSON)] = [
            ("tool", .string(tool)), ("version", .string(version)), ("agency", .string(agency)),
            ("period", .string(period)), ("options", .object(options.map { ($0.key, .string($0.value)) })),
            ("inputs", entries(inputs)), ("templates", entries(templates)), ("outputs", entries(outputs)),
        ]
        var signer: [(String, PrettyJSON)] = [
            ("name", .string(self.signer.name)), ("position", .string(self.signer.position)),
            ("acting", .bool(self.signer.acting)),
        ]
        if let nip = self.signer.nip { signer.append(("nip", .string(nip))) }
        members.append(("signer", .object(signer)))
        if let build {
            var identity: [(String, PrettyJSON)] = [
                ("sources", .string(build.sources)), ("cmark", .string(build.cmark)),
                ("dependencies", .object(build.dependencies.map { ($0.key, .string($0.value)) })),
            ]
            if let commit = build.commit { identity.append(("commit", .string(commit))) }
            members.append(("build", .object(identity)))
        }
        if let examples { members.append(("examples", .array(examples.map { .string($0) }))) }
        if let doubts { members.append(("doubts", .array(doubts.map { .string($0) }))) }
        return .object(members)
    }

    /// `encoded()` through Foundation's `JSONEncoder`, the reference ManifestJSONTests compares it with.
    func encodedByFoundation() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        let json = (try? encoder.encode(self)) ?? Data()
        return json + Data("\n".utf8)
    }
}
