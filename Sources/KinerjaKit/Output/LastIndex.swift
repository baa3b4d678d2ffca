import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What the last many-agency run wrote as its index (index.md, index.html, rekap.csv in the output root), kept
/// beside the agencies' records (`Output/.kinerja-last-run/index.txt`, `SealedRecord`): one SHA-256 over
/// everything the three are rendered from (the run's share of every fingerprint, `AgencyFingerprint.base`:
/// the build, the templates, the options; the rekap's dialect; every row, in order) and each file's size and
/// SHA-256. A run whose key is the recorded one, with the three files on disk as recorded, leaves them as they
/// are instead of rendering them again (a province's index is a tenth of a run that changed nothing).
///
/// Written only after the index was written with no failed agency and nothing said; removed otherwise.
struct LastIndex: Equatable {
    static let name = "index.txt"
    /// This record format; a record of another is not read.
    static let format = 1

    let key: String
    let outputs: [Manifest.Entry]

    /// The key of an index of `rows` (in the run's order) in `dialect`, with the run's `base`.
    static func key(base: String, dialect: CSVDialect, rows: [AgencyRow]) -> String {
        let lines = [["base", base], ["dialect", dialect.rawValue]] + rows.map { ["row"] + $0.recordFields }
        return Hashing.sha256(Data(lines.map(RecordLine.join).joined(separator: "\n").utf8))
    }

    var encoded: Data {
        SealedRecord.encode(
            [["kinerja-last-index", String(Self.format)], ["key", key]]
                + outputs.map { ["output", $0.path, String($0.size), $0.sha256] })
    }

    init(key: String, outputs: [Manifest.Entry]) { (self.key, self.outputs) = (key, outputs) }

    /// The record a file holds; nil when its seal does not match, or it is not a whole record of this format.
    init?(encoded bytes: [UInt8]) {
        guard let lines = SealedRecord.lines(of: bytes), lines.first == ["kinerja-last-index", String(Self.format)],
            lines.count > 1, lines[1].count == 2, lines[1][0] == "key", let key = lines[1][1]
        else { return nil }
        var outputs: [Manifest.Entry] = []
        for fields in lines.dropFirst(2) {
            guard fields.count == 4, fields[0] == "output", let path = fields[1], !path.contains("/"),
                let size = fields[2].flatMap({ Int($0) }), let sha = fields[3]
            else { return nil }
            outputs.append(Manifest.Entry(path: path, sha256: sha, size: size))
        }
        self.init(key: key, outputs: outputs)
    }

    /// The record under `root`; nil when there is none, it is not whole, or its folder is a link.
    static func read(root: URL) -> LastIndex? {
        guard OutputBoundary.link(under: root, to: LastRun.folder) == nil,
            let bytes = RegularFile.bytes(at: root.path + "/" + LastRun.folder + "/" + name, limit: LastRun.largest)
        else { return nil }
        return LastIndex(encoded: bytes)
    }

    /// Whether the recorded files are in `root` as recorded: regular files of that size and SHA-256.
    func isOnDisk(in root: URL) -> Bool {
        !outputs.isEmpty
            && outputs.allSatisfy { LastRun.sha256(ofFile: root.path + "/" + $0.path, size: $0.size) == $0.sha256 }
    }

    /// Writes the record (whole or not at all); one that cannot be written is no failure: the next run renders.
    func write(root: URL) {
        guard OutputBoundary.link(under: root, to: LastRun.folder) == nil else { return }
        try? OutputWriter.replace(
            [OutputFile(name: Self.name, data: encoded)], in: root.appendingPathComponent(LastRun.folder),
            removingLater: true)
    }

    static func remove(root: URL) {
        guard OutputBoundary.link(under: root, to: LastRun.folder) == nil else { return }
        unlink(root.path + "/" + LastRun.folder + "/" + name)
    }
}
