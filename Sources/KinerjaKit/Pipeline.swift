import Foundation

/// What a `report` or `check` run asks for.
public struct RunRequest: Sendable {
    public var workspace: URL
    /// The workspace as the user named it, for diagnostics.
    public var displayPath: String
    /// Overrides the profile's `periode`.
    public var period: ReportPeriod?
    public var templates: URL?
    /// The default templates: the binary's own, or a folder's (`$KINERJA_TEMPLATES`, tests).
    package var defaultTemplates: BundledFiles
    /// `--csv-dialect`; nil when not given, and then the profile's `csv` decides (`dialect(for:)`).
    public var dialect: CSVDialect?
    /// The bundled SOPs: `SOP/` beside the default templates unless given.
    package var sopLibrary: SOPLibrary
    /// The build recorded in manifest.json and compared by the "unchanged" check; this binary's own
    /// unless a test gives another.
    public var build: BuildIdentity = KinerjaVersion.build
    /// `--pdf`: also write the reports as PDF/A; nil when not given, and then the profile's `pdf` decides.
    public var pdf: Bool? = nil
    /// The run's PDF engines, started at the first PDF and shared by every agency of the run.
    package var pdfEngines: PDFEngines = .shared

    public init(
        workspace: URL, displayPath: String? = nil, period: ReportPeriod? = nil, templates: URL? = nil,
        defaultTemplates: URL? = nil, dialect: CSVDialect? = nil, sopLibrary: SOPLibrary? = nil
    ) {
        self.workspace = workspace
        self.displayPath = displayPath ?? workspace.path
        self.period = period
        self.templates = templates
        self.defaultTemplates = defaultTemplates.map(BundledFiles.templates(in:)) ?? .templates
        self.dialect = dialect
        self.sopLibrary = sopLibrary ?? defaultTemplates.map(SOPLibrary.init(besideTemplates:)) ?? SOPLibrary()
    }

    /// The CSV dialect of a workspace's outputs: `--csv-dialect` when given, else its profile's `csv`, else standar.
    public func dialect(for profile: Profile) -> CSVDialect { dialect ?? profile.csvDialect ?? .standar }

    /// Whether a workspace's reports are also written as PDF: `--pdf`, else its profile's `pdf`.
    public func wantsPDF(_ profile: Profile) -> Bool { pdf ?? profile.pdf ?? false }
}

/// The result of a run held in memory: the computed report and every output file, manifest last.
public struct RunResult: Sendable {
    public let report: PerformanceReport
    public let files: [OutputFile]
    /// `<slug>/<tahun>-<periode>`, the folder under the output root.
    public let relativeDirectory: String
    /// The manifest entries of the inputs and of every file of `files`, as hashed once for manifest.json, for
    /// the record of the run (`LastRun`) to reuse.
    let inputs: [Manifest.Entry]
    let outputs: [Manifest.Entry]
}

/// A workspace loaded and computed, before anything is rendered.
public struct ComputedWorkspace: Sendable {
    public let workspace: Workspace
    public let report: PerformanceReport
    /// `<slug>/<tahun>-<periode>`, the folder under the output root.
    public let directory: String
    /// Values still as `kinerja init` wrote them; every document says so at its top.
    package var examples: [ExampleValues.Finding] = []
    /// Values read as written that may not be the ones meant; every document lists them at its top.
    var doubts: [Doubts.Item] = []
}

