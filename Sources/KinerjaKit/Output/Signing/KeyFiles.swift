import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The key pair `kinerja keygen` writes and `sign` / `verify` read.
public enum KeyFiles {
    public static let privateName = "kunci-privat.pem"
    public static let publicName = "kunci-publik.pem"

    public struct Failure: BilingualError {
        public let message: Message

        init(_ en: String, id: String) { message = Message(en, id: id) }
    }

    /// Writes a new key pair into `directory` (created if needed) and returns the public key. The private
    /// key file is created owner-only (0600) from the start, never widened afterwards; existing key files
    /// are never overwritten.
    public static func generate(in directory: URL) throws -> Curve25519.Signing.PublicKey {
        let privateURL = directory.appendingPathComponent(privateName)
        let publicURL = directory.appendingPathComponent(publicName)
        for url in [privateURL, publicURL] where FileManager.default.fileExists(atPath: url.path) {
            throw Failure(
                "\(url.path): already exists; keygen never overwrites a key (choose another --out, or move the old pair away first)",
                id:
                    "\(url.path): sudah ada; keygen tidak pernah menimpa kunci (pilih --out lain, atau pindahkan pasangan kunci lama lebih dulu)"
            )
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(
                "\(directory.path): cannot create the folder: \(error.localizedDescription)",
                id: "\(directory.path): folder tidak dapat dibuat: \(error.localizedDescription)")
        }
        let key = Curve25519.Signing.PrivateKey()
        try create(privateURL, Data(Ed25519PEM.pem(key).utf8), mode: 0o600)
        try create(publicURL, Data(Ed25519PEM.pem(key.publicKey).utf8), mode: 0o644)
        return key.publicKey
    }

    /// Creates `url` exclusively with `mode` (subject to the umask, which can only narrow it).
    private static func create(_ url: URL, _ data: Data, mode: mode_t) throws {
        do {
            try FileCreation.write(data, to: url.path, mode: mode, exclusive: true)
        } catch  where error.opening {
            throw Failure(
                "\(url.path): cannot create: \(error.reason)", id: "\(url.path): tidak dapat dibuat: \(error.reason)")
        } catch {
            unlink(url.path)
            throw Failure(
                "\(url.path): cannot write: \(error.reason)", id: "\(url.path): tidak dapat ditulis: \(error.reason)")
        }
    }

    /// What a PEM reader said, in both languages.
    private static func reason(_ error: Error) -> Message {
        (error as? Ed25519PEM.Failure)?.message ?? Message("\(error)", id: "\(error)")
    }

    public static func readPrivateKey(_ path: String) throws -> Curve25519.Signing.PrivateKey {
        let text = try text(path)
        do { return try Ed25519PEM.privateKey(pem: text) } catch {
            throw Failure(
                "\(path): \(reason(error).en); --key of sign takes the \(privateName) written by `kinerja keygen`",
                id:
                    "\(path): \(reason(error).id); --key pada sign memerlukan \(privateName) yang ditulis `kinerja keygen`"
            )
        }
    }

    public static func readPublicKey(_ path: String) throws -> Curve25519.Signing.PublicKey {
        let text = try text(path)
        do { return try Ed25519PEM.publicKey(pem: text) } catch {
            throw Failure(
                "\(path): \(reason(error).en); --key of verify takes the signer's \(publicName)",
                id: "\(path): \(reason(error).id); --key pada verify memerlukan \(publicName) milik penanda tangan")
        }
    }

    private static func text(_ path: String) throws -> String {
        // A PEM key is a few hundred bytes: a larger file is not read into memory (the bounded read of every
        // file kinerja is handed, WorkspaceFile).
        switch WorkspaceFile.read(URL(fileURLWithPath: path), limit: 64 * 1024) {
        case .success(let data): return String(decoding: data, as: UTF8.self)
        case .failure(.tooLarge(let size)):
            throw Failure(
                "\(path): \(size) bytes, not a key file (a PEM key is a few hundred bytes)",
                id: "\(path): \(size) bita, bukan berkas kunci (kunci PEM hanya beberapa ratus bita)")
        case .failure:
            throw Failure("\(path): cannot read the key file", id: "\(path): berkas kunci tidak dapat dibaca")
        }
    }
}
/// The public key type, so the command target needs no Crypto import.
public typealias Curve25519PublicKey = Curve25519.Signing.PublicKey
