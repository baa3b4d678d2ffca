import Crypto
import Foundation
import SwiftASN1

/// Ed25519 keys in the standard PEM forms of RFC 8410, the ones `openssl genpkey -algorithm ed25519`
/// writes: `PRIVATE KEY` (PKCS #8 OneAsymmetricKey) and `PUBLIC KEY` (SubjectPublicKeyInfo).
/// swift-crypto has no PEM for Curve25519 keys, so the DER is built and read with swift-asn1.
public enum Ed25519PEM {
    public struct Failure: BilingualError {
        public let message: Message

        init(_ en: String, id: String) { message = Message(en, id: id) }
    }

    /// id-Ed25519, RFC 8410.
    static let algorithm: ASN1ObjectIdentifier = [1, 3, 101, 112]

    public static func pem(_ key: Curve25519.Signing.PrivateKey) -> String {
        var der = DER.Serializer()
        // OneAsymmetricKey ::= SEQUENCE { version 0, AlgorithmIdentifier, OCTET STRING { CurvePrivateKey } }
        try? der.appendConstructedNode(identifier: .sequence) { body in
            try body.serialize(0)
            try body.appendConstructedNode(identifier: .sequence) { try $0.serialize(algorithm) }
            var inner = DER.Serializer()
            try inner.serialize(ASN1OctetString(contentBytes: ArraySlice(key.rawRepresentation)))
            try body.serialize(ASN1OctetString(contentBytes: ArraySlice(inner.serializedBytes)))
        }
        return PEMDocument(type: "PRIVATE KEY", derBytes: der.serializedBytes).pemString + "\n"
    }

    public static func pem(_ key: Curve25519.Signing.PublicKey) -> String {
        PEMDocument(type: "PUBLIC KEY", derBytes: subjectPublicKeyInfo(key)).pemString + "\n"
    }

    /// SubjectPublicKeyInfo ::= SEQUENCE { AlgorithmIdentifier, BIT STRING key }
    static func subjectPublicKeyInfo(_ key: Curve25519.Signing.PublicKey) -> [UInt8] {
        var der = DER.Serializer()
        try? der.appendConstructedNode(identifier: .sequence) { body in
            try body.appendConstructedNode(identifier: .sequence) { try $0.serialize(algorithm) }
            try body.serialize(ASN1BitString(bytes: ArraySlice(key.rawRepresentation)))
        }
        return der.serializedBytes
    }

    /// The key's fingerprint: `sha256:` and the hex SHA-256 of its SubjectPublicKeyInfo DER, the same
    /// as `openssl pkey -pubin -in kunci-publik.pem -outform DER | sha256sum`.
    public static func fingerprint(_ key: Curve25519.Signing.PublicKey) -> String {
        "sha256:" + Hashing.sha256(Data(subjectPublicKeyInfo(key)))
    }

    public static func privateKey(pem text: String) throws -> Curve25519.Signing.PrivateKey {
        let document = try document(text, type: "PRIVATE KEY")
        do {
            let raw: ArraySlice<UInt8> = try DER.sequence(try DER.parse(document.derBytes), identifier: .sequence) {
                nodes in
                guard let version = nodes.next(), try Int(derEncoded: version) == 0 else {
                    throw Failure("unsupported private key version", id: "versi kunci privat tidak didukung")
                }
                try checkAlgorithm(&nodes)
                guard let wrapped = nodes.next() else {
                    throw Failure("the key bytes are missing", id: "bita kunci tidak ada")
                }
                let outer = try ASN1OctetString(derEncoded: wrapped)
                while nodes.next() != nil {}  // optional attributes and public key: not needed
                return try ASN1OctetString(derEncoded: try DER.parse(outer.bytes)).bytes
            }
            return try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure("not an Ed25519 private key (\(error))", id: "bukan kunci privat Ed25519 (\(error))")
        }
    }

    public static func publicKey(pem text: String) throws -> Curve25519.Signing.PublicKey {
        try publicKey(der: try document(text, type: "PUBLIC KEY").derBytes)
    }

    static func publicKey(der: [UInt8]) throws -> Curve25519.Signing.PublicKey {
        do {
            let raw: ArraySlice<UInt8> = try DER.sequence(try DER.parse(der), identifier: .sequence) { nodes in
                try checkAlgorithm(&nodes)
                guard let bits = nodes.next() else {
                    throw Failure("the key bytes are missing", id: "bita kunci tidak ada")
                }
                return try ASN1BitString(derEncoded: bits).bytes
            }
            return try Curve25519.Signing.PublicKey(rawRepresentation: raw)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure("not an Ed25519 public key (\(error))", id: "bukan kunci publik Ed25519 (\(error))")
        }
    }

    private static func checkAlgorithm(_ nodes: inout ASN1NodeCollection.Iterator) throws {
        guard let node = nodes.next() else { throw Failure("the algorithm is missing", id: "algoritmanya tidak ada") }
        let oid = try DER.sequence(node, identifier: .sequence) { inner in
            guard let oid = inner.next() else {
                throw Failure("the algorithm is missing", id: "algoritmanya tidak ada")
            }
            return try ASN1ObjectIdentifier(derEncoded: oid)
        }
        guard oid == algorithm else {
            throw Failure(
                "the key is not an Ed25519 key (algorithm \(oid)); create one with `kinerja keygen`",
                id: "kunci ini bukan kunci Ed25519 (algoritma \(oid)); buat dengan `kinerja keygen`")
        }
    }

    private static func document(_ text: String, type: String) throws -> PEMDocument {
        let document: PEMDocument
        do {
            document = try PEMDocument(pemString: text)
        } catch {
            throw Failure(
                "not a PEM file (expected -----BEGIN \(type)-----)",
                id: "bukan berkas PEM (seharusnya -----BEGIN \(type)-----)")
        }
        guard document.discriminator == type else {
            throw Failure(
                "a PEM \(document.discriminator), expected a \(type)",
                id: "PEM \(document.discriminator), seharusnya \(type)")
        }
        return document
    }
}