/// The stages one agency's report goes through, each a typed value, each a folder of the library:
///
/// 1. workspace files → `Workspace`: `WorkspaceLoader.load` (`Loading/`), every byte read once, every
///    problem logged at its file, line and column; profil.yaml composed once per run (`ProfileDocument`).
/// 2. `Workspace` → `PerformanceReport`: `CapaianEngine.compute` (`Capaian/`), the monitoring cycle included.
///    Both are `compute(_:log:)` below.
/// 3. `PerformanceReport` → template contexts, values formatted for people (`Views/`), and
/// 4. contexts → `[OutputFile]`, every document `DocumentKind` lists, manifest.json last (`Rendering/`):
///    `render(_:request:templates:log:)` below.
/// 5. `[OutputFile]` → the agency's folder: `OutputWriter.write` (`Output/`), after the "unchanged"
///    (`UpToDate`) and signed-folder (`SignedFolder`) checks.
///
/// Before stage 1, `AgencyFingerprint` hashes everything the outputs depend on: an agency whose last clean run
/// (`LastRun`) had the same, with its outputs still on disk, skips all five.
///
/// `report(_:in:conflict:profile:readProfile:)` below takes one agency through all five: `report` and `check` (which stops
/// before writing), one workspace or many (`Run/BatchRun.swift` runs agencies side by side, `Run/ReportRun.swift`
/// the whole command), and the tests. `run(_:outputRoot:log:)` is the same function kept in memory.
public enum Pipeline {
    /// One agency, start to finish: the one function every report of an agency goes through.
    /// - Parameters:
    ///   - run: the options every agency of the run shares (templates, output root, `--force`, whether it writes).
    ///   - conflict: another workspace of the run claims the same output folder (`OutputClaims`).
    ///   - profile: its profil.yaml as the run composed it, so the loader does not compose it again.
    ///   - readProfile: the same profile read (`OutputClaims`), for where its outputs go before it is loaded.
    static func report(
        _ ref: WorkspaceRef, in run: BatchRun, conflict: Diagnostic?, profile: ProfileDocument? = nil,
        readProfile: Profile? = nil
    ) -> AgencyOutcome {
        var log = DiagnosticLog()
        var request = run.request
        (request.workspace, request.displayPath) = (ref.url, ref.displayPath)
        func failed(_ state: AgencyOutcome.State = .failed) -> AgencyOutcome {
            var outcome = AgencyOutcome(workspace: ref, state: state, log: log, row: nil, files: [])
            // Its folder may hold an earlier run's reports, which are not of these inputs: said, so that they
            // are not taken (or signed) for this run's.
            if run.writes, let directory = readProfile.map(directory(for:)),
                FileManager.default.fileExists(
                    atPath: run.outputRoot.appendingPathComponent(directory + "/manifest.json").path)
            {
                outcome.earlierReports = directory
            }
            return outcome
        }
        // A workspace that shares its output folder with another fails, but is still loaded and computed: all
        // its problems are said at once, not one run after the other.
        if let conflict { log.append(conflict) }
        // Before stage 1: what the outputs depend on, hashed before anything is loaded; an agency whose last
        // clean run had the same, and whose outputs are still those, is left as it is (`AgencyFingerprint`).
        let fingerprint = AgencyFingerprint(ref, in: run, profile: readProfile, conflict: conflict)
        if !run.force, let unchanged = fingerprint?.unchanged(ref, in: run) { return unchanged }
        // Stages 1 and 2: the workspace's files → Workspace → PerformanceReport.
        guard let computed = compute(request, profile: profile, log: &log), !log.hasErrors else { return failed() }
        guard let templates = run.templates() else { return failed() }
        if let missing = ReportPDF.unavailable(request, computed.workspace.profile) {
            log.error(request.displayPath, missing)
            return failed()
        }
        // `check` refuses a missing engine as `report` would, but prints no PDF: seconds per agency for nothing.
        if !run.writes, !run.keepsFiles { request.pdf = false }
        let row = AgencyRow(computed)
        let folder = run.outputRoot.appendingPathComponent(computed.directory)
        let root = run.shownRoot.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? run.outputRoot.path
        // Nothing is written outside the output root: its agency and period folders are never links.
        if let link = OutputBoundary.link(under: run.outputRoot, to: computed.directory) {
            log.error(root + "/" + link, OutputBoundary.refusal(root + "/" + link, root: root))
            return failed()
        }
        // From deciding "unchanged" to the last rename, no other run writes this folder (FolderLock).
        let lock = run.writes ? FolderLock(folder) : nil
        defer { withExtendedLifetime(lock) {} }
        if run.writes { OutputWriter.removeLeftovers(in: folder.path + "/") }
        // Stages 3 and 4: PerformanceReport → views → every output file, in memory.
        guard
            let result = render(computed, request: request, templates: templates, hashed: fingerprint?.tree, log: &log)
        else { return failed() }
        // Stage 5: the files → the agency's folder, unless they are there already or a signature forbids it.
        if run.writes, !run.force, UpToDate.check(result.files, folder: folder) {
            fingerprint?.record(computed, result, row: row, log: log, in: run)
            return AgencyOutcome(workspace: ref, state: .unchanged, log: log, row: row, files: [])
        }
        let signed = SignedFolder(folder: folder, shown: root + "/" + computed.directory)
        let invalidates = signed.wouldInvalidate(
            with: result.files.first { $0.name == "manifest.json" }?.data ?? Data())
        if invalidates, !run.force {
            log.error(signed.shownSignature, signed.refusal)
            return failed()
        }
        guard run.writes else {
            return AgencyOutcome(
                workspace: ref, state: .checked, log: log, row: row, files: [],
                rendered: run.keepsFiles ? result : nil)
        }
        let stale = StaleOutputs.find(in: folder, keeping: result.files)
        do {
            try OutputWriter.replace(result.files, in: folder, removingLater: true)
        } catch {
            let failure = error as? OutputWriter.Failure
            log.error(
                failure?.path ?? folder.path,
                OutputWriter.Failure.cannotWrite + (failure?.reason ?? Message("\(error)", id: "\(error)")))
            return failed(.unwritable)
        }
        if invalidates, let problem = signed.removeSignature() {
            log.error(signed.shownSignature, problem)
            return failed(.unwritable)
        }
        let removed = StaleOutputs.remove(stale, in: folder).map { root + "/" + computed.directory + "/" + $0 }
        fingerprint?.record(computed, result, row: row, log: log, in: run)
        return AgencyOutcome(
            workspace: ref, state: .written, log: log, row: row, files: result.files.map(\.name),
            removedSignature: invalidates ? signed.shownSignature : nil, removedStale: removed)
    }

