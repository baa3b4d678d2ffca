import ArgumentParser
import Foundation
import KinerjaKit

struct Keygen: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create an Ed25519 key pair for signing output folders.",
        discussion: """
            Writes \(KeyFiles.privateName) (owner-only; keep it with the head of agency or the person who signs for them) and \(KeyFiles.publicName) (give it to the archive) into DIR. Existing keys are never overwritten.

            Example:
              kinerja keygen --out ~/kunci-kadis
            """
    )

    @Option(help: "The folder to write the key pair into.")
    var out: String

    func run() throws {
        try exitingOnFailure {
            let key = try KeyFiles.generate(in: URL(fileURLWithPath: out))
            let folder = out.hasSuffix("/") ? out : out + "/"
            print("wrote \(folder)\(KeyFiles.privateName) (private, mode 600)")
            print("wrote \(folder)\(KeyFiles.publicName)")
            print("key fingerprint \(Ed25519PEM.fingerprint(key))")
        }
    }
}

struct Sign: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sign an output folder: its manifest.json, which lists every output with its SHA-256.",
        discussion: """
            Writes manifest.sig into the folder with the key's fingerprint and the signatory from profil.yaml (as recorded in manifest.json). A folder whose files no longer match its manifest is not signed.

            Example:
              kinerja sign Output/disdikbud/2024-TW3 --key ~/kunci-kadis/\(KeyFiles.privateName)
            """
    )

    @Argument(help: "The output folder (the one with manifest.json).")
    var folder: String

    @Option(help: "The private key (\(KeyFiles.privateName) from `kinerja keygen`).")
    var key: String

    func run() throws {
        try exitingOnFailure {
            let key = try KeyFiles.readPrivateKey(key)
            let signature = try ArchiveSigner.sign(URL(fileURLWithPath: folder), key: key)
            let signer = signature.statement.signer
            print("wrote \(folder.hasSuffix("/") ? folder : folder + "/")\(ManifestSignature.fileName)")
            print("signed for \(signer.acting ? "Plt. " : "")\(signer.position): \(signer.name), key \(signature.statement.keyFingerprint)")
        }
    }
}

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that an output folder is exactly what was signed.",
        discussion: """
            Checks manifest.sig and every file's SHA-256 against manifest.json, and reports each file as intact, changed, missing or unexpected. Exit status 0 only when every file is intact and the signature is valid; 1 otherwise. Without --key the signature is checked against the key recorded in manifest.sig: that proves the folder is unchanged since signing, not who signed it.

            Example:
              kinerja verify Output/disdikbud/2024-TW3 --key \(KeyFiles.publicName)
            """
    )

    @Argument(help: "The output folder (the one with manifest.json and manifest.sig).")
    var folder: String

    @Option(help: "The signer's public key (\(KeyFiles.publicName)).")
    var key: String?

    func run() throws {
        var publicKey: Curve25519PublicKey?
        try exitingOnFailure { publicKey = try key.map(KeyFiles.readPublicKey) }
        let check = ArchiveCheck.check(URL(fileURLWithPath: folder), key: publicKey)
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        if let problem = check.manifestProblem {
            printError(prefix + problem)
            print("NOT VERIFIED: \(folder)")
            throw ExitCode(1)
        }
        for file in check.files {
            let state = file.state.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
            print("\(state) \(prefix)\(file.name)" + (file.detail.map { " (\($0))" } ?? ""))
        }
        switch check.signature {
        case .valid(let fingerprint, let signer, let keyChecked)?:
            print("signature  valid: Ed25519, key \(fingerprint), for \(signer.acting ? "Plt. " : "")\(signer.position): \(signer.name)")
            if !keyChecked {
                print("note: checked against the key recorded in \(ManifestSignature.fileName); pass --key \(KeyFiles.publicName) to check that the signer's key made it")
            }
        case .missing?:
            print("signature  missing: \(prefix)\(ManifestSignature.fileName) does not exist; the folder was never signed (kinerja sign)")
        case .invalid(let why)?:
            print("signature  INVALID: \(prefix)\(why)")
        case nil:
            break
        }
        let counts = [ArchiveCheck.State.changed, .missing, .unexpected].compactMap { state -> String? in
            let n = check.files.filter { $0.state == state }.count
            return n == 0 ? nil : "\(n) \(state.rawValue)"
        }
        if check.isIntact {
            print("VERIFIED: every file is intact and the signature is valid.")
        } else {
            let detail = counts.isEmpty ? "" : " (" + counts.joined(separator: ", ") + ")"
            print("NOT VERIFIED\(detail): the folder is not exactly what was signed.")
            throw ExitCode(1)
        }
    }
}

/// Runs `body`; a thrown error (its message names the file) is printed and the command exits 1.
private func exitingOnFailure(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch {
        printError("\(error)")
        throw ExitCode(1)
    }
}
