import Crypto
import Foundation

/// Checks an output folder against its manifest.json and manifest.sig (`kinerja verify`, and
/// `kinerja sign` before it signs): every listed output intact, changed or missing, every other file
/// unexpected, and the signature valid or not.
public struct ArchiveCheck: Sendable {
    public enum State: String, Sendable {
        case intact, changed, missing, unexpected
    }

    public struct FileResult: Sendable, Equatable {
        public let name: String
        public let state: State
        /// Why, for a changed file.
        public let detail: Message?
    }

    public enum SignatureState: Sendable, Equatable {
        /// `keyChecked`: the signature was checked against the key the user gave, not only the one recorded.
        case valid(fingerprint: String, signer: Manifest.Signer, keyChecked: Bool)
        case missing
        case invalid(SignatureProblem)
    }

    /// Why a signature does not hold, and which file that makes not intact.
    public enum SignatureProblem: Sendable, Equatable {
        /// manifest.sig is not what `kinerja sign` wrote (unreadable, or its recorded key and fingerprint differ).
        case signatureRewritten
        /// The signature does not match the statement it signs.
        case signatureMismatch
        /// Signed, correctly, with another key than the one given.
        case otherKey(signed: String, given: String)
        /// manifest.json has changed since it was signed.
        case manifestChanged

        /// The file this problem makes `changed`; nil for another key, where every file may be intact.
        public var changedFile: String? {
            switch self {
            case .signatureRewritten, .signatureMismatch: ManifestSignature.fileName
            case .manifestChanged: "manifest.json"
            case .otherKey: nil
            }
        }

        public var message: Message {
            switch self {
            case .signatureRewritten:
                Message(
                    "manifest.sig: changed; it is no longer the file `kinerja sign` wrote",
                    id: "manifest.sig: berubah; berkas ini bukan lagi yang ditulis `kinerja sign`")
            case .signatureMismatch:
                Message(
                    "manifest.sig: changed; the signature does not match what it signs",
                    id: "manifest.sig: berubah; tanda tangannya tidak cocok dengan yang ditandatangani")
            case .otherKey(let signed, let given):
                Message(
                    "manifest.sig: signed with key \(signed), not with the key given (\(given))",
                    id:
                        "manifest.sig: ditandatangani dengan kunci \(signed), bukan dengan kunci yang diberikan (\(given))"
                )
            case .manifestChanged:
                Message(
                    "manifest.json: changed since it was signed (its SHA-256 differs from the one manifest.sig signs)",
                    id:
                        "manifest.json: berubah sejak ditandatangani (SHA-256-nya berbeda dari yang ditandatangani manifest.sig)"
                )
            }
        }
    }

    public let files: [FileResult]
    /// nil when the check stopped before the signature (manifest.json missing or unreadable).
    public let signature: SignatureState?
    /// Problems with manifest.json itself; when present, `files` is empty.
    public let manifestProblem: Message?
    /// manifest.json as read and decoded, when it could be (what `sign` signs).
    let manifest: (data: Data, value: Manifest)?

    /// Every output intact, nothing unexpected, and a valid signature.
    public var isIntact: Bool {
        guard manifestProblem == nil, case .valid? = signature else { return false }
        return files.allSatisfy { $0.state == .intact }
    }

    /// A file name directly in the folder: no separator, not `.` or `..`, no NUL.
    static func isPlainName(_ path: String) -> Bool {
        !path.isEmpty && path != "." && path != ".." && !path.contains("/") && !path.contains("\\")
            && !path.contains("\u{0}")
    }

