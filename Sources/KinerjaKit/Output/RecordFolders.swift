import Foundation

/// Where each workspace's outputs went in the runs into this output root, kept beside the agencies' records
/// (`Output/.kinerja-last-run/workspaces.txt`, `SealedRecord`): one line per workspace, as named on the command
/// line, with its folder (`pd-0001	disdik/2024-TW3`). With it, a run finds an agency's record (`LastRun`)
/// before composing its profil.yaml, and an agency whose record then holds needs no YAML at all.
///
/// Only a hint: the record it leads to is believed only when the fingerprint, which hashes the workspace as
/// named, the folder and every byte of the workspace (profil.yaml, which names the folder, included), is
/// the recorded one. A workspace moved or renamed has no line; one whose profil.yaml now names another folder
/// does not give the recorded fingerprint. Either is loaded the usual way.
enum RecordFolders {
    static let name = "workspaces.txt"
    static let format = 1
    /// The most lines kept: a run's own lines always are, those of other runs into the same root while
    /// the file stays below this.
    static let most = 4096

    /// Each workspace's folder; empty when there is no file, or it is not whole.
    static func read(root: URL) -> [String: String] {
        guard OutputBoundary.link(under: root, to: LastRun.folder) == nil,
            let bytes = RegularFile.bytes(at: path(root), limit: LastRun.largest)
        else { return [:] }
        return decode(bytes) ?? [:]
    }

    static func decode(_ bytes: [UInt8]) -> [String: String]? {
        guard let lines = SealedRecord.lines(of: bytes), lines.first == ["kinerja-last-run-folders", String(format)]
        else { return nil }
        var folders: [String: String] = [:]
        for fields in lines.dropFirst() {
            guard fields.count == 3, fields[0] == "workspace", let workspace = fields[1], let folder = fields[2],
                folders[workspace] == nil
            else { return nil }
            folders[workspace] = folder
        }
        return folders
    }

    static func encode(_ folders: [String: String]) -> Data {
        SealedRecord.encode(
            [["kinerja-last-run-folders", String(format)]]
                + folders.sorted { $0.key < $1.key }.map { ["workspace", $0.key, $0.value] })
    }

    /// Writes `found` (this run's) over `earlier` (the file as the run read it), unless that changes nothing:
    /// a run that changed nothing writes nothing.
    static func update(root: URL, earlier: [String: String], found: [String: String]) {
        var folders = earlier.merging(found) { $1 }
        if folders.count > most { folders = found }
        guard folders != earlier, folders.count <= most, OutputBoundary.link(under: root, to: LastRun.folder) == nil
        else { return }
        _ = try? OutputWriter.write(
            [OutputFile(name: name, data: encode(folders))], to: root.appendingPathComponent(LastRun.folder))
    }

    private static func path(_ root: URL) -> String { root.path + "/" + LastRun.folder + "/" + name }
}
