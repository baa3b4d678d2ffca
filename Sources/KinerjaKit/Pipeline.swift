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
    public var defaultTemplates: BundledFiles
    /// `--csv-dialect`; nil when not given, and then the profile's `csv` decides (`dialect(for:)`).
    public var dialect: CSVDialect?
    /// The bundled SOPs: `SOP/` beside the default templates unless given.
    public var sopLibrary: SOPLibrary
    /// The build recorded in manifest.json and compared by the "unchanged" check; this binary's own
    /// unless a test gives another.
    public var build: BuildIdentity = KinerjaVersion.build
    /// `--pdf`: also write the reports as PDF/A; nil when not given, and then the profile's `pdf` decides.
    public var pdf: Bool? = nil
    /// The run's PDF engines, started at the first PDF and shared by every agency of the run.
    public var pdfEngines: PDFEngines = .shared

    public init(workspace: URL, displayPath: String? = nil, period: ReportPeriod? = nil, templates: URL? = nil,
                defaultTemplates: URL? = nil, dialect: CSVDialect? = nil, sopLibrary: SOPLibrary? = nil) {
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
}

/// A workspace loaded and computed, before anything is rendered.
public struct ComputedWorkspace: Sendable {
    public let workspace: Workspace
    public let report: PerformanceReport
    /// `<slug>/<tahun>-<periode>`, the folder under the output root.
    public let directory: String
    /// Values still as `kinerja init` wrote them; every document says so at its top.
    public var examples: [ExampleValues.Finding] = []
}

/// The pipeline: load → compute → render, all in memory. Nothing is written here.
public enum Pipeline {
    /// Loads and computes, for the tests that need only the figures.
    public static func check(_ request: RunRequest, log: inout DiagnosticLog) -> PerformanceReport? {
        compute(request, log: &log)?.report
    }

    /// Loads, computes and renders every output of one workspace, in memory, through the path `report`
    /// takes for each agency (`BatchRun`), all but the writing. Nil when anything failed.
    /// `outputRoot`: where a signed folder would be looked for (as `check --output` does); none by default.
    public static func run(_ request: RunRequest, outputRoot: URL? = nil, log: inout DiagnosticLog) -> RunResult? {
        let templates = TemplateSet(defaults: request.defaultTemplates, user: request.templates, log: &log)
        guard !log.hasErrors else { return nil }
        var batch = BatchRun(request: request, templates: templates,
                             outputRoot: outputRoot ?? FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-in-memory"))
        (batch.writes, batch.keepsFiles) = (false, true)
        let outcome = batch.run(WorkspaceRef(url: request.workspace, displayPath: request.displayPath), conflict: nil)
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
    public static func render(_ computed: ComputedWorkspace, request: RunRequest, templates: TemplateSet,
                              log: inout DiagnosticLog) -> RunResult? {
        let (workspace, report, directory) = (computed.workspace, computed.report, computed.directory)
        let dialect = request.dialect(for: workspace.profile)
        let labels = TableWording.adapt(templates.labels(workspace.profile.language), language: workspace.profile.language,
                                        workbook: workspace.tables[.indikator]?.addressing == .cell)
        // Which documents, and in which formats: DocumentKind. Here, what fills each one.
        func document(_ kind: DocumentKind, fullReports: [OutputFile] = [], code: PaperCode.View? = nil) -> Document {
            switch kind {
            case .capaian: Document(kind) { CapaianCSV(report, dialect: dialect).context }
            case .serapanAnggaran: Document(kind) { BudgetCSV(report, dialect: dialect).context }
            case .kepatuhanSOP: Document(kind) { ComplianceCSV(report, dialect: dialect, labels: templates.labels(.id)).context }
            case .laporanPemantauan:
                Document(kind, computed) { MonitoringReport(report, labels: labels, narrative: workspace.narrative).context }
            case .lkjip: Document(kind, computed) { AnnualReport(report, labels: labels, narrative: workspace.narrative).context }
            case .ringkasan:
                Document(kind, computed) { SummaryPage(report, labels: labels, reports: fullReports, code: code!).context }
            case .index, .rekap: preconditionFailure("the index is rendered by RekapIndex, once per run")
            }
        }
        let kinds = DocumentKind.written(for: report)
        var rendered = Document.renderAll(kinds.filter { $0 != .ringkasan }.map { document($0) }, templates: templates, dialect: dialect)
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
                let html = reports[index].files.first { $0.name.hasSuffix(".html") }
                return html.flatMap { html in
                    ReportPDF.render(String(html.name.dropLast(".html".count)), files: reports[index].files,
                                     attachments: data, computed: computed, labels: labels, engines: request.pdfEngines)
                }
            }
            guard collect(results.compactMap { $0 ?? nil }, into: &pdfs, request: request, log: &log) else { return nil }
        }
        let fullReports = Self.placing(pdfs, in: rendered.filter(\.isFullReport).flatMap(\.files))
        // The QR code of the ringkasan: the hash of the manifest without the ringkasan's lines (PaperCode).
        let before = Self.placing(pdfs, in: rendered.flatMap(\.files))
        let digest = PaperCode.digest(manifest(computed, request: request, templates: templates, outputs: before, pdfEngine: pdfEngine))
        let code = PaperCode.context(directory: directory, digest: digest, label: labels["kode_qr"] ?? "QR")
        // The ringkasan summarises the full reports and prints their SHA-256, so it comes after them.
        rendered += Document.renderAll([document(.ringkasan, fullReports: fullReports, code: code)], templates: templates, dialect: dialect)
        if pdfEngine != nil, let result = ReportPDF.render("ringkasan", files: rendered.last?.files ?? [], attachments: [],
                                                            computed: computed, labels: labels, engines: request.pdfEngines) {
            guard collect([result], into: &pdfs, request: request, log: &log) else { return nil }
        }
        TemplateNameCheck.check(kinds, templates: templates, language: workspace.profile.language, log: &log)
        guard !log.hasErrors else { return nil }

        var files = Self.placing(pdfs, in: rendered.flatMap(\.files))
        files.append(OutputFile(name: "manifest.json",
                                data: manifest(computed, request: request, templates: templates, outputs: files,
                                               pdfEngine: pdfEngine).encoded()))
        return RunResult(report: report, files: files, relativeDirectory: directory)
    }

