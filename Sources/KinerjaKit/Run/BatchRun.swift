import Foundation

/// What became of one workspace in a run.
public struct AgencyOutcome: Sendable {
    public enum State: Sendable, Equatable {
        /// Its outputs were written.
        case written
        /// Its outputs on disk were already those of these inputs, templates and tool version; left as they are.
        case unchanged
        /// It had errors (in `log`); nothing of it was written.
        case failed
        /// Its outputs could not be written (a full disk, no permission); earlier outputs are as they were.
        case unwritable
        /// `kinerja check`: everything was computed and rendered, nothing written (`writes` false).
        case checked
    }

    public let workspace: WorkspaceRef
    public let state: State
    /// Its diagnostics: errors when it failed, warnings otherwise.
    public let log: DiagnosticLog
    /// Its line in the rekap; nil when it failed.
    package let row: AgencyRow?
    /// The files written into its folder, in order (empty unless `written`).
    public let files: [String]
    /// The folder's manifest.sig, removed because these outputs replaced what it signed (`--force`);
    /// as the user would name it (`Output/disdikbud/2024-TW3/manifest.sig`). nil when none was removed.
    public var removedSignature: String? = nil
    /// Every output rendered, manifest last, when the run keeps them (`BatchRun.keepsFiles`: `Pipeline.run`).
    var rendered: RunResult? = nil
}

/// Reports many workspaces in one run (docs/laporan.md, "Many agencies"): each is loaded, computed, rendered
/// and written on its own, several at a time across the machine's cores. Only one agency per core is in
/// memory at once: its data is released when its outputs are written, and the run keeps only its
/// `AgencyRow`. A workspace with errors is skipped; the others are still written.
struct BatchRun: Sendable {
    /// The options every workspace shares; `workspace` and `displayPath` are replaced per workspace.
    var request: RunRequest
    /// The run's templates; nil when they failed to load (their errors are the caller's to print), and
    /// then no agency is rendered or written. Asked for only once an agency has been computed, so the
    /// templates may still be parsing when the run starts (`Eventually`).
    var templates: @Sendable () -> TemplateSet?
    var outputRoot: URL
    /// Regenerate even when the outputs on disk are current, and replace a signed folder's outputs
    /// (removing its manifest.sig, which would no longer hold: `SignedFolder`).
    var force: Bool
    /// The output root as the user named it (`Output`), for messages; its path when not given.
    var shownRoot: String?
    /// False for `kinerja check`: every step but writing, so that whatever `report` would refuse (a
    /// template, a label, an SOP, two workspaces for one folder, a signed folder) `check` refuses too.
    var writes = true
    /// Keep each agency's rendered files in its outcome (`Pipeline.run`, in memory: `writes` false).
    var keepsFiles = false

    init(request: RunRequest, templates: @escaping @Sendable () -> TemplateSet?, outputRoot: URL, force: Bool = false,
                shownRoot: String? = nil) {
        (self.request, self.templates, self.outputRoot, self.force) = (request, templates, outputRoot, force)
        self.shownRoot = shownRoot
    }

    init(request: RunRequest, templates: TemplateSet, outputRoot: URL, force: Bool = false, shownRoot: String? = nil) {
        self.init(request: request, templates: { templates }, outputRoot: outputRoot, force: force, shownRoot: shownRoot)
    }

    /// Runs every workspace; `progress` is called once per finished workspace (one call at a time, in
    /// the order they finish). The outcomes come back in the order of `workspaces`.
    /// - Parameter profiles: each workspace's profil.yaml as the run composed it (`ReportRun`); read when not given.
    func run(_ workspaces: [WorkspaceRef], profiles: [ProfileDocument?]? = nil,
             progress: @escaping @Sendable (AgencyOutcome) -> Void = { _ in }) -> [AgencyOutcome] {
        let claims = OutputClaims(workspaces: workspaces, request: request, profiles: profiles)
        return ConcurrentSlots.map(workspaces.count, { run(workspaces[$0], conflict: claims.conflict($0), profile: claims.profile($0)) },
                                   then: progress).compactMap { $0 }
    }

    /// One workspace, start to finish: the one function every report of an agency goes through, for one
    /// workspace or many, `report`, `check` and `Pipeline.run` alike.
    /// `profile`: its profil.yaml as OutputClaims composed it, so the loader does not compose it again.
    func run(_ ref: WorkspaceRef, conflict: Diagnostic?, profile: ProfileDocument? = nil) -> AgencyOutcome {
        var log = DiagnosticLog()
        var request = self.request
        (request.workspace, request.displayPath) = (ref.url, ref.displayPath)
        func failed(_ state: AgencyOutcome.State = .failed) -> AgencyOutcome {
            AgencyOutcome(workspace: ref, state: state, log: log, row: nil, files: [])
        }
        if let conflict {
            log.append(conflict)
            return failed()
        }
        guard let computed = Pipeline.compute(request, profile: profile, log: &log), !log.hasErrors else { return failed() }
        guard let templates = templates() else { return failed() }
        if let missing = ReportPDF.unavailable(request, computed.workspace.profile) {
            log.error(request.displayPath, missing)
            return failed()
        }
        // `check` refuses a missing engine as `report` would, but prints no PDF: seconds per agency for nothing.
        if !writes, !keepsFiles { request.pdf = false }
        let row = AgencyRow(computed)
        let folder = outputRoot.appendingPathComponent(computed.directory)
        let root = shownRoot.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? outputRoot.path
        // Nothing is written outside the output root: its agency and period folders are never links.
        if let link = OutputBoundary.link(under: outputRoot, to: computed.directory) {
            log.error(root + "/" + link, OutputBoundary.refusal(root + "/" + link, root: root))
            return failed()
        }
        // From deciding "unchanged" to the last rename, no other run writes this folder (FolderLock).
        let lock = writes ? FolderLock(folder) : nil
        defer { withExtendedLifetime(lock) {} }
        guard let result = Pipeline.render(computed, request: request, templates: templates, log: &log) else { return failed() }
        if writes, !force, UpToDate.check(result.files, folder: folder) {
            return AgencyOutcome(workspace: ref, state: .unchanged, log: log, row: row, files: [])
        }
        let signed = SignedFolder(folder: folder, shown: root + "/" + computed.directory)
        let invalidates = signed.wouldInvalidate(with: result.files.first { $0.name == "manifest.json" }?.data ?? Data())
        if invalidates, !force {
            log.error(signed.shownSignature, signed.refusal)
            return failed()
        }
        guard writes else {
            return AgencyOutcome(workspace: ref, state: .checked, log: log, row: row, files: [], rendered: keepsFiles ? result : nil)
        }
        do {
            _ = try OutputWriter.write(result.files, to: folder)
        } catch {
            let failure = error as? OutputWriter.Failure
            log.error(failure?.path ?? folder.path,
                      OutputWriter.Failure.cannotWrite + (failure?.reason ?? Message("\(error)", id: "\(error)")))
            return failed(.unwritable)
        }
        if invalidates, let problem = signed.removeSignature() {
            log.error(signed.shownSignature, problem)
            return failed(.unwritable)
        }
        return AgencyOutcome(workspace: ref, state: .written, log: log, row: row, files: result.files.map(\.name),
                             removedSignature: invalidates ? signed.shownSignature : nil)
    }
}
