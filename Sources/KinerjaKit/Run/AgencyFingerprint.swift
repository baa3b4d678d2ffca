import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Before stage 1 of `Pipeline.report`: where an agency's outputs go and the fingerprint of everything they
/// depend on (`InputFingerprint`), taken before anything of it is loaded. With it, an agency whose last clean
/// run (`LastRun`) had the same fingerprint and whose outputs are still on disk is left as it is, unloaded;
/// after a clean run its record is written for the next.
///
/// Made only for `report` (not `check`) of an agency whose profil.yaml reads without an error, that
/// shares its folder with no other workspace and wants no PDF; nil otherwise, and the agency then goes the
/// whole way, as before. An agency whose folder the last runs noted (`RecordFolders`) has it made before
/// its profil.yaml is read (`BatchRun`).
struct AgencyFingerprint {
    let tree: InputFingerprint
    /// `<slug>/<tahun>-<periode>`, from profil.yaml (and `--periode`).
    let directory: String

    /// - Parameter profile: its profil.yaml as the run read it (`OutputClaims`), `--periode` applied.
    init?(_ ref: WorkspaceRef, in run: BatchRun, profile: Profile?, conflict: Diagnostic?) {
        guard conflict == nil, let profile, !run.request.wantsPDF(profile) else { return nil }
        self.init(ref, in: run, directory: Pipeline.directory(for: profile))
    }

    /// The fingerprint the workspace has if its outputs go to `directory`, before its profil.yaml is read
    /// (`RecordFolders`). A record of `directory` with this fingerprint was made from the same profil.yaml,
    /// which names that folder and asked for no PDF (no record is kept otherwise, and `--pdf` is in the base).
    init?(_ ref: WorkspaceRef, in run: BatchRun, directory: String) {
        guard run.writes, run.request.pdf != true, let base = run.fingerprintBase.value else { return nil }
        self.directory = directory
        let parts = [base, "workspace \(ref.displayPath)", "directory \(directory)"]
        guard let tree = InputFingerprint.of(workspace: ref.url, parts: parts) else { return nil }
        self.tree = tree
    }

    /// The run's share of every agency's fingerprint, hashed once per run: whatever besides the workspace
    /// changes an output's bytes (the build, the templates and labels, the SOPs, the options). Nil when the
    /// templates failed.
    static func base(_ request: RunRequest, _ templates: TemplateSet?) -> String? {
        guard let templates else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let build = (try? encoder.encode(request.build)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
        func listed(_ entries: [Manifest.Entry]) -> String {
            entries.map { "\($0.path) \($0.size) \($0.sha256)" }.joined(separator: "\n")
        }
        let bundle = request.sopLibrary.bundle
        let sops = bundle.names.compactMap { name in bundle.files[name].map { Manifest.entry(name, $0) } }
        let parts = [
            "kinerja \(KinerjaVersion.current) record \(LastRun.format)", "build \(build)",
            "templates\n" + listed(templates.manifestEntries), "sops \(bundle.origin)\n" + listed(sops),
            "period \(request.period?.description ?? "-")", "dialect \(request.dialect?.rawValue ?? "-")",
            "pdf \(request.pdf.map { $0 ? "yes" : "no" } ?? "-")",
        ]
        // On the UTF-8 bytes in place, as `InputFingerprint.feed` (no `Data(_: String.UTF8View)`, whose cast is a
        // search of the binary's conformance records).
        var text = parts.map { "\($0.utf8.count)\n\($0)\n" }.joined()
        var hasher = SHA256()
        text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        return Hashing.hex(hasher.finalize())
    }

    /// The outcome of an agency whose outputs are those of its last clean run; nil when they may not be.
    func unchanged(_ ref: WorkspaceRef, in run: BatchRun) -> AgencyOutcome? {
        let folder = run.outputRoot.path + "/" + directory
        guard OutputBoundary.link(under: run.outputRoot, to: directory) == nil,
            access(folder + "/manifest.json", F_OK) == 0
        else { return nil }
        // As in the full check: no other run writes the folder while it is judged.
        let lock = FolderLock(URL(fileURLWithPath: folder, isDirectory: true))
        defer { withExtendedLifetime(lock) {} }
        OutputWriter.removeLeftovers(in: folder + "/")
        guard let record = LastRun.read(root: run.outputRoot, directory: directory),
            record.content.fingerprint == tree.digest, record.outputsAreOnDisk(in: folder),
            !record.content.diagnostics.contains(where: { $0.severity == .error })
        else { return nil }
        var log = DiagnosticLog()
        for diagnostic in record.content.diagnostics { log.append(diagnostic) }
        let row = record.content.row
        var outcome = AgencyOutcome(workspace: ref, state: .unchanged, log: log, row: row, files: [])
        outcome.fromLastRun = true
        return outcome
    }

    /// After the agency's outputs were written or found current: its record for the next run (with the
    /// warnings and notes `log` holds), when the run read the very bytes the fingerprint hashed; otherwise
    /// any earlier record is removed. The hashes are those manifest.json was made with (`RunResult.inputs`,
    /// `outputs`), not made again.
    func record(
        _ computed: ComputedWorkspace, _ result: RunResult, row: AgencyRow, log: DiagnosticLog, in run: BatchRun
    ) {
        let asHashed = result.inputs.allSatisfy { tree.files[$0.path] == $0.sha256 }
        guard !log.hasErrors, asHashed, result.inputs.count == computed.workspace.inputFiles.count,
            result.outputs.map(\.path) == result.files.map(\.name), computed.directory == directory,
            row.directory == directory
        else {
            LastRun.remove(root: run.outputRoot, directory: directory)
            return
        }
        LastRun(fingerprint: tree.digest, outputs: result.outputs, row: row, log: log).write(
            root: run.outputRoot, directory: directory)
    }
}