    /// Loads and computes only: the figures, for the tests that need nothing else (stages 1 and 2).
    public static func figures(_ request: RunRequest, log: inout DiagnosticLog) -> PerformanceReport? {
        compute(request, log: &log)?.report
    }

    /// Loads, computes and renders every output of one workspace through `report(_:in:conflict:profile:readProfile:)`,
    /// keeping the files in memory instead of writing them. Nil when anything failed.
    /// `outputRoot`: where a signed folder is looked for (as `check --output` does); by default a folder that
    /// does not exist, so none is found.
    public static func run(_ request: RunRequest, outputRoot: URL? = nil, log: inout DiagnosticLog) -> RunResult? {
        let templates = TemplateSet(defaults: request.defaultTemplates, user: request.templates, log: &log)
        guard !log.hasErrors else { return nil }
        var batch = BatchRun(
            request: request, templates: templates,
            outputRoot: outputRoot ?? FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-in-memory")
        )
        (batch.writes, batch.keepsFiles) = (false, true)
        let outcome = report(
            WorkspaceRef(url: request.workspace, displayPath: request.displayPath), in: batch, conflict: nil)
        log.append(contentsOf: outcome.log)
        return outcome.rendered
    }

    /// `<slug>/<tahun>-<periode>`: where a profile's outputs go under the output root.
    public static func directory(for profile: Profile) -> String {
        "\(Slug.make(profile.shortName ?? profile.agency))/\(profile.year)-\(profile.period)"
    }

