import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What an agency's last clean run made, kept under the output root (`Output/.kinerja-last-run/<slug>/<tahun>-
/// <periode>.txt`, outside the agency's own folder, so the archived folder holds only its documents): the
/// fingerprint of everything its outputs depend on (`InputFingerprint`), every output's size and SHA-256, and
/// its rekap row. The next `report` of the same workspace decides "unchanged" from it without loading or
/// rendering anything (a province of 500 agencies in a fraction of a second instead of seconds).
///
/// It is believed only when all of these hold; otherwise the agency is loaded and rendered as always, and
/// `UpToDate` compares every rendered byte with the disk:
/// - the workspace, the templates, the SOPs, the build and the options give the recorded fingerprint;
/// - every recorded output is on disk, a regular file of the recorded size and SHA-256;
/// - the record is whole: its seal (a SHA-256 over the rest) matches, and its row reads back.
///
/// It is written only after a run that wrote (or found current) every output without an error, with the
/// warnings and notes it said, which an agency left unchanged says again word for word (the fingerprint
/// includes the workspace's name as the user gave it, which they begin with); and only when the inputs the
/// loader read are the bytes the fingerprint hashed (a file saved during the run is not recorded as its old
/// self). Runs with PDF are never decided here: the PDF engine's version is not known without
/// starting it.
struct LastRun: Equatable {
    /// The folder under the output root.
    static let folder = ".kinerja-last-run"
    /// This record format; a record of another is not read.
    static let format = 1
    /// The most a record may hold (a 500-indicator agency's is about 3 KB).
    static let largest = 1 << 20

    struct Content: Equatable {
        let fingerprint: String
        let outputs: [Manifest.Entry]
        let row: AgencyRow
        /// What the run said of the agency (warnings and notes), in its order.
        let diagnostics: [Diagnostic]
    }

    let content: Content

    init(fingerprint: String, outputs: [Manifest.Entry], row: AgencyRow, log: DiagnosticLog) {
        content = Content(fingerprint: fingerprint, outputs: outputs, row: row, diagnostics: log.diagnostics)
    }

    private init(content: Content) { self.content = content }

    /// The file (`SealedRecord`): its seal, then one line for each part, named first:
    ///
    ///     kinerja-last-run	1
    ///     fingerprint	9f2c…
    ///     output	capaian.csv	4328	7cd9…
    ///     row	disdik/2024-TW3	disdik	Dinas Pendidikan	…
    ///     diagnostic	warning	…/realisasi.csv	\-	\-	\-	IKU-007 has no TW3 2024 value: …	IKU-007 belum …
    var encoded: Data {
        var lines: [[String?]] = [["kinerja-last-run", String(Self.format)], ["fingerprint", content.fingerprint]]
        lines += content.outputs.map { ["output", $0.path, String($0.size), $0.sha256] }
        lines.append(["row"] + content.row.recordFields)
        lines += content.diagnostics.map { ["diagnostic"] + $0.recordFields }
        return SealedRecord.encode(lines)
    }

    /// The record a file holds; nil when its seal does not match the rest, or the rest is not a whole record
    /// of this format.
    init?(encoded bytes: [UInt8]) {
        guard let lines = SealedRecord.lines(of: bytes), lines.first == ["kinerja-last-run", String(Self.format)]
        else { return nil }
        var fingerprint: String?, outputs: [Manifest.Entry] = [], row: AgencyRow?, diagnostics: [Diagnostic] = []
        for fields in lines.dropFirst() {
            guard let kind = fields.first ?? nil else { return nil }
            let rest = Array(fields.dropFirst())
            switch kind {
            case "fingerprint" where rest.count == 1 && fingerprint == nil:
                fingerprint = rest[0]
            case "output" where rest.count == 3:
                guard let path = rest[0], let size = rest[1].flatMap({ Int($0) }), let sha = rest[2] else { return nil }
                outputs.append(Manifest.Entry(path: path, sha256: sha, size: size))
            case "row" where row == nil:
                guard let read = AgencyRow(recordFields: rest) else { return nil }
                row = read
            case "diagnostic":
                guard let read = Diagnostic(recordFields: rest) else { return nil }
                diagnostics.append(read)
            default:
                return nil
            }
        }
        guard let fingerprint, let row else { return nil }
        self.init(content: Content(fingerprint: fingerprint, outputs: outputs, row: row, diagnostics: diagnostics))
    }

    /// `<root>/.kinerja-last-run/<slug>/`, and the record's file name in it (`2024-TW3.txt`).
    private static func place(root: URL, directory: String) -> (folder: URL, name: String)? {
        let parts = directory.split(separator: "/").map(String.init)
        guard parts.count == 2 else { return nil }
        return (root.appendingPathComponent(folder).appendingPathComponent(parts[0]), parts[1] + ".txt")
    }

    /// The record of `directory`'s last clean run; nil when there is none, or it is not whole.
    static func read(root: URL, directory: String) -> LastRun? {
        let relative = Self.folder + "/" + directory + ".txt"
        guard directory.split(separator: "/").count == 2, OutputBoundary.link(under: root, to: relative) == nil,
            let bytes = RegularFile.bytes(at: root.path + "/" + relative, limit: largest),
            let record = LastRun(encoded: bytes), record.content.row.directory == directory
        else { return nil }
        return record
    }

    /// Writes the record (whole or not at all, as every output); a record that cannot be written is no
    /// failure of the run: the next run loads the agency. The earlier record is removed later, as the outputs'
    /// (`KeptAsideRemoval`, waited for by `BatchRun`).
    func write(root: URL, directory: String) {
        guard let (folder, name) = Self.place(root: root, directory: directory),
            OutputBoundary.link(under: root, to: Self.folder + "/" + directory) == nil
        else { return }
        try? OutputWriter.replace([OutputFile(name: name, data: encoded)], in: folder, removingLater: true)
    }

    /// Removes `directory`'s record, when a run wrote outputs it may not record.
    static func remove(root: URL, directory: String) {
        guard let (folder, name) = place(root: root, directory: directory),
            OutputBoundary.link(under: root, to: Self.folder + "/" + directory) == nil
        else { return }
        unlink(folder.appendingPathComponent(name).path)
    }

    /// Whether every recorded output is in `folder` as recorded: a regular file (not a link) of that size and
    /// SHA-256. An output of another size is not read.
    func outputsAreOnDisk(in folder: String) -> Bool {
        content.outputs.allSatisfy { entry in
            !entry.path.contains("/")
                && Self.sha256(ofFile: folder + "/" + entry.path, size: entry.size) == entry.sha256
        }
    }

    /// The SHA-256 of the regular file at `path` when it holds exactly `size` bytes; nil otherwise (a link, a
    /// folder, another size, unreadable).
    static func sha256(ofFile path: String, size: Int) -> String? {
        RegularFile.bytes(at: path, limit: WorkspaceFile.largest, size: size).map { Hashing.hex(SHA256.hash(data: $0)) }
    }
}
