import Foundation
import Testing

@testable import KinerjaKit

/// `kinerja init` (issue 7): a workspace to fill in, as CSV files or one workbook, that reports as it is
/// and says which values are still examples.
struct StarterTests {
    /// Both forms report without errors, give the same documents, and every document lists the examples.
    @Test func starterReportsAndNamesItsExampleValues() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        for form in ["csv", "xlsx"] {
            let initRun = try runKinerja(["init", form] + (form == "xlsx" ? ["--xlsx"] : []), in: folder.url)
            #expect(initRun.status == 0, "\(initRun.stderr)")
            let report = try runKinerja(["report", form, "--output", "out-\(form)", "--bahasa", "en"], in: folder.url)
            #expect(report.status == 0, "\(report.stderr)")
            #expect(
                report.stderr.contains(
                    "\(form)/profil.yaml: warning: pemerintah, instansi, alamat, tempat, kepala.nama, kepala.jabatan, kepala.pangkat, kepala.nip, penyusun.nama, penyusun.jabatan, penyusun.nip still hold the example values of `kinerja init`"
                ))
            #expect(
                report.stderr.contains(
                    form == "csv"
                        ? "csv/indikator.csv: warning: IKU-01, PRG-01 still hold"
                        : "xlsx/data.xlsx[indikator]: warning: IKU-01, PRG-01 still hold"))
        }
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("xlsx/data.xlsx").path))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("xlsx/indikator.csv").path))
        var csv = try snapshot(folder.url.appendingPathComponent("out-csv"))
        var xlsx = try snapshot(folder.url.appendingPathComponent("out-xlsx"))
        csv = csv.filter { !$0.key.hasSuffix("manifest.json") }
        xlsx = xlsx.filter { !$0.key.hasSuffix("manifest.json") }
        #expect(csv.count == 7)
        #expect(Set(csv.keys) == Set(xlsx.keys))
        for (name, data) in csv {
            // The same documents, but for naming the tables as sheets (and so the reports' hashes).
            #expect(
                maskedHashes(String(decoding: try #require(xlsx[name]), as: UTF8.self)) == asWorkbookReport(data),
                "\(name)")
        }
        for name in ["laporan-pemantauan.md", "ringkasan.md"] {
            let text = String(decoding: try #require(csv["contoh/2026-TW1/\(name)"]), as: UTF8.self)
            #expect(text.contains("> **Masih berisi nilai contoh.**"), "\(name)")
            #expect(text.contains("> - indikator: IKU-01, PRG-01"), "\(name)")
            // TW1: the LKjIP's chapters are in no document yet, so their skeletons are not listed.
            #expect(text.contains("> - narasi: faktor-pendorong.md") && !text.contains("ikhtisar.md"), "\(name)")
        }
        let html = String(decoding: try #require(csv["contoh/2026-TW1/ringkasan.html"]), as: UTF8.self)
        #expect(html.contains("<aside class=\"contoh\" aria-label=\"Masih berisi nilai contoh.\">"))
    }

    /// Once a value is replaced it is no longer listed; with none left the notice is gone.
    @Test func replacedValuesAreNoLongerExamples() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        _ = try StarterWorkspace.write(to: folder.url, xlsx: false)
        let profile = folder.url.appendingPathComponent("profil.yaml")
        let text = try String(contentsOf: profile, encoding: .utf8)
        try Data(
            text.replacingOccurrences(of: "instansi: Dinas Nama Instansi", with: "instansi: Dinas Pendidikan").utf8
        ).write(to: profile)
        try Data("Analisis sebenarnya.\n".utf8).write(
            to: folder.url.appendingPathComponent("narasi/faktor-pendorong.md"))
        var log = DiagnosticLog()
        let workspace = try #require(
            WorkspaceLoader(directory: folder.url, sopLibrary: SOPLibrary(besideTemplates: Paths.templates)).load(
                log: &log))
        let findings = ExampleValues.find(in: workspace)
        #expect(findings.first { $0.part == "profil.yaml" }?.items.contains("instansi") == false)
        #expect(findings.first { $0.part == "profil.yaml" }?.items.contains("pemerintah") == true)
        #expect(findings.first { $0.part == "narasi" }?.items.contains("faktor-pendorong.md") == false)
        #expect(findings.first { $0.part == "narasi" }?.items.contains("faktor-penghambat.md") == true)
        // At TW4 the LKjIP prints its chapters, and their skeletons are examples again.
        var yearEnd = workspace
        yearEnd.profile.period = .quarter(4)
        #expect(ExampleValues.find(in: yearEnd).first { $0.part == "narasi" }?.items.contains("ikhtisar.md") == true)
        #expect(findings.first { $0.part == "narasi" }?.items.contains("ikhtisar.md") == false)
        #expect(
            ExampleValues.find(
                in: Workspace(
                    profile: workspace.profile, indicators: [], realisasi: [], budget: nil,
                    inputFiles: [])
            ).map(\.part) == ["profil.yaml"])
        #expect(ExampleValues.context([]) == nil)
    }

    /// init's pangkat and jabatans are values a real official holds: counted while their line is init's, comment and
    /// all (a planner's trial printed init's pangkat under a Camat's name), not where the line was written anew, nor
    /// in the bundled examples, which hold the same pangkat and the penyusun's jabatan as their officials' own.
    @Test func theSignatorysExampleLinesAreExamples() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        _ = try StarterWorkspace.write(to: folder.url, xlsx: false)
        let profile = folder.url.appendingPathComponent("profil.yaml")
        let initText = try String(contentsOf: profile, encoding: .utf8)
        func items(_ text: String) throws -> [String] {
            try Data(text.utf8).write(to: profile)
            var log = DiagnosticLog()
            let workspace = try #require(
                WorkspaceLoader(directory: folder.url, sopLibrary: SOPLibrary(besideTemplates: Paths.templates)).load(
                    log: &log))
            return ExampleValues.find(in: workspace).first { $0.part == "profil.yaml" }?.items ?? []
        }
        let untouched = try items(initText)
        #expect(["kepala.jabatan", "kepala.pangkat", "penyusun.jabatan"].allSatisfy(untouched.contains))
        // Every signatory line retyped but the pangkat's, as the trial's planner did.
        var lines = initText.components(separatedBy: "\n").map { line -> String in
            let field = line.trimmingCharacters(in: .whitespaces)
            if field.hasPrefix("nama: NAMA KEPALA") { return "  nama: H. SYAFRIZAL, S.STP., M.Si." }
            if field.hasPrefix("jabatan: Kepala Dinas") { return "  jabatan: Camat Lima Kaum" }
            if field.hasPrefix("nama: NAMA PERENCANA") { return "  nama: RINI ASTUTI, S.E." }
            return line
        }
        let camat = try items(lines.joined(separator: "\n"))
        #expect(camat.contains("kepala.pangkat"))
        #expect(
            !camat.contains("kepala.jabatan") && !camat.contains("penyusun.jabatan") && !camat.contains("kepala.nama"))
        // The same pangkat with init's comment deleted: the planner wrote or checked it.
        lines = lines.map { $0.hasPrefix("  pangkat:") ? "  pangkat: Pembina Utama Muda (IV/c)" : $0 }
        #expect(!(try items(lines.joined(separator: "\n"))).contains("kepala.pangkat"))
        var log = DiagnosticLog()
        let example = try #require(
            WorkspaceLoader(directory: Paths.example, sopLibrary: SOPLibrary(besideTemplates: Paths.templates)).load(
                log: &log))
        #expect(example.profile.head.rank == ExampleValues.lines(initText)["kepala.pangkat"]?.value)
        #expect(ExampleValues.find(in: example).first { $0.part == "profil.yaml" } == nil)
    }

    @Test func initNeverReplacesFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(["ws/indikator.csv": "mine\n"])
        let result = try runKinerja(["init", "ws"], in: folder.url)
        #expect(result.status == 74)
        #expect(result.stderr.contains("indikator.csv"))
        #expect(
            try String(contentsOf: folder.url.appendingPathComponent("ws/indikator.csv"), encoding: .utf8) == "mine\n")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("ws/profil.yaml").path))
    }

    @Test func sameBytesEveryRun() throws {
        for xlsx in [false, true] {
            let a = try StarterWorkspace.files(xlsx: xlsx), b = try StarterWorkspace.files(xlsx: xlsx)
            #expect(a.map(\.path) == b.map(\.path))
            #expect(a.map(\.data) == b.map(\.data))
        }
    }

    /// The generated workbook opened by a real spreadsheet application: LibreOffice converts each sheet
    /// to CSV, and what it reads is the starter's tables; the workbook as LibreOffice saves it again
    /// gives kinerja the same reports.
    @Test(
        .enabled(
            if: Tools.soffice != nil || Tools.required,
            "LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui): the workbook is not opened in a spreadsheet application"
        ))
    func libreOfficeReadsAndRewritesTheWorkbook() throws {
        let soffice = try #require(Tools.soffice, "LibreOffice is required (KINERJA_REQUIRE_TOOLS=1)").path
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let workspace = folder.url.appendingPathComponent("ws")
        _ = try StarterWorkspace.write(to: workspace, xlsx: true)
        let book = workspace.appendingPathComponent("data.xlsx")
        let csvFolder = folder.url.appendingPathComponent("csv")
        let profile = folder.url.appendingPathComponent("lo-profile")
        // Every sheet to its own CSV (`;`, UTF-8); an own profile folder so runs do not collide.
        let convert = try runProcess(
            URL(fileURLWithPath: soffice),
            [
                "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):59,34,76,1,,1033,false,true,false,false,false,-1",
                "--outdir", csvFolder.path, book.path,
            ])
        #expect(convert.status == 0, "\(convert.stderr)")
        for table in StarterTables.tables(year: StarterWorkspace.defaultYear) {
            let text = try String(
                contentsOf: csvFolder.appendingPathComponent("data-\(table.name).csv"), encoding: .utf8)
            let lines = text.split(whereSeparator: \.isNewline).map(String.init)
            #expect(lines.first == table.columns.map(\.name).joined(separator: ";"), "\(table.name)")
            #expect(lines.count == 3, "\(table.name): \(lines)")
            #expect(lines.dropFirst().first?.hasPrefix(table.rows[0][0] + ";") == true, "\(table.name)")
        }
        let guide = try String(contentsOf: csvFolder.appendingPathComponent("data-petunjuk.csv"), encoding: .utf8)
        #expect(guide.contains("indikator;polaritas;\"positif: makin tinggi makin baik;"))

        // Saved again by LibreOffice: its own shared strings, styles and number formats.
        let resaved = folder.url.appendingPathComponent("resaved")
        let save = try runProcess(
            URL(fileURLWithPath: soffice),
            [
                "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir", resaved.path, book.path,
            ])
        #expect(save.status == 0, "\(save.stderr)")
        let first = try runKinerja(["report", "ws", "--output", "out1"], in: folder.url)
        try FileManager.default.removeItem(at: book)
        try FileManager.default.copyItem(at: resaved.appendingPathComponent("data.xlsx"), to: book)
        let second = try runKinerja(["report", "ws", "--output", "out2"], in: folder.url)
        #expect(first.status == 0 && second.status == 0, "\(second.stderr)")
        let a = try snapshot(folder.url.appendingPathComponent("out1")).filter { !$0.key.hasSuffix("manifest.json") }
        let b = try snapshot(folder.url.appendingPathComponent("out2")).filter { !$0.key.hasSuffix("manifest.json") }
        #expect(a.count == 7)
        #expect(maskedPaperCode(a) == maskedPaperCode(b), "LibreOffice's copy of the workbook gives the same reports")
    }
}
