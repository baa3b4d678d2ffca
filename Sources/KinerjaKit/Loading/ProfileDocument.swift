import Foundation
import Yams

/// profil.yaml read and composed once per agency: its bytes, and its top-level mapping (or the diagnostics
/// of why there is none). What is needed before the profile is checked (the workbook's name, the language,
/// the output folder another workspace might also claim) reads its raw fields; `ProfileLoader.load` checks
/// the same mapping and logs those diagnostics.
///
/// `@unchecked Sendable`: Yams' `Node` is a value type (enums and structs of strings and arrays) that
/// Yams does not mark Sendable; nothing here mutates it after it is composed.
struct ProfileDocument: @unchecked Sendable {
    let data: Data
    let file: String
    let mapping: Node.Mapping?
    /// Why there is no mapping (the file is empty, not YAML, uses aliases); empty when there is one.
    let problems: DiagnosticLog

    init(_ data: Data, file: String) {
        var log = DiagnosticLog()
        mapping = YAMLDocument.mapping(
            data, file: file,
            what: Message(
                "the agency's profile (see `kinerja panduan`)", id: "profil instansi (lihat `kinerja panduan`)"),
            log: &log)
        (self.data, self.file, problems) = (data, file, log)
    }

    /// One top-level field as written (trimmed; nil when absent, empty or unreadable), without any check:
    /// for what is needed before, or despite, the profile's errors.
    ///
    ///     buku_kerja: data.xlsx   → rawField("buku_kerja") == "data.xlsx"
    func rawField(_ key: String) -> String? {
        guard let value = mapping?[text: key]?.string?.trimmingSpaces(), !value.isEmpty else { return nil }
        return value
    }

    /// The workspace's profil.yaml, read inside its folder (`WorkspaceBoundary`) and bounded (`WorkspaceFile`),
    /// and composed: once per run, before anything else needs it (`ReportRun`). Nil when it cannot be read
    /// that way; the loader then says why, at the file.
    static func read(_ workspace: WorkspaceRef) -> ProfileDocument? {
        let url = WorkspaceLoader.file("profil.yaml", in: workspace.url)
        // resolvedPath: a plain profil.yaml is not resolved component by component (issue 22), as the loader's.
        guard let resolved = WorkspaceBoundary(workspace.url).resolvedPath(of: url),
            case .success(let data) = WorkspaceFile.read(path: url.path, resolvedPath: resolved)
        else { return nil }
        return ProfileDocument(
            data,
            file: WorkspaceLoader(directory: workspace.url, displayPath: workspace.displayPath).path("profil.yaml"))
    }

    /// The language its messages are said in: `bahasa: en`, else Indonesian (also when the profile has errors:
    /// they are printed in that language).
    var language: Language { rawField("bahasa")?.lowercased() == "en" ? .en : .id }
}
