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
    /// Outputs of an earlier run this run no longer makes, removed from its folder (`StaleOutputs`), as the
    /// user would name them.
    public var removedStale: [String] = []
    /// Every output rendered, manifest last, when the run keeps them (`BatchRun.keepsFiles`: `Pipeline.run`).
    var rendered: RunResult? = nil
    /// A failed agency's output folder (`dishub/2024-TW3`) when it holds an earlier run's reports.
    public var earlierReports: String? = nil
    /// `unchanged` decided from the agency's last run (`LastRun`), without loading or rendering it.
    var fromLastRun = false
    /// ...and its record found from the workspace as named (`RecordFolders`), its profil.yaml not read.
    var foundByWorkspace = false
    /// The language of its profil.yaml as the run composed it, for what is said of it without a row.
    var profileLanguage: Language? = nil
}

/// Reports many workspaces in one run (docs/laporan.md, "Many agencies"): each is loaded, computed, rendered
/// and written on its own, several at a time across the machine's cores. Only one agency per core is in
/// memory at once: its data is released when its outputs are written, and the run keeps only its
/// `AgencyRow`. A workspace with errors is skipped; the others are still written.
struct BatchRun: Sendable {
    /// The options every workspace shares; `workspace` and `displayPath` are replaced per workspace. A
    /// constant: `fingerprintBase` is made from it.
    let request: RunRequest
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
    /// The run's share of every agency's fingerprint (`AgencyFingerprint.base`), made once the templates are.
    let fingerprintBase: Eventually<String?>

    /// - Parameter fingerprintTemplates: the templates as the fingerprints need them (read and hashed, maybe
    ///   not yet parsed: `ReportRun`); `templates` when not given.
    init(
        request: RunRequest, templates: @escaping @Sendable () -> TemplateSet?,
        fingerprintTemplates: (@Sendable () -> TemplateSet?)? = nil, outputRoot: URL, force: Bool = false,
        shownRoot: String? = nil
    ) {
        (self.request, self.templates, self.outputRoot, self.force) = (request, templates, outputRoot, force)
        self.shownRoot = shownRoot
        let hashed = fingerprintTemplates ?? templates
        fingerprintBase = Eventually { AgencyFingerprint.base(request, hashed()) }
    }

    init(request: RunRequest, templates: TemplateSet, outputRoot: URL, force: Bool = false, shownRoot: String? = nil) {
        self.init(
            request: request, templates: { templates }, outputRoot: outputRoot, force: force, shownRoot: shownRoot)
    }

    /// Runs every workspace; `progress` is called once per finished workspace (one call at a time, in
    /// the order they finish). The outcomes come back in the order of `workspaces`.
    /// - Parameter profiles: each workspace's profil.yaml as composed (tests); read when not given.
    func run(
        _ workspaces: [WorkspaceRef], profiles: [ProfileDocument?]? = nil,
        progress: @escaping @Sendable (AgencyOutcome) -> Void = { _ in }
    ) -> [AgencyOutcome] {
        // First the agencies whose folder the last runs noted and whose record there holds: left as they are
        // before any profil.yaml is composed (a province's profiles were a quarter of a run that changed nothing).
        let folders = writes ? RecordFolders.read(root: outputRoot) : [:]
        let decided: [AgencyOutcome?] =
            force || folders.isEmpty
            ? []
            : ConcurrentSlots.map(workspaces.count) { index -> AgencyOutcome? in
                let ref = workspaces[index]
                guard let directory = folders[ref.displayPath],
                    let fingerprint = AgencyFingerprint(ref, in: self, directory: directory)
                else { return nil }
                return fingerprint.unchanged(ref, in: self)
            }.map { $0 ?? nil }
        let claims = OutputClaims(
            workspaces: workspaces, request: request, profiles: profiles, known: decided.map { $0?.row?.directory })
        let outcomes = ConcurrentSlots.map(
            workspaces.count,
            { index -> AgencyOutcome in
                if claims.conflict(index) == nil, index < decided.count, var outcome = decided[index] {
                    outcome.foundByWorkspace = true
                    return outcome
                }
                var outcome = Pipeline.report(
                    workspaces[index], in: self, conflict: claims.conflict(index), profile: claims.profile(index),
                    readProfile: claims.readProfile(index))
                outcome.profileLanguage = claims.profile(index)?.language
                return outcome
            },
            then: progress
        ).compactMap { $0 }
        // The earlier outputs the agencies' folders kept aside while they switched (`Pipeline.report`).
        KeptAsideRemoval.waitUntilRemoved()
        if writes {
            var found: [String: String] = [:]
            for outcome in outcomes where outcome.state == .written || outcome.state == .unchanged {
                if let row = outcome.row { found[outcome.workspace.displayPath] = row.directory }
            }
            RecordFolders.update(root: outputRoot, earlier: folders, found: found)
        }
        return outcomes
    }
}