    /// What the outputs were made from (inputs, templates, the tool's version and exact build, options)
    /// and what they are.
    /// - Parameter pdfEngine: the engine that made the PDFs (`WeasyPrint 70.0`), recorded as option `pdf`: its
    ///   version changes their bytes, so outputs made by another are never taken as unchanged.
    static func manifest(_ computed: ComputedWorkspace, request: RunRequest, templates: TemplateSet,
                         outputs: [OutputFile], pdfEngine: String? = nil) -> Manifest {
        let profile = computed.workspace.profile
        var options = ["csv-dialect": request.dialect(for: profile).rawValue]
        options["pdf"] = pdfEngine
        return Manifest(
            tool: "kinerja", version: KinerjaVersion.current, build: request.build, agency: profile.agency,
            period: computed.report.period.label(year: profile.year), signer: Manifest.Signer(profile.head),
            options: options,
            inputs: computed.workspace.inputFiles.map { Manifest.entry($0.path, $0.data) },
            templates: templates.manifestEntries + computed.workspace.bundledFiles.map { Manifest.entry($0.path, $0.data) },
            outputs: outputs.map { Manifest.entry($0.name, $0.data) },
            examples: computed.examples.isEmpty ? nil : computed.examples.map { "\($0.part): \($0.items.joined(separator: ", "))" })
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
    private static func collect(_ results: [ReportPDF.Made], into pdfs: inout [OutputFile],
                                request: RunRequest, log: inout DiagnosticLog) -> Bool {
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
    static func compute(_ request: RunRequest, profile: ProfileDocument?, log: inout DiagnosticLog) -> ComputedWorkspace? {
        let loader = WorkspaceLoader(directory: request.workspace, displayPath: request.displayPath,
                                     sopLibrary: request.sopLibrary)
        guard let workspace = loader.load(period: request.period, composed: profile, log: &log) else { return nil }
        // Diagnostics name indikator.csv (or its sheet) as the loader recorded in `workspace.tables`.
        let engine = CapaianEngine(workspace: workspace, period: workspace.profile.period)
        var report = engine.compute(log: &log)
        if let sop = workspace.sop, let records = workspace.cycle {
            report.cycle = CycleCompliance(sop: sop, records: records,
                                           calendar: WorkingCalendar(holidays: workspace.profile.holidays),
                                           asOf: workspace.profile.date)
        }
        var computed = ComputedWorkspace(workspace: workspace, report: report, directory: directory(for: workspace.profile))
        computed.examples = ExampleValues.find(in: workspace)
        for finding in computed.examples {
            let file = TableKind(rawValue: finding.part).flatMap { workspace.tables[$0]?.file } ?? loader.path(finding.part)
            log.warning(file, Message("\(finding.items.joined(separator: ", ")) still hold the example values of `kinerja init`; replace them with the agency's own data before the report is signed", id: "\(finding.items.joined(separator: ", ")) masih berisi nilai contoh dari `kinerja init`; ganti dengan data instansi sendiri sebelum laporan ditandatangani"))
        }
        return computed
    }
}