    /// Checks `directory`. `key`: the signer's public key; without it the signature is checked against
    /// the key recorded in manifest.sig, which proves integrity but not who signed.
    public static func check(_ directory: URL, key: Curve25519.Signing.PublicKey? = nil) -> ArchiveCheck {
        let manifestURL = directory.appendingPathComponent("manifest.json")
        // The manifest and its signature are files of the folder, never links to a copy elsewhere.
        for name in ["manifest.json", ManifestSignature.fileName]
        where directory.appendingPathComponent(name).isSymbolicLink {
            return ArchiveCheck(
                files: [], signature: nil,
                manifestProblem: Message(
                    "\(name): it is a link to another file, not the file that was made; it is not read",
                    id: "\(name): berkas ini tautan ke berkas lain, bukan berkas yang dibuat; berkas itu tidak dibaca"),
                manifest: nil)
        }
        // A manifest is a few kilobytes; one of gigabytes is not read (WorkspaceFile: bounded, regular files only).
        let read = WorkspaceFile.read(manifestURL, limit: 16 << 20)
        if case .failure(let problem) = read, problem != .unreadable {
            return ArchiveCheck(
                files: [], signature: nil,
                manifestProblem: Message(
                    "manifest.json: \(problem == .notAFile ? "not a regular file" : "over 16 MB"); not a manifest kinerja wrote (a few kilobytes), so it is not read",
                    id:
                        "manifest.json: \(problem == .notAFile ? "bukan berkas biasa" : "lebih dari 16 MB"); bukan manifes yang ditulis kinerja (beberapa kilobita), jadi tidak dibaca"
                ), manifest: nil)
        }
        guard case .success(let manifestData) = read else {
            // The output root of a many-agency run: each agency's folder is verified on its own.
            let agencies = IndexCoverage.folders(under: directory)
            if let first = agencies.first {
                let shown = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
                return ArchiveCheck(
                    files: [], signature: nil,
                    manifestProblem: Message(
                        "manifest.json: missing; this is an output root holding \(agencies.count) agency folder\(agencies.count == 1 ? "" : "s"): verify each one, e.g. kinerja verify \(shown)\(first)",
                        id:
                            "manifest.json: tidak ada; ini folder induk keluaran berisi \(agencies.count) folder instansi: periksa masing-masing, mis. kinerja verify \(shown)\(first)"
                    ), manifest: nil)
            }
            return ArchiveCheck(
                files: [], signature: nil,
                manifestProblem: Message(
                    "manifest.json: missing; this is not a kinerja output folder, or its manifest was removed",
                    id: "manifest.json: tidak ada; ini bukan folder keluaran kinerja, atau manifesnya telah dihapus"),
                manifest: nil)
        }
        guard let manifest = try? JSONDecoder().decode(Manifest.self, from: manifestData) else {
            return ArchiveCheck(
                files: [], signature: nil,
                manifestProblem: Message(
                    "manifest.json: changed; it is no longer a readable kinerja manifest",
                    id: "manifest.json: berubah; berkas ini bukan lagi manifes kinerja yang dapat dibaca"),
                manifest: nil)
        }
        let present = Set(((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []))
        var results: [FileResult] = []
        for entry in manifest.outputs {
            // The folder's outputs are files directly in it: a path that climbs out (`../../etc/passwd`),
            // starts at the root or goes into a folder is never read, and neither is a file replaced by a link.
            guard Self.isPlainName(entry.path) else {
                results.append(
                    FileResult(
                        name: entry.path, state: .changed,
                        detail: Message(
                            "the manifest names a path that is not a file of this folder; it is not read",
                            id: "manifes menyebut jalur yang bukan berkas di folder ini; jalur itu tidak dibaca")))
                continue
            }
            let url = directory.appendingPathComponent(entry.path)
            if url.isSymbolicLink {
                results.append(
                    FileResult(
                        name: entry.path, state: .changed,
                        detail: Message(
                            "it is a link to another file, not the file that was made",
                            id: "berkas ini tautan ke berkas lain, bukan berkas yang dibuat")))
                continue
            }
            guard let size = url.fileSize else {
                results.append(FileResult(name: entry.path, state: .missing, detail: nil))
                continue
            }
            // Another size is another file, whatever its bytes: it is not read (an output swapped for one of
            // gigabytes costs nothing); a file of the recorded size is hashed as it is read, in chunks.
            guard size == entry.size, let sha = Hashing.sha256(of: url) else {
                results.append(
                    FileResult(
                        name: entry.path, state: .changed,
                        detail: Message(
                            "\(size) bytes, the manifest records \(entry.size)",
                            id: "\(size) bita, manifes mencatat \(entry.size)")))
                continue
            }
            results.append(
                sha == entry.sha256
                    ? FileResult(name: entry.path, state: .intact, detail: nil)
                    : FileResult(
                        name: entry.path, state: .changed,
                        detail: Message(
                            "SHA-256 \(sha.prefix(12))…, the manifest records \(entry.sha256.prefix(12))…",
                            id: "SHA-256 \(sha.prefix(12))…, manifes mencatat \(entry.sha256.prefix(12))…")))
        }
        let known = Set(manifest.outputs.map(\.path) + ["manifest.json", ManifestSignature.fileName])
        for name in present.subtracting(known).sorted() {
            results.append(FileResult(name: name, state: .unexpected, detail: nil))
        }
        let signature = checkSignature(directory, manifest: manifestData, key: key)
        // manifest.json and manifest.sig can only be judged through the signature.
        let sig = ManifestSignature.fileName
        switch signature {
        case .valid:
            results.insert(FileResult(name: "manifest.json", state: .intact, detail: nil), at: 0)
            results.insert(FileResult(name: sig, state: .intact, detail: nil), at: 1)
        case .missing:
            results.insert(FileResult(name: sig, state: .missing, detail: nil), at: 0)
        case .invalid(let problem):
            // Signed with another key: every file may be intact, the signer is not the one expected.
            if let file = problem.changedFile {
                results.insert(FileResult(name: file, state: .changed, detail: nil), at: 0)
            }
        }
        return ArchiveCheck(
            files: results, signature: signature, manifestProblem: nil, manifest: (manifestData, manifest))
    }

    private static func checkSignature(
        _ directory: URL, manifest: Data, key: Curve25519.Signing.PublicKey?
    ) -> SignatureState {
        let url = directory.appendingPathComponent(ManifestSignature.fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return .missing }
        // A manifest.sig is under a kilobyte; a larger one, or not a file, is not one kinerja wrote.
        guard case .success(let data) = WorkspaceFile.read(url, limit: 64 << 10) else {
            return .invalid(.signatureRewritten)
        }
        guard let signature = ManifestSignature.decode(data), let recorded = signature.recordedPublicKey,
            Ed25519PEM.fingerprint(recorded) == signature.statement.keyFingerprint
        else {
            return .invalid(.signatureRewritten)
        }
        guard signature.isValid(for: recorded) else {
            return .invalid(.signatureMismatch)
        }
        if let key, Ed25519PEM.fingerprint(key) != signature.statement.keyFingerprint {
            return .invalid(.otherKey(signed: signature.statement.keyFingerprint, given: Ed25519PEM.fingerprint(key)))
        }
        guard Hashing.sha256(manifest) == signature.statement.manifestSHA256 else {
            return .invalid(.manifestChanged)
        }
        return .valid(
            fingerprint: signature.statement.keyFingerprint, signer: signature.statement.signer,
            keyChecked: key != nil)
    }
}

/// Signs an output folder (`kinerja sign`).
public enum ArchiveSigner {
    public struct Failure: BilingualError {
        public let message: Message
    }

