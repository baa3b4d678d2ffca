import Foundation

/// Reads the planners' Markdown under `narasi/` (docs/format.md): every `.md` file a run of `period`
/// reads (`NarrativeFolders`; all of them without a period), by its path relative to `narasi/`
/// (`ikhtisar.md`, `sasaran/1.md`, `TW3/faktor-pendorong.md`), in a stable order.
enum NarrativeLoader {
    /// The largest narrative file read: a section's text is a few paragraphs (a few KB).
    static let largestFile = 512 * 1024

    static func load(
        from directory: URL, period: ReportPeriod?, boundary: WorkspaceBoundary, displayPath: (String) -> String,
        inputs: inout [InputFile], log: inout DiagnosticLog
    ) -> [String: String] {
        let root = directory.appendingPathComponent("narasi")
        // A folder (narasi/ itself, sasaran/, TW3/) that is a link to somewhere outside is said, not skipped.
        if root.isSymbolicLink, !boundary.contains(root) {
            log.error(displayPath("narasi"), WorkspaceBoundary.outsideFolder("narasi"))
            return [:]
        }
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        else {
            return [:]
        }
        var names: [String] = []
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in enumerator {
            var isFolder: ObjCBool = false
            if url.isSymbolicLink, !boundary.contains(url),
                FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
                isFolder.boolValue
            {
                let path = "narasi/" + String(url.standardizedFileURL.path.dropFirst(prefix.count))
                log.error(displayPath(path), WorkspaceBoundary.outsideFolder(path))
                continue
            }
            guard url.pathExtension.lowercased() == "md" else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(prefix) else { continue }
            names.append(String(full.dropFirst(prefix.count)))
        }
        // Each name's canonical key made once (issue 22), in the order of the names.
        let keyed = names.map { (name: $0, key: NarrativeFolders.canonical($0)) }.sorted { $0.name < $1.name }
        let all = Set(keyed.map(\.key))
        var texts: [String: String] = [:]
        for (name, key) in keyed {
            if let period, !NarrativeFolders.isRead(key, among: all, period: period) { continue }
            let path = "narasi/" + name
            let url = root.appendingPathComponent(name)
            guard let resolved = boundary.resolved(url) else {
                log.error(displayPath(path), WorkspaceBoundary.outside(path))
                continue
            }
            let data: Data
            switch WorkspaceFile.read(url, resolved: resolved, limit: largestFile) {
            case .success(let bytes): data = bytes
            case .failure(.tooLarge):
                log.error(
                    displayPath(path),
                    Message(
                        "the file is larger than \(largestFile / 1024) KB; a section's narrative is a few paragraphs",
                        id:
                            "berkas ini lebih besar dari \(largestFile / 1024) KB; narasi satu bagian hanya beberapa paragraf"
                    ))
                continue
            case .failure(let problem):
                log.error(displayPath(path), WorkspaceFile.message(problem, path))
                continue
            }
            let decoded = TextDecoding.decode(data)
            if decoded.usedWindows1252 {
                log.warning(
                    displayPath(path),
                    Message(
                        "this file is not UTF-8; it was read as Windows-1252. Save it as UTF-8 to be sure every character is right",
                        id:
                            "berkas ini bukan UTF-8; dibaca sebagai Windows-1252. Simpan sebagai UTF-8 agar setiap huruf benar"
                    ))
            }
            inputs.append(InputFile(path: path, data: data))
            texts[key] = decoded.text
        }
        return texts
    }
}