    /// Renders every output of a computed workspace, manifest last. Nil when a template failed.
    ///
    /// The documents are independent of each other but for the ringkasan, which prints the SHA-256 of
    /// the full reports: they are rendered several at a time (a run of one agency then uses both cores),
    /// the ringkasan after them. The files come out in the same order whatever finishes first.
    /// - Parameter hashed: the agency's fingerprint, whose hashes of the inputs serve manifest.json where the
    ///   loader read the same bytes (`InputFingerprint.entry`).
    package static func render(
        _ computed: ComputedWorkspace, request: RunRequest, templates: TemplateSet,
        hashed: InputFingerprint? = nil, log: inout DiagnosticLog
    ) -> RunResult? {
        let (workspace, report, directory) = (computed.workspace, computed.report, computed.directory)
        let dialect = request.dialect(for: workspace.profile)
        let labels = TableWording.adapt(
            templates.labels(workspace.profile.language), language: workspace.profile.language,
            workbook: workspace.tables[.indikator]?.addressing == .cell)
        // Which documents, and in which formats: DocumentKind. Here, what fills each one.
        func document(
            _ kind: DocumentKind, fullReports: [Manifest.Entry] = [], code: PaperCode.View? = nil
        ) -> Document {
            switch kind {
            case .capaian: Document(kind) { CapaianCSV(report, dialect: dialect) }
            case .serapanAnggaran: Document(kind) { BudgetCSV(report, dialect: dialect) }
            case .kepatuhanSOP:
                Document(kind) { ComplianceCSV(report, dialect: dialect, labels: templates.labels(.id)) }
            case .laporanPemantauan:
                Document(kind, computed) { MonitoringReport(report, labels: labels, narrative: workspace.narrative) }
            case .lkjip:
                Document(kind, computed) { AnnualReport(report, labels: labels, narrative: workspace.narrative) }
            case .ringkasan:
                Document(kind, computed) { SummaryPage(report, labels: labels, reports: fullReports, code: code!) }
            case .index, .rekap: preconditionFailure("the index is rendered by RekapIndex, once per run")
            }
        }
        let kinds = DocumentKind.written(for: report)
        var rendered = Document.renderAll(
            kinds.filter { $0 != .ringkasan }.map { document($0) }, templates: templates, dialect: dialect)
        // With PDF: each full report's PDF from its HTML, carrying the CSV data (ReportPDF).
        var pdfEngine: String?
        var pdfs: [OutputFile] = []
        if request.wantsPDF(workspace.profile) {
            do { pdfEngine = try request.pdfEngines.version() } catch {
                log.error(request.displayPath, ReportPDF.problem(error, document: "PDF"))
                return nil
            }
            let data = rendered.flatMap(\.files).filter { ReportPDF.attachedData.contains($0.name) }
            let reports = rendered.filter(\.isFullReport)
            let results = ConcurrentSlots<ReportPDF.Made?>.map(reports.count) { index in
                let html = reports[index].files.first { $0.name.hasSuffix(".html") && !$0.data.isEmpty }
                return html.flatMap { html in
                    ReportPDF.render(
                        String(html.name.dropLast(".html".count)), files: reports[index].files,
                        attachments: data, computed: computed, labels: labels, engines: request.pdfEngines)
                }
            }
            guard collect(results.compactMap { $0 ?? nil }, into: &pdfs, request: request, log: &log) else {
                return nil
            }
        }
        // Every file is hashed once: its entry serves both manifests below and the ringkasan's list.
        let inputs = computed.workspace.inputFiles.map {
            hashed?.entry($0.path, $0.data) ?? Manifest.entry($0.path, $0.data)
        }
        let templateEntries = Self.templateEntries(computed, templates: templates)
        var hashes = FileHashes()
        let fullReports = hashes.entries(Self.placing(pdfs, in: rendered.filter(\.isFullReport).flatMap(\.files)))
        // The QR code of the ringkasan: the hash of the manifest without the ringkasan's lines (PaperCode);
        // not made when the ringkasan's templates print nothing.
        var code: PaperCode.View?
        if !(templates.printsNothing("ringkasan.md") && templates.printsNothing("ringkasan.html")) {
            let before = hashes.entries(Self.placing(pdfs, in: rendered.flatMap(\.files)))
            let digest = PaperCode.digest(
                manifest(
                    computed, request: request, templates: templateEntries, inputs: inputs, outputs: before,
                    pdfEngine: pdfEngine))
            code = PaperCode.context(directory: directory, digest: digest, label: labels["kode_qr"] ?? "QR")
        }
        // The ringkasan summarises the full reports and prints their SHA-256, so it comes after them.
        rendered += Document.renderAll(
            [document(.ringkasan, fullReports: fullReports, code: code)], templates: templates, dialect: dialect)
        // An HTML template that prints nothing gives no PDF (it would be a blank page with a title).
        if pdfEngine != nil, !templates.printsNothing("ringkasan.html"),
            let result = ReportPDF.render(
                "ringkasan", files: rendered.last?.files ?? [], attachments: [],
                computed: computed, labels: labels, engines: request.pdfEngines)
        {
            guard collect([result], into: &pdfs, request: request, log: &log) else { return nil }
        }
        TemplateNameCheck.check(kinds, templates: templates, language: workspace.profile.language, log: &log)
        guard !log.hasErrors else { return nil }

        var files = Self.placing(pdfs, in: rendered.flatMap(\.files))
        var outputs = hashes.entries(files)
        let manifestFile = OutputFile(
            name: "manifest.json",
            data: manifest(
                computed, request: request, templates: templateEntries, inputs: inputs, outputs: outputs,
                pdfEngine: pdfEngine
            ).encoded())
        files.append(manifestFile)
        outputs.append(Manifest.entry(manifestFile.name, manifestFile.data))
        return RunResult(
            report: report, files: files, relativeDirectory: directory, inputs: inputs, outputs: outputs)
    }

