import Foundation

/// Loads a workspace folder (docs/format.md) and checks it, collecting every problem.
struct WorkspaceLoader {
    /// The folder as the user named it: diagnostics print `<displayPath>/indikator.csv:…`.
    let directory: URL
    let displayPath: String

    /// The bundled SOPs, for `sop:` in profil.yaml and the default SOP.
    let sopLibrary: SOPLibrary?
    /// What is inside the workspace: a file that resolves elsewhere is not read.
    let boundary: WorkspaceBoundary

    init(directory: URL, displayPath: String? = nil, sopLibrary: SOPLibrary? = nil) {
        self.directory = directory
        self.displayPath = displayPath ?? directory.path
        self.sopLibrary = sopLibrary
        boundary = WorkspaceBoundary(directory)
    }

    static let requiredFiles = ["profil.yaml", "indikator.csv", "realisasi.csv"]

    /// Loads everything. Returns nil when an error makes the workspace unusable; `log` then says why.
    /// - Parameter period: overrides the profile's `periode` (the `--period` option).
    func load(period override: ReportPeriod? = nil, log: inout DiagnosticLog) -> Workspace? {
        load(period: override, composed: nil, log: &log)
    }

    /// - Parameter composed: profil.yaml as already composed in this run (OutputClaims), used when the file
    ///   read here has the same bytes and is named as here.
    func load(period override: ReportPeriod?, composed: ProfileDocument?, log: inout DiagnosticLog) -> Workspace? {
        var inputs: [InputFile] = []
        /// - Parameter exists: the file is known to exist (`hasCSV` has asked), so it is not asked again.
        func read(_ name: String, required: Bool, exists: Bool = false) -> Data? {
            let url = Self.file(name, in: directory)
            guard exists || FileManager.default.fileExists(atPath: url.path) else {
                if required {
                    log.error(
                        path(name),
                        Message(
                            "required file \(name) is missing from the workspace (see `kinerja panduan`)",
                            id: "berkas wajib \(name) tidak ada di ruang kerja (lihat `kinerja panduan`)"))
                }
                return nil
            }
            guard let resolved = boundary.resolvedPath(of: url) else {
                log.error(path(name), WorkspaceBoundary.outside(name))
                return nil
            }
            let data: Data
            switch WorkspaceFile.read(path: url.path, resolvedPath: resolved) {
            case .success(let bytes): data = bytes
            case .failure(let problem):
                log.error(path(name), WorkspaceFile.message(problem, name))
                return nil
            }
            inputs.append(InputFile(path: name, data: data))
            return data
        }
        guard FileManager.default.fileExists(atPath: directory.path) else {
            log.error(
                displayPath,
                Message("the workspace folder does not exist", id: "folder ruang kerja ini tidak ada; periksa jalurnya")
            )
            return nil
        }
        // profil.yaml is composed once (ProfileDocument): for the workbook's name here, the profile below.
        let profileDocument = read("profil.yaml", required: true).map { data -> ProfileDocument in
            let file = path("profil.yaml")
            if let composed, composed.data == data, composed.file == file { return composed }
            return ProfileDocument(data, file: file)
        }
        let workbook = openWorkbook(named: profileDocument?.rawField("buku_kerja"), inputs: &inputs, log: &log)
        let sopData = read("sop.yaml", required: false)

        var tableLocations: [TableKind: TableLocation] = [:]
        /// A table from its CSV file or from the workbook's sheet of the same name, never both.
        func table(_ kind: TableKind, required: Bool) -> CSVSource? {
            let source = tableSource(kind.rawValue, schema: kind.schema, required: required)
            if let source { tableLocations[kind] = TableLocation(file: source.file, addressing: source.addressing) }
            return source
        }
        /// Whether the table's CSV file exists, asked of the file system once a table (issue 22: siklus was asked
        /// twice, and read asked again).
        var csvExists: [String: Bool] = [:]
        func hasCSV(_ name: String) -> Bool {
            if let known = csvExists[name] { return known }
            let exists = FileManager.default.fileExists(atPath: Self.file(name + ".csv", in: directory).path)
            csvExists[name] = exists
            return exists
        }
        /// The workbook's sheet for a table (SheetLookup); a hidden one is not read. Problems with the
        /// lookup are logged once per table.
        var lookedUp: [String: Workbook.Sheet?] = [:]
        var ambiguous: Set<String> = []
        func visibleSheet(_ name: String) -> Workbook.Sheet? {
            if let known = lookedUp[name] { return known }
            guard let workbook else { return nil }
            var found: Workbook.Sheet?
            switch SheetLookup.find(name, in: workbook.book.sheets) {
            case .exact(let sheet, let ignored):
                let shown = ignored.filter { !$0.hidden }
                let names = shown.map { "\"\($0.name)\"" }.joined(separator: ", ")
                if !shown.isEmpty {
                    let one = shown.count == 1
                    // realisasi and siklus hold every period in one sheet: beside them, `Realisasi TW1` and
                    // `Realisasi TW2` are most likely the other quarters, whose values would be missing from every
                    // sum with no more than this warning (a planner's trial: a `jumlah` of TW3 alone). A doubt.
                    // Only sheets whose name holds a quarter (`Realisasi TW1`, `Siklus Triwulan II`): `Realisasi 2024`,
                    // last year's kept, or `Realisasi (2)`, Excel's copy, are named as before.
                    let periodic =
                        (name == "realisasi" || name == "siklus")
                        && shown.contains { SheetLookup.namesAQuarter($0.name) }
                    log.warning(
                        path(workbook.name),
                        periodic
                            ? Message(
                                "the sheet \"\(sheet.name)\" is read as the \(name) table; \(names) \(one ? "is" : "are") named like it and not read, so \(one ? "its" : "their") rows are in no figure of the report: put every period's rows in the one sheet \(name) (each row carries its periode), and delete \(one ? "the other" : "the others")",
                                id:
                                    "lembar \"\(sheet.name)\" dibaca sebagai tabel \(name); \(names) bernama serupa dan tidak dibaca, sehingga barisnya tidak masuk angka mana pun dalam laporan: masukkan baris semua periode ke satu lembar \(name) (setiap baris memuat periodenya), lalu hapus yang lain"
                            )
                            : Message(
                                "the sheet \"\(sheet.name)\" is read as the \(name) table; \(names) \(one ? "is" : "are") named like it and not read (name the sheet to read \(name), and rename or delete \(one ? "the other" : "the others"))",
                                id:
                                    "lembar \"\(sheet.name)\" dibaca sebagai tabel \(name); \(names) bernama serupa dan tidak dibaca (beri nama \(name) pada lembar yang harus dibaca, dan ganti nama atau hapus yang lain)"
                            ), doubt: periodic)
                }
                found = sheet
            case .renamed(let sheet):
                if !sheet.hidden {
                    log.warning(
                        path(workbook.name),
                        Message(
                            "the sheet \"\(sheet.name)\" is read as the \(name) table (its name is the table's with a year or period); rename it \(name) to silence this",
                            id:
                                "lembar \"\(sheet.name)\" dibaca sebagai tabel \(name) (namanya nama tabel itu ditambah tahun atau periode); ganti namanya menjadi \(name) agar peringatan ini hilang"
                        ))
                }
                found = sheet
            case .several(let sheets):
                let names = sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
                // realisasi and siklus hold every period in one sheet; a budget or the indicators have no periode.
                let periodic = name == "realisasi" || name == "siklus"
                ambiguous.insert(name)
                log.error(
                    path(workbook.name),
                    Message(
                        "the sheets \(names) could each be the \(name) table; name the one to read \(name)\(periodic ? " (one sheet per table: its rows carry their periode)" : ", and delete or rename the others")",
                        id:
                            "lembar \(names) masing-masing bisa berupa tabel \(name); beri nama \(name) pada lembar yang harus dibaca\(periodic ? " (satu lembar per tabel: setiap barisnya memuat periode)" : ", lalu hapus atau ganti nama yang lain")"
                    ))
            case .none:
                break
            }
            if let sheet = found, sheet.hidden {
                log.warning(
                    path(workbook.name),
                    Message(
                        "the sheet \"\(sheet.name)\" is hidden and is not read; unhide it if it holds the \(name) table",
                        id:
                            "lembar \"\(sheet.name)\" tersembunyi dan tidak dibaca; tampilkan lembar itu jika berisi tabel \(name)"
                    ))
                found = nil
            }
            lookedUp[name] = .some(found)
            return found
        }
        /// The workbook's sheets, for a message about a table it lacks: `indikator, Data TW3, petunjuk`.
        /// The workbook's sheets as a message lists them, a hidden one marked (it is not read).
        func sheetList(_ workbook: (name: String, book: Workbook)) -> (en: String, id: String) {
            let sheets = workbook.book.sheets
            return (
                sheets.map { $0.hidden ? "\($0.name) (hidden)" : $0.name }.joined(separator: ", "),
                sheets.map { $0.hidden ? "\($0.name) (tersembunyi)" : $0.name }.joined(separator: ", ")
            )
        }
        // The profile's year, for what a sheet's title says (`TitleHints`); set once the profile is read, before
        // any table is.
        var reportYear: Int?
        func tableSource(_ name: String, schema: TableSchema, required: Bool) -> CSVSource? {
            let csvName = name + ".csv"
            switch (hasCSV(name), visibleSheet(name), workbook) {
            case (true, .some(let sheet), .some(let workbook)):
                log.error(
                    path(csvName),
                    Message(
                        "the \(name) table is both in \(csvName) and in the sheet \"\(sheet.name)\" of \(workbook.name); keep one of them (delete the file or the sheet)",
                        id:
                            "tabel \(name) ada di \(csvName) dan juga di lembar \"\(sheet.name)\" pada \(workbook.name); pertahankan salah satu (hapus berkas atau lembarnya)"
                    ))
                return nil
            case (false, .some(let sheet), .some(let workbook)):
                let file = path(workbook.name) + "[\(sheet.name)]"
                let rows: SheetRows
                do { rows = try workbook.book.rows(of: sheet) } catch {
                    log.error(
                        file, Message("cannot read the sheet: ", id: "lembar ini tidak dapat dibaca: ") + error.reason)
                    return nil
                }
                let (table, reported) = SheetTable.table(
                    rows, schema: schema, date1904: workbook.book.date1904,
                    file: file, year: reportYear, log: &log)
                return CSVSource(
                    table: table, file: file, schema: schema, addressing: .cell, reported: reported, log: &log)
            case (false, _, _):
                if ambiguous.contains(name) {
                    return nil
                } else if required, let workbook {
                    log.error(
                        path(workbook.name),
                        Message(
                            "the workbook has no visible sheet \(name) (its sheets: \(sheetList(workbook).en)); name the sheet that holds the \(name) table \(name), or add \(csvName) to the workspace (see `kinerja panduan`)",
                            id:
                                "buku kerja ini tidak punya lembar \(name) yang tampak (lembarnya: \(sheetList(workbook).id)); beri nama \(name) pada lembar yang berisi tabel \(name), atau tambahkan \(csvName) ke ruang kerja (lihat `kinerja panduan`)"
                        ))
                } else if required {
                    log.error(
                        path(csvName),
                        Message(
                            "required file \(csvName) is missing from the workspace (see `kinerja panduan`)",
                            id: "berkas wajib \(csvName) tidak ada di ruang kerja (lihat `kinerja panduan`)"))
                } else if let workbook, lookedUp[name] == .some(nil),
                    case let others = workbook.book.sheets.filter({
                        !$0.hidden && !SheetLookup.isTable($0.name) && $0.name.lowercased() != "petunjuk"
                    }),
                    !others.isEmpty
                {
                    log.warning(
                        path(workbook.name),
                        Message(
                            "the workbook has no visible sheet \(name) (its sheets: \(sheetList(workbook).en)), so the report has no \(name) section; if one of them holds it, name it \(name)",
                            id:
                                "buku kerja ini tidak punya lembar \(name) yang tampak (lembarnya: \(sheetList(workbook).id)), sehingga laporan tanpa bagian \(name); jika salah satunya berisi tabel itu, beri nama \(name)"
                        ))
                }
                return nil
            case (true, _, _):
                guard let data = read(csvName, required: true, exists: true) else { return nil }
                return CSVSource(data: data, file: path(csvName), schema: schema, log: &log)
            }
        }

        var profile = profileDocument.flatMap { ProfileLoader.load($0, sopLibrary: sopLibrary, log: &log) }
        if let override { profile?.period = override }
        reportYear = profile?.year
        let indicatorSource = table(.indikator, required: true)
        let indicators = indicatorSource.map { IndicatorLoader.load($0, log: &log) } ?? []
        if let indicatorSource { IndicatorLoader.checkParents(indicators, source: indicatorSource, log: &log) }
        if let indicatorSource, indicators.isEmpty, indicatorSource.table.records.isEmpty {
            let headerLine = indicatorSource.table.header.first?.line ?? 1
            indicatorSource.error(
                line: headerLine + 1, column: nil,
                Message(
                    "\(indicatorSource.name(of: "indikator").en) has a header but no indicator; add one row per indicator",
                    id:
                        "\(indicatorSource.name(of: "indikator").id) punya baris judul tetapi tidak ada indikator; tambahkan satu baris per indikator"
                ), log: &log)
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
        if let source = table(.realisasi, required: true) {
            let units = Dictionary(indicators.map { ($0.kode, $0.unit) }, uniquingKeysWith: { a, _ in a })
            let targets = Dictionary(
                indicators.compactMap { indicator in indicator.target.map { (indicator.kode, $0.bounds.lower) } },
                uniquingKeysWith: { a, _ in a })
            realisasi = RealisasiLoader.load(
                source, indicators: kodes, units: units, targets: targets,
                reportPeriod: reportPeriod, log: &log)
            ThousandsMarkRealisasi.check(realisasi, targets: targets, units: units, source: source, log: &log)
            if let year = reportPeriod?.year {
                CumulativeRealisasi.check(indicators, realisasi, year: year, source: source, log: &log)
                if let indicatorSource {
                    DateSerialTarget.check(
                        indicators, realisasi, year: year, date1904: workbook?.book.date1904 ?? false,
                        source: indicatorSource, log: &log)
                }
            }
        }
        var budget: [BudgetLine]?
        if let source = table(.anggaran, required: false) {
            budget = BudgetLoader.load(source, indicators: kodes, period: profile?.period ?? .annual, log: &log)
        }

        var bundled: [InputFile] = []
        let cycleSource = table(.siklus, required: false)
        // The cycle needs an SOP whenever siklus is given, even when its table has errors.
        let sop = loadSOP(
            sopData, named: profile?.sopName, needed: hasCSV("siklus") || visibleSheet("siklus") != nil,
            bundled: &bundled, log: &log)
        var cycle: [CycleRecord]?
        if let source = cycleSource {
            cycle = CycleLoader.load(source, reportPeriod: reportPeriod, sop: sop, log: &log)
        }

        let narrative = NarrativeLoader.load(
            from: directory, period: profile?.period, boundary: boundary, displayPath: path,
            inputs: &inputs, log: &log)

        guard !log.hasErrors, let profile, indicatorSource != nil else { return nil }
        inputs.sort { $0.path < $1.path }
        var workspace = Workspace(
            profile: profile, indicators: indicators, realisasi: realisasi, budget: budget,
            narrative: narrative, sop: sop, cycle: cycle, bundledFiles: bundled, inputFiles: inputs)
        workspace.tables = tableLocations
        return workspace
    }

    /// The workbook `buku_kerja` names, else the only .xlsx in the folder (Excel's `~$` lock files
    /// aside); nil when there is none or it cannot be read (then with an error).
    private func openWorkbook(
        named: String?, inputs: inout [InputFile], log: inout DiagnosticLog
    )
        -> (name: String, book: Workbook)?
    {
        let name: String
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        // Spreadsheets of another kind (data.ods): not read, and never passed over in silence.
        let others = files.compactMap { file in OtherSpreadsheet.advice(for: file).map { (file, $0) } }
        if let named {
            // A spreadsheet of another kind is already an error at profil.yaml's buku_kerja (OtherSpreadsheet).
            if OtherSpreadsheet.advice(for: named) != nil { return nil }
            guard FileManager.default.fileExists(atPath: Self.file(named, in: directory).path) else {
                log.error(
                    path("profil.yaml"),
                    Message(
                        "buku_kerja names \(named), which is not in the workspace folder; put the workbook beside profil.yaml or correct the name",
                        id:
                            "buku_kerja menyebut \(named), yang tidak ada di folder ruang kerja; letakkan buku kerja di samping profil.yaml atau perbaiki namanya"
                    ))
                // `kinerja init` writes `buku_kerja: data.xlsx`; the planner saved data.ods from LibreOffice.
                for (file, advice) in others { log.error(path(file), advice) }
                return nil
            }
            name = named
        } else {
            let found = files.filter {
                $0.lowercased().hasSuffix(".xlsx") && !$0.hasPrefix("~$") && !$0.hasPrefix(".~lock")
            }
            guard let only = found.first else {
                // No workbook, but a spreadsheet of another kind: the planner's data is there, in a form not read.
                for (file, advice) in others { log.error(path(file), advice) }
                return nil
            }
            guard found.count == 1 else {
                log.error(
                    path("profil.yaml"),
                    Message(
                        "the workspace has \(found.count) workbooks (\(found.joined(separator: ", "))); name the one to read in profil.yaml, e.g. `buku_kerja: \(only)`",
                        id:
                            "ruang kerja berisi \(found.count) buku kerja (\(found.joined(separator: ", "))); sebutkan yang harus dibaca di profil.yaml, mis. `buku_kerja: \(only)`"
                    ))
                return nil
            }
            name = only
        }
        // A workbook is read, and a spreadsheet of another kind lies beside it, perhaps the newer one.
        for (file, _) in others {
            log.warning(
                path(file),
                Message(
                    "\(file) is not read (kinerja reads .xlsx workbooks); \(name) is. If \(file) holds the newer figures, save it as \(name) (File › Save As › Excel 2007-365)",
                    id:
                        "\(file) tidak dibaca (kinerja membaca buku kerja .xlsx); yang dibaca \(name). Jika \(file) berisi angka yang lebih baru, simpan sebagai \(name) (File › Save As › Excel 2007-365)"
                ))
        }
        let url = Self.file(name, in: directory)
        guard let resolved = boundary.resolved(url) else {
            log.error(path(name), WorkspaceBoundary.outside(name))
            return nil
        }
        let data: Data
        switch WorkspaceFile.read(url, resolved: resolved) {
        case .success(let bytes): data = bytes
        case .failure(.unreadable):
            log.error(
                path(name),
                Message(
                    "cannot read \(name); check that it is a readable file and not open with a lock",
                    id: "\(name) tidak dapat dibaca; pastikan berkas itu bisa dibaca dan tidak sedang terkunci"))
            return nil
        case .failure(let problem):
            log.error(path(name), WorkspaceFile.message(problem, name))
            return nil
        }
        inputs.append(InputFile(path: name, data: data))
        do {
            return (name, try Workbook(data: data))
        } catch {
            log.error(
                path(name), Message("cannot read the workbook: ", id: "buku kerja tidak dapat dibaca: ") + error.reason)
            return nil
        }
    }

    /// The workspace's sop.yaml; else the bundled SOP profil.yaml names; else, when siklus.csv needs
    /// one, the default. A bundled SOP's bytes go to `bundled` for the manifest.
    private func loadSOP(
        _ own: Data?, named name: String?, needed: Bool, bundled: inout [InputFile],
        log: inout DiagnosticLog
    ) -> SOP? {
        if let own {
            if let name {
                log.warning(
                    path("profil.yaml"),
                    Message(
                        "the workspace has its own sop.yaml, which is used; `sop: \(name)` in profil.yaml is ignored",
                        id:
                            "ruang kerja punya sop.yaml sendiri, dan itulah yang dipakai; `sop: \(name)` di profil.yaml diabaikan"
                    ))
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
        let sop = library.parsed.sop(chosen, data: data, log: &log)
        // Named by nobody: the default is one agency's own SOP, whose steps name that agency.
        if name == nil, let sop {
            let number = sop.number.map { ", \($0)" } ?? ""
            log.note(
                path("profil.yaml"),
                Message(
                    "the cycle is measured against the bundled SOP \(chosen) (\(sop.name)\(number)), the default when profil.yaml names none; if your agency's SOP differs, name one with `sop:` (kinerja sop list) or add your own sop.yaml",
                    id:
                        "siklus diukur terhadap SOP bawaan \(chosen) (\(sop.name)\(number)), bawaan bila profil.yaml tidak menyebut SOP; jika SOP instansi Anda berbeda, sebutkan dengan `sop:` (kinerja sop list) atau tambahkan sop.yaml sendiri"
                ))
        }
        return sop
    }

    /// The file `name` right in `directory`: `directory.appendingPathComponent(name)` with its `path`, but without the
    /// stat(2) Foundation makes to tell whether to end it in a slash (issue 22: two of the six system calls of each
    /// table); what is there (a folder, a link, nothing) is asked after, by its path, as before.
    /// WorkspaceBoundaryParityTests compares the two.
    static func file(_ name: String, in directory: URL) -> URL {
        directory.appendingPathComponent(name, isDirectory: false)
    }

    /// How diagnostics name a file of this workspace.
    func path(_ name: String) -> String {
        displayPath.isEmpty || displayPath == "."
            ? name : (displayPath.hasSuffix("/") ? displayPath + name : displayPath + "/" + name)
    }
}
