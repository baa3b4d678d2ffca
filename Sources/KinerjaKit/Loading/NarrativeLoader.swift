import Foundation

/// Reads the planners' Markdown under `narasi/` (docs/format.md): every `.md` file a run of `period`
/// reads (`NarrativeFolders`; all of them without a period), by its path relative to `narasi/`
/// (`ikhtisar.md`, `sasaran/1.md`, `TW3/faktor-pendorong.md`), in a stable order.
enum NarrativeLoader {
    /// The largest narrative file read: a section's text is a few paragraphs (a few KB).
    static let largestFile = 512 * 1024

    static func load(
        from directory: URL, period: ReportPeriod?, boundary: WorkspaceBoundary, displayPath: (String) -> String,
        inputs: inout [InputFile], log: inout DiagnosticLog, plainPaths: Bool = true
    ) -> [String: String] {
        let root = directory.appendingPathComponent("narasi")
        // A folder (narasi/ itself, sasaran/, TW3/) that is a link to somewhere outside is said, not skipped.
        let rootIsLink = root.isSymbolicLink
        if rootIsLink, !boundary.contains(root) {
            log.error(displayPath("narasi"), WorkspaceBoundary.outsideFolder("narasi"))
            return [:]
        }
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        else {
            return [:]
        }
        var names: [String] = []
        let prefix = root.standardizedFileURL.path + "/"
        // `plainPaths` false asks for the way of odd paths for every file (NarrativePathsParityTests).
        // Plain: no link under the workspace folder on the way to any file, and every path already as Foundation
        // standardizes and resolves it (PlainPath), so that each file is read at the path the folder lists,
        // without a URL made and resolved for it (issue 22). Any link or odd path: each file as before.
        let rootPath = root.path
        var plain = plainPaths && !rootIsLink && rootPath + "/" == prefix && rootPath == boundary.root + "/narasi"
        for case let url as URL in enumerator {
            let path = url.path
            var isFolder: ObjCBool = false
            if PlainPath.isLink(path) {
                plain = false
                if !boundary.contains(url), FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
                    isFolder.boolValue
                {
                    let path = "narasi/" + String(url.standardizedFileURL.path.dropFirst(prefix.count))
                    log.error(displayPath(path), WorkspaceBoundary.outsideFolder(path))
                    continue
                }
            }
            guard PlainPath.isMarkdown(path) ?? (url.pathExtension.lowercased() == "md") else { continue }
            let isPlain = PlainPath.isPlain(path)
            if !isPlain { plain = false }
            let full = isPlain ? path : url.standardizedFileURL.path
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
            let file: (path: String, resolved: String)
            if plain {
                file = (prefix + name, prefix + name)
            } else {
                let url = root.appendingPathComponent(name)
                guard let resolved = boundary.resolved(url) else {
                    log.error(displayPath(path), WorkspaceBoundary.outside(path))
                    continue
                }
                file = (url.path, resolved.path)
            }
            let data: Data
            switch WorkspaceFile.read(path: file.path, resolvedPath: file.resolved, limit: largestFile) {
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
