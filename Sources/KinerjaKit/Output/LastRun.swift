import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What an agency's last clean run made, kept under the output root (`Output/.kinerja-last-run/<slug>/<tahun>-
/// <periode>.json`, outside the agency's own folder, so the archived folder holds only its documents): the
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

    struct Content: Codable, Equatable {
        let format: Int
        let fingerprint: String
        let outputs: [Manifest.Entry]
        let row: AgencyRow.Record
        /// What the run said of the agency (warnings and notes), in its order.
        let diagnostics: [Diagnostic.Record]
    }

    let content: Content

    init(fingerprint: String, outputs: [OutputFile], row: AgencyRow, log: DiagnosticLog) {
        content = Content(
            format: Self.format, fingerprint: fingerprint, outputs: outputs.map { Manifest.entry($0.name, $0.data) },
            row: row.record, diagnostics: log.diagnostics.map(\.record))
    }

    private init(content: Content) { self.content = content }

    /// The file: the SHA-256 of the rest on its first line (its seal, so a record cut short or edited by hand
    /// is not believed), then the content as JSON.
    var encoded: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = ((try? encoder.encode(content)) ?? Data()) + Data("\n".utf8)
        return Data((Hashing.sha256(json) + "\n").utf8) + json
    }

    /// The record a file holds; nil when its seal does not match the rest, or the rest is not a record.
    init?(encoded data: Data) {
        guard let newline = data.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let json = data[(newline + 1)...]
        guard String(decoding: data[..<newline], as: UTF8.self) == Hashing.sha256(Data(json)),
            let content = try? JSONDecoder().decode(Content.self, from: json)
        else { return nil }
        self.init(content: content)
    }

    /// `<root>/.kinerja-last-run/<slug>/`, and the record's file name in it (`2024-TW3.json`).
    private static func place(root: URL, directory: String) -> (folder: URL, name: String)? {
        let parts = directory.split(separator: "/").map(String.init)
        guard parts.count == 2 else { return nil }
        return (root.appendingPathComponent(folder).appendingPathComponent(parts[0]), parts[1] + ".json")
    }

    /// The record of `directory`'s last clean run; nil when there is none, or it is not whole.
    static func read(root: URL, directory: String) -> LastRun? {
        guard let (folder, name) = place(root: root, directory: directory),
            OutputBoundary.link(under: root, to: Self.folder + "/" + directory + ".json") == nil,
            case .success(let data) = WorkspaceFile.read(folder.appendingPathComponent(name), limit: largest),
            let record = LastRun(encoded: data), record.content.format == format,
            record.content.row.directory == directory
        else { return nil }
        return record
    }

    /// Writes the record (whole or not at all, as every output); a record that cannot be written is no
    /// failure of the run: the next run loads the agency.
    func write(root: URL, directory: String) {
        guard let (folder, name) = Self.place(root: root, directory: directory),
            OutputBoundary.link(under: root, to: Self.folder + "/" + directory) == nil
        else { return }
        _ = try? OutputWriter.write([OutputFile(name: name, data: encoded)], to: folder)
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