    /// Checks that the folder's files match its manifest, then writes manifest.sig (atomically) and
    /// returns it. A folder whose files differ from their manifest is not signed, nor one made from example
    /// values, nor one whose reports list values to check (manifest.json's `doubts`) unless `valuesChecked`.
    @discardableResult
    public static func sign(
        _ directory: URL, key: Curve25519.Signing.PrivateKey, valuesChecked: Bool = false
    ) throws -> ManifestSignature {
        let check = ArchiveCheck.check(directory)
        guard let (manifestData, manifest) = check.manifest else {
            throw Failure(
                message: Message("\(directory.path)/", id: "\(directory.path)/")
                    + (check.manifestProblem ?? Message("manifest.json: missing", id: "manifest.json: tidak ada")))
        }
        let wrong = check.files.filter { $0.state != .intact && $0.name != ManifestSignature.fileName }
        guard wrong.isEmpty else {
            let list = wrong.map { "\($0.name) (\($0.state.rawValue))" }.joined(separator: ", ")
            throw Failure(
                message: Message(
                    "\(directory.path): not signed: the files differ from manifest.json: \(list); run `kinerja report` again to rebuild the folder",
                    id:
                        "\(directory.path): tidak ditandatangani: berkas-berkasnya berbeda dari manifest.json: \(list); jalankan `kinerja report` lagi untuk membangun ulang folder ini"
                ))
        }
        if let examples = manifest.examples, !examples.isEmpty {
            let list = examples.joined(separator: "; ")
            throw Failure(
                message: Message(
                    "\(directory.path): not signed: its reports were made from the example values `kinerja init` wrote, which manifest.json records (\(list)); replace them with the agency's own data in the workspace, run `kinerja report` again, then sign",
                    id:
                        "\(directory.path): tidak ditandatangani: laporannya dibuat dari nilai contoh yang ditulis `kinerja init`, seperti dicatat manifest.json (\(list)); ganti dengan data instansi sendiri di ruang kerja, jalankan `kinerja report` lagi, lalu tandatangani"
                ))
        }
        if let doubts = manifest.doubts, !doubts.isEmpty, !valuesChecked {
            // The cells alone: manifest.json keeps each doubt's English words, which would mix languages here;
            // the reports say what to check in their own language.
            let list = doubts.map { $0.components(separatedBy: ": ").first ?? $0 }.joined(separator: ", ")
            throw Failure(
                message: Message(
                    "\(directory.path): not signed: its reports list \(doubts.count) value\(doubts.count == 1 ? "" : "s") read as written that may not be what was meant (\(list); each is said at the top of the reports and in manifest.json); correct them in the workspace and run `kinerja report` again, or, once each is confirmed right as typed, sign with --values-checked (the reports keep the list)",
                    id:
                        "\(directory.path): tidak ditandatangani: laporannya mencantumkan \(doubts.count) nilai yang dibaca apa adanya tetapi mungkin bukan yang dimaksud (\(list); masing-masing disebut di bagian atas laporan dan di manifest.json); perbaiki di ruang kerja lalu jalankan `kinerja report` lagi, atau, setelah masing-masing dipastikan benar, tandatangani dengan --values-checked (daftarnya tetap tercantum di laporan)"
                ))
        }
        let signature = try ManifestSignature.sign(manifest: manifestData, signer: manifest.signer, key: key)
        _ = try OutputWriter.write(
            [OutputFile(name: ManifestSignature.fileName, data: signature.encoded())], to: directory)
        return signature
    }
}
