import Crypto
import Foundation
import Testing

@testable import KinerjaKit

/// keygen / sign / verify (Signing/): standard PEM keys, a signature over manifest.json, and a check
/// that catches any changed byte of any file and names the file.
struct SigningTests {
    /// Writes the example's outputs, makes a key pair and signs the folder.
    func signedFolder() throws -> (out: TemporaryFolder, folder: URL, keys: URL) {
        let out = try TemporaryFolder()
        #expect(try runKinerja(["report", Paths.example.path, "--output", out.url.path], in: Paths.root).status == 0)
        let keys = out.url.appendingPathComponent("kunci")
        let folder = out.url.appendingPathComponent("disdikbud/2024-TW3")
        #expect(try runKinerja(["keygen", "--out", keys.path], in: Paths.root).status == 0)
        let sign = try runKinerja(
            ["sign", folder.path, "--key", keys.appendingPathComponent(KeyFiles.privateName).path], in: Paths.root)
        #expect(sign.status == 0, "\(sign.stderr)")
        #expect(sign.stdout.contains("Kepala Dinas Pendidikan dan Kebudayaan: Dr. RINA MARLINA"))
        return (out, folder, keys)
    }

    @Test func keygenWritesStandardPEMWithAnOwnerOnlyPrivateKey() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let key = try KeyFiles.generate(in: folder.url)
        let privatePath = folder.url.appendingPathComponent(KeyFiles.privateName).path
        let publicPath = folder.url.appendingPathComponent(KeyFiles.publicName).path
        let mode = try FileManager.default.attributesOfItem(atPath: privatePath)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try String(contentsOfFile: privatePath, encoding: .utf8).hasPrefix("-----BEGIN PRIVATE KEY-----\n"))
        #expect(try KeyFiles.readPrivateKey(privatePath).publicKey.rawRepresentation == key.rawRepresentation)
        #expect(try KeyFiles.readPublicKey(publicPath).rawRepresentation == key.rawRepresentation)
        // Never overwritten.
        #expect(throws: KeyFiles.Failure.self) { try KeyFiles.generate(in: folder.url) }
        // The wrong kind of key is refused with the file named.
        #expect { try KeyFiles.readPublicKey(privatePath) } throws: {
            "\($0)".contains("\(privatePath): a PEM PRIVATE KEY, expected a PUBLIC KEY")
        }
    }

    /// OpenSSL reads the private key kinerja writes and derives the same public key file.
    @Test(.enabled(if: Tools.openssl != nil || Tools.required, "OpenSSL is not installed (apt-get install -y openssl)"))
    func openSSLReadsTheKeyFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        _ = try KeyFiles.generate(in: folder.url)
        let privatePath = folder.url.appendingPathComponent(KeyFiles.privateName).path
        let publicPath = folder.url.appendingPathComponent(KeyFiles.publicName).path
        let openssl = try #require(Tools.openssl, "OpenSSL is required (KINERJA_REQUIRE_TOOLS=1)")
        let derived = try runProcess(openssl, ["pkey", "-in", privatePath, "-pubout"])
        #expect(derived.status == 0, "\(derived.stderr)")
        #expect(derived.stdout == (try String(contentsOfFile: publicPath, encoding: .utf8)))
    }

    /// A known Ed25519 key (RFC 8032, test 1) in the PEM openssl writes for it.
    @Test func readsAndWritesTheRFC8410Forms() throws {
        let seed = ManifestSignature.hexBytes("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")!
        let key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        let pem =
            "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END PRIVATE KEY-----\n"
        #expect(Ed25519PEM.pem(key) == pem)
        #expect(try Ed25519PEM.privateKey(pem: pem).rawRepresentation == seed)
        #expect(
            Ed25519PEM.pem(key.publicKey)
                == "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n-----END PUBLIC KEY-----\n"
        )
    }

    @Test func anUntouchedFolderVerifies() throws {
        let (out, folder, keys) = try signedFolder()
        defer { out.cleanUp() }
        let run = try runKinerja(
            ["verify", folder.path, "--key", keys.appendingPathComponent(KeyFiles.publicName).path], in: Paths.root)
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("VERIFIED: every file is intact"))
        let check = ArchiveCheck.check(
            folder, key: try KeyFiles.readPublicKey(keys.appendingPathComponent(KeyFiles.publicName).path))
        #expect(check.isIntact)
        #expect(check.files.count == 9)  // 7 outputs, manifest.json, manifest.sig
    }

    /// Flipping one bit of any file — every output, the manifest, the signature — is caught, and the
    /// report names that file.
    @Test func oneChangedByteInAnyFileIsCaughtAndNamed() throws {
        let (out, folder, keys) = try signedFolder()
        defer { out.cleanUp() }
        let key = try KeyFiles.readPublicKey(keys.appendingPathComponent(KeyFiles.publicName).path)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.contains("manifest.sig") && names.count == 9)
        for name in names {
            let url = folder.appendingPathComponent(name)
            let original = try Data(contentsOf: url)
            for offset in [0, original.count / 2, original.count - 1] {
                var changed = original
                changed[offset] ^= 0x01
                try changed.write(to: url)
                let check = ArchiveCheck.check(folder, key: key)
                #expect(!check.isIntact, "\(name) byte \(offset)")
                let named = check.files.contains { $0.name == name && $0.state == .changed }
                #expect(
                    named || check.manifestProblem?.en.hasPrefix(name) == true, "\(name) byte \(offset): \(check.files)"
                )
            }
            try original.write(to: url)
        }
        #expect(ArchiveCheck.check(folder, key: key).isIntact)
        // The command says the same and exits 1.
        let report = folder.appendingPathComponent("ringkasan.html")
        try (try Data(contentsOf: report) + Data(" ".utf8)).write(to: report)
        let run = try runKinerja(["verify", folder.path], in: Paths.root)
        #expect(run.status == 1)
        #expect(run.stdout.contains("changed    \(folder.path)/ringkasan.html"))
        #expect(run.stdout.contains("NOT VERIFIED (1 changed)"))
    }

    @Test func missingAndUnexpectedFilesAreReported() throws {
        let (out, folder, _) = try signedFolder()
        defer { out.cleanUp() }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("capaian.csv"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("catatan.txt"))
        let check = ArchiveCheck.check(folder)
        #expect(
            check.files.filter { $0.state != .intact }.map { "\($0.name) \($0.state)" } == [
                "capaian.csv missing", "catatan.txt unexpected",
            ])
        #expect(!check.isIntact)
        // A folder that no longer matches its manifest is not signed again.
        let keys = try TemporaryFolder()
        defer { keys.cleanUp() }
        _ = try KeyFiles.generate(in: keys.url)
        #expect {
            try ArchiveSigner.sign(
                folder, key: try KeyFiles.readPrivateKey(keys.url.appendingPathComponent(KeyFiles.privateName).path))
        } throws: { "\($0)".contains("capaian.csv (missing), catatan.txt (unexpected)") }
    }

    @Test func theSignerKeyIsCheckedWhenGiven() throws {
        let (out, folder, _) = try signedFolder()
        defer { out.cleanUp() }
        let other = try TemporaryFolder()
        defer { other.cleanUp() }
        let otherKey = try KeyFiles.generate(in: other.url)
        guard case .invalid(let why)? = ArchiveCheck.check(folder, key: otherKey).signature else {
            Issue.record("another key must not verify")
            return
        }
        guard case .otherKey(let signed, let given) = why else {
            Issue.record("\(why)")
            return
        }
        #expect(signed != given && given == Ed25519PEM.fingerprint(otherKey))
        // Without --key the recorded key is used, and the command says so.
        guard case .valid(_, let signer, let keyChecked)? = ArchiveCheck.check(folder).signature else {
            Issue.record("the recorded key must verify")
            return
        }
        #expect(signer.name == "Dr. RINA MARLINA, S.Pd., M.Pd." && signer.nip == "19720315 199803 2 004" && !keyChecked)
        // Issue 20: anyone could have re-signed it with any name; the verdict and the exit status say so.
        let run = try runKinerja(["verify", folder.path, "--bahasa", "en"], in: Paths.root)
        #expect(
            run.status == 2
                && run.stdout.contains(
                    "INTEGRITY ONLY: every file is intact and matches the signature, but the signer was not checked")
        )
        #expect(!run.stdout.contains("\nVERIFIED"))
    }

    @Test func anUnsignedFolderDoesNotVerify() throws {
        let out = try TemporaryFolder()
        defer { out.cleanUp() }
        #expect(try runKinerja(["report", Paths.example.path, "--output", out.url.path], in: Paths.root).status == 0)
        let folder = out.url.appendingPathComponent("disdikbud/2024-TW3")
        let check = ArchiveCheck.check(folder)
        #expect(check.signature == .missing && !check.isIntact)
        #expect(check.files.first { $0.name == "manifest.sig" }?.state == .missing)
        // Intact but never signed: said as such, not as a folder that differs from what was signed.
        let unsigned = try runKinerja(["verify", folder.path, "--bahasa", "en"], in: Paths.root)
        #expect(unsigned.status == 1 && unsigned.stdout.contains("NOT SIGNED: every file matches manifest.json"))
        #expect(!unsigned.stdout.contains("NOT VERIFIED"))
        // One output changed as well: the usual verdict, counting both.
        try Data("x".utf8).write(to: folder.appendingPathComponent("capaian.csv"))
        let changed = try runKinerja(["verify", folder.path, "--bahasa", "en"], in: Paths.root)
        #expect(changed.status == 1 && changed.stdout.contains("NOT VERIFIED (1 changed, 1 missing)"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("manifest.json"))
        let run = try runKinerja(["verify", folder.path], in: Paths.root)
        #expect(run.status == 1 && run.stderr.contains("manifest.json: missing"))
    }
}
