import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Outputs of an earlier run that this run no longer makes: the PDFs of a run with `--pdf` followed by one
/// without, serapan-anggaran.csv once anggaran.csv is gone. Left in the folder they would show the earlier
/// run's figures beside this run's documents (and a PDF with old figures could be signed), so once this
/// run's files are written every file the folder's previous manifest.json listed as an output, and this run
/// does not write, is removed, and the run says so.
///
/// Only names the previous manifest lists, each a plain file name in the folder, are touched; a file the user
/// put there themselves (no manifest names it) is left for `kinerja verify` to call unexpected.
enum StaleOutputs {
    /// The most a manifest read here may hold, as `verify` reads it.
    static let largestManifest = 16 << 20

    /// The outputs the manifest in `folder` lists that `files` does not hold, sorted; empty when there is no
    /// readable manifest.
    static func find(in folder: URL, keeping files: [OutputFile]) -> [String] {
        let path = folder.appendingPathComponent("manifest.json").path
        guard let bytes = RegularFile.bytes(at: path, limit: largestManifest) else { return [] }
        // The same bytes as this run's manifest (a run again with --force): it lists only this run's outputs, so
        // nothing is stale, and it is not decoded (JSONDecoder, 2 % of a kabupaten's run written again).
        let previous = Data(bytes)
        if files.contains(where: { $0.name == "manifest.json" && $0.data == previous }) { return [] }
        guard let manifest = try? JSONDecoder().decode(Manifest.self, from: previous) else { return [] }
        let kept = Set(files.map(\.name) + ["manifest.json", ManifestSignature.fileName])
        return Set(manifest.outputs.map(\.path)).subtracting(kept).filter(ArchiveCheck.isPlainName).sorted()
    }

    /// Removes each of `names` from `folder` that is a regular file (a link is not followed or removed);
    /// the names removed.
    static func remove(_ names: [String], in folder: URL) -> [String] {
        names.filter { name in
            var facts = stat()
            let path = folder.appendingPathComponent(name).path
            return lstat(path, &facts) == 0 && facts.st_mode & S_IFMT == S_IFREG && unlink(path) == 0
        }
    }
}
