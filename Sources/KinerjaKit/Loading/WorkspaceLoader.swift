import Foundation

/// Loads a workspace folder (data-format.md) and checks it, collecting every problem.
public struct WorkspaceLoader {
    /// The folder as the user named it: diagnostics print `<displayPath>/indikator.csv:…`.
    public let directory: URL
    public let displayPath: String

    /// The bundled SOPs, for `sop:` in profil.yaml and the default SOP.
    public let sopLibrary: SOPLibrary?

    public init(directory: URL, displayPath: String? = nil, sopLibrary: SOPLibrary? = nil) {
        self.directory = directory
        self.displayPath = displayPath ?? directory.path
        self.sopLibrary = sopLibrary
    }

    static let requiredFiles = ["profil.yaml", "indikator.csv", "realisasi.csv"]

    /// Loads everything. Returns nil when an error makes the workspace unusable; `log` then says why.
    /// - Parameter period: overrides the profile's `periode` (the `--period` option).
    public func load(period override: ReportPeriod? = nil, log: inout DiagnosticLog) -> Workspace? {
        var inputs: [InputFile] = []
        func read(_ name: String, required: Bool) -> Data? {
            let url = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else {
                if required {
                    log.error(path(name), "required file \(name) is missing from the workspace (see docs/format.md)")
                }
                return nil
            }
            guard let data = try? Data(contentsOf: url) else {
                log.error(path(name), "cannot read \(name); check that it is a readable file")
                return nil
            }
            inputs.append(InputFile(path: name, data: data))
            return data
        }
        guard FileManager.default.fileExists(atPath: directory.path) else {
            log.error(displayPath, "the workspace folder does not exist")
            return nil
        }
        let profileData = read("profil.yaml", required: true)
        let indicatorData = read("indikator.csv", required: true)
        let realisasiData = read("realisasi.csv", required: true)
        let budgetData = read("anggaran.csv", required: false)
        let sopData = read("sop.yaml", required: false)
        let cycleData = read("siklus.csv", required: false)

        var profile = profileData.flatMap {
            ProfileLoader.load($0, file: path("profil.yaml"), sopLibrary: sopLibrary, log: &log)
        }
        if let override { profile?.period = override }
        let indicatorSource = indicatorData.flatMap {
            CSVSource(data: $0, file: path("indikator.csv"), schema: .indikator, log: &log)
        }
        let indicators = indicatorSource.map { IndicatorLoader.load($0, log: &log) } ?? []
        if let indicatorSource { IndicatorLoader.checkParents(indicators, source: indicatorSource, log: &log) }
        if indicatorSource != nil, indicators.isEmpty, indicatorSource?.table.records.isEmpty == true {
            log.error(path("indikator.csv"), line: 2, "indikator.csv has a header but no indicator; add one row per indicator")
        }
        // Every kode written in indikator.csv counts as known, even on a row rejected for another
        // reason, so one mistake is not reported again as "unknown kode" in the other files. When
        // indikator.csv is unusable or empty, the other files are not checked against it at all.
        let kodes: Set<String>? = indicatorSource.flatMap { source in
            let written = Set(source.table.records.compactMap { RowReader(source: source, record: $0).text("kode") })
            return written.isEmpty ? nil : written
        }

        // Without a usable profile the rows are still checked, only not against the report period,
        // so that one run reports every problem.
        let reportPeriod = profile.map { (year: $0.year, period: $0.period) }
        var realisasi: [Realisasi] = []
        if let data = realisasiData,
           let source = CSVSource(data: data, file: path("realisasi.csv"), schema: .realisasi, log: &log) {
            realisasi = RealisasiLoader.load(source, indicators: kodes, reportPeriod: reportPeriod, log: &log)
        }
        var budget: [BudgetLine]?
        if let data = budgetData,
           let source = CSVSource(data: data, file: path("anggaran.csv"), schema: .anggaran, log: &log) {
            budget = BudgetLoader.load(source, indicators: kodes, period: profile?.period ?? .annual, log: &log)
        }

        var bundled: [InputFile] = []
        let sop = loadSOP(sopData, named: profile?.sopName, needed: cycleData != nil, bundled: &bundled, log: &log)
        var cycle: [CycleRecord]?
        if let data = cycleData,
           let source = CSVSource(data: data, file: path("siklus.csv"), schema: .siklus, log: &log) {
            cycle = CycleLoader.load(source, reportPeriod: reportPeriod, sop: sop, log: &log)
        }

        let narrative = NarrativeLoader.load(from: directory, displayPath: path, inputs: &inputs, log: &log)

        guard !log.hasErrors, let profile, indicatorSource != nil else { return nil }
        inputs.sort { $0.path < $1.path }
        return Workspace(profile: profile, indicators: indicators, realisasi: realisasi, budget: budget,
                         narrative: narrative, sop: sop, cycle: cycle, bundledFiles: bundled, inputFiles: inputs)
    }

    /// The workspace's sop.yaml; else the bundled SOP profil.yaml names; else, when siklus.csv needs
    /// one, the default. A bundled SOP's bytes go to `bundled` for the manifest.
    private func loadSOP(_ own: Data?, named name: String?, needed: Bool, bundled: inout [InputFile],
                         log: inout DiagnosticLog) -> SOP? {
        if let own {
            if let name {
                log.warning(path("profil.yaml"), "the workspace has its own sop.yaml, which is used; `sop: \(name)` in profil.yaml is ignored")
            }
            return SOPLoader.load(own, file: path("sop.yaml"), log: &log)
        }
        guard needed || name != nil, let library = sopLibrary else { return nil }
        let chosen = name ?? SOPLibrary.defaultName
        // An unknown `sop:` is already an error at its line in profil.yaml.
        if name != nil, !library.contains(chosen) { return nil }
        guard let data = library.data(chosen, file: path(name == nil ? "siklus.csv" : "profil.yaml"), log: &log)
        else { return nil }
        bundled.append(InputFile(path: "SOP/\(chosen).yaml", data: data))
        return SOPLoader.load(data, file: "SOP/\(chosen).yaml", log: &log)
    }

    /// How diagnostics name a file of this workspace.
    public func path(_ name: String) -> String {
        displayPath.isEmpty || displayPath == "." ? name : (displayPath.hasSuffix("/") ? displayPath + name : displayPath + "/" + name)
    }
}