    /// What the outputs were made from (inputs, templates, the tool's version and exact build, options)
    /// and what they are.
    /// - Parameter pdfEngine: the engine that made the PDFs (`WeasyPrint 70.0`), recorded as option `pdf`: its
    ///   version changes their bytes, so outputs made by another are never taken as unchanged.
    /// - Parameters:
    ///   - templates: `templateEntries`, made once for both of an agency's manifests.
    ///   - inputs, outputs: the entries of the workspace's input files and of the outputs (`FileHashes`).
    static func manifest(
        _ computed: ComputedWorkspace, request: RunRequest, templates: [Manifest.Entry],
        inputs: [Manifest.Entry], outputs: [Manifest.Entry], pdfEngine: String? = nil
    ) -> Manifest {
        let profile = computed.workspace.profile
        var options = ["csv-dialect": request.dialect(for: profile).rawValue]
        options["pdf"] = pdfEngine
        return Manifest(
            tool: "kinerja", version: KinerjaVersion.current, build: request.build, agency: profile.agency,
            period: computed.report.period.label(year: profile.year), signer: Manifest.Signer(profile.head),
            options: options,
            inputs: inputs,
            templates: templates,
            outputs: outputs,
            examples: computed.examples.isEmpty
                ? nil : computed.examples.map { "\($0.part): \($0.items.joined(separator: ", "))" },
            doubts: Doubts.manifestList(computed.doubts))
    }

    /// The manifest's templates: the run's, then the files the workspace bundles (hashed here, once an agency).
    static func templateEntries(_ computed: ComputedWorkspace, templates: TemplateSet) -> [Manifest.Entry] {
        templates.manifestEntries + computed.workspace.bundledFiles.map { Manifest.entry($0.path, $0.data) }
    }

    /// `files` with each PDF placed right after the HTML it was printed from.
    static func placing(_ pdfs: [OutputFile], in files: [OutputFile]) -> [OutputFile] {
        files.flatMap { file -> [OutputFile] in
            guard file.name.hasSuffix(".html") else { return [file] }
            let pdf = String(file.name.dropLast(".html".count)) + ".pdf"
            return [file] + pdfs.filter { $0.name == pdf }
        }
    }

    /// Adds the PDFs made to `pdfs`, and an error for each that failed; false when one did.
    private static func collect(
        _ results: [ReportPDF.Made], into pdfs: inout [OutputFile],
        request: RunRequest, log: inout DiagnosticLog
    ) -> Bool {
        for result in results {
            switch result {
            case .file(let pdf): pdfs.append(pdf)
            case .problem(let problem): log.error(request.displayPath, problem)
            }
        }
        return !log.hasErrors
    }

    /// The shared first half of every command: load the workspace, then compute its report.
    public static func compute(_ request: RunRequest, log: inout DiagnosticLog) -> ComputedWorkspace? {
        compute(request, profile: nil, log: &log)
    }

    /// `profile`: profil.yaml as already composed in this run (OutputClaims).
    static func compute(
        _ request: RunRequest, profile: ProfileDocument?, log: inout DiagnosticLog
    ) -> ComputedWorkspace? {
        let loader = WorkspaceLoader(
            directory: request.workspace, displayPath: request.displayPath,
            sopLibrary: request.sopLibrary)
        guard let workspace = loader.load(period: request.period, composed: profile, log: &log) else { return nil }
        // Diagnostics name indikator.csv (or its sheet) as the loader recorded in `workspace.tables`.
        let engine = CapaianEngine(workspace: workspace, period: workspace.profile.period)
        let report = engine.compute(log: &log)
        var computed = ComputedWorkspace(
            workspace: workspace, report: report, directory: directory(for: workspace.profile))
        computed.examples = ExampleValues.find(in: workspace)
        for finding in computed.examples {
            let file =
                TableKind(rawValue: finding.part).flatMap { workspace.tables[$0]?.file } ?? loader.path(finding.part)
            log.warning(
                file,
                Message(
                    "\(finding.items.joined(separator: ", ")) still hold the example values of `kinerja init`; replace them with the agency's own data before the report is signed",
                    id:
                        "\(finding.items.joined(separator: ", ")) masih berisi nilai contoh dari `kinerja init`; ganti dengan data instansi sendiri sebelum laporan ditandatangani"
                ) + ExampleValues.lineHint(finding))
        }
        let unread = UnreadNarrative.find(
            files: workspace.inputFiles.map(\.path), sasaran: report.sasaran.map(\.number),
            kodes: workspace.indicators.map(\.kode))
        for finding in unread { log.warning(loader.path(finding.path), UnreadNarrative.message(finding)) }
        computed.doubts = Doubts.items(log.diagnostics, workspacePrefix: loader.path(""))
        return computed
    }
}
