import Crypto
import Foundation

/// `manifest.sig`: an Ed25519 signature over an output folder's manifest.json, which lists every output
/// with its SHA-256, so one signature covers every file.
///
/// What is signed is the statement: the format, the algorithm, the public key and its fingerprint, the
/// manifest's SHA-256 and the signer, as compact JSON with sorted keys. The file itself is that statement
/// plus the signature, pretty-printed; a reader re-encodes what it decoded and requires the same bytes,
/// so no byte of the file can change without being noticed (not even whitespace or base64 padding bits).
public struct ManifestSignature: Codable, Sendable, Equatable {
    public static let fileName = "manifest.sig"
    public static let formatName = "kinerja-manifest-signature/1"

    public struct Statement: Codable, Sendable, Equatable {
        public var format: String
        public var algorithm: String
        /// The SubjectPublicKeyInfo DER, base64: lets `verify` check the signature without `--key`.
        public var publicKey: String
        public var keyFingerprint: String
        public var manifestSHA256: String
        public var signer: Manifest.Signer

        enum CodingKeys: String, CodingKey {
            case format, algorithm, signer
            case publicKey = "public_key", keyFingerprint = "key_fingerprint", manifestSHA256 = "manifest_sha256"
        }
    }

    public var statement: Statement
    /// Lower-case hex, 128 digits.
    public var signature: String

    enum CodingKeys: String, CodingKey { case statement, signature }

    /// Signs `manifest` (the bytes of manifest.json) for `signer` with `key`.
    public static func sign(
        manifest: Data, signer: Manifest.Signer, key: Curve25519.Signing.PrivateKey
    ) throws -> ManifestSignature {
        let publicKey = key.publicKey
        let statement = Statement(
            format: formatName, algorithm: "Ed25519",
            publicKey: Data(Ed25519PEM.subjectPublicKeyInfo(publicKey)).base64EncodedString(),
            keyFingerprint: Ed25519PEM.fingerprint(publicKey),
            manifestSHA256: Hashing.sha256(manifest), signer: signer)
        let signature = try key.signature(for: try signedBytes(statement))
        return ManifestSignature(statement: statement, signature: Hashing.hex(signature))
    }

    /// The bytes the signature is made over.
    static func signedBytes(_ statement: Statement) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(statement)
    }

    /// The file's bytes: pretty-printed JSON with sorted keys and a final newline.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }

    /// Reads a manifest.sig; nil unless the bytes are exactly what `encoded()` writes.
    public static func decode(_ data: Data) -> ManifestSignature? {
        guard let value = try? JSONDecoder().decode(ManifestSignature.self, from: data), value.encoded() == data else {
            return nil
        }
        return value
    }

    /// The public key recorded in the file, nil when it does not decode.
    public var recordedPublicKey: Curve25519.Signing.PublicKey? {
        guard let der = Data(base64Encoded: statement.publicKey) else { return nil }
        return try? Ed25519PEM.publicKey(der: Array(der))
    }

    /// Whether `signature` is a valid signature by `key` over the statement.
    public func isValid(for key: Curve25519.Signing.PublicKey) -> Bool {
        guard let bytes = Self.hexBytes(signature), let message = try? Self.signedBytes(statement) else { return false }
        return key.isValidSignature(bytes, for: message)
    }

    /// Strict lower-case hex → bytes; nil for anything else.
    static func hexBytes(_ text: String) -> Data? {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0 else { return nil }
        func value(_ c: UInt8) -> UInt8? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
            default: return nil
            }
        }
        var bytes = Data(capacity: digits.count / 2)
        for i in stride(from: 0, to: digits.count, by: 2) {
            guard let high = value(digits[i]), let low = value(digits[i + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }
}
