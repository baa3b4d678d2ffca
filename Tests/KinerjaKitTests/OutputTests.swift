import Foundation
import Testing

@testable import KinerjaKit

/// The command end to end: files written, manifest, reproducibility, dialects and user templates.
struct OutputTests {
    @Test func reportWritesEveryOutputWithAManifest() throws {
        let out = try TemporaryFolder()
        defer { out.cleanUp() }
        let inputs = try snapshot(Paths.example)
        let result = try runKinerja(["report", Paths.example.path, "--output", out.url.path], in: Paths.root)
        #expect(result.status == 0, "\(result.stderr)")
        let folder = out.url.appendingPathComponent("disdikbud/2024-TW3")
        #expect(result.stdout.contains("ditulis \(out.url.path)/disdikbud/2024-TW3/capaian.csv"))  // bahasa: id
        #expect(
            result.stdout.hasSuffix(
                "rata-rata capaian IKU 97,15% (Sangat Tinggi); 1 IKU tanpa capaian (1 belum-ada-data); 1 IKU belum melaporkan TW3\n"
            ))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == [
                    "capaian.csv", "kepatuhan-sop.csv", "laporan-pemantauan.html", "laporan-pemantauan.md",
                    "manifest.json",
                    "ringkasan.html", "ringkasan.md", "serapan-anggaran.csv",
                ])

        let manifest = try JSONDecoder().decode(
            Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
        #expect(manifest.period == "2024-TW3" && manifest.version == KinerjaVersion.current)
        #expect(
            manifest.inputs.map(\.path) == [
                "anggaran.csv", "indikator.csv", "narasi/faktor-pendorong.md",
                "narasi/faktor-penghambat.md", "narasi/sasaran/4.md",
                "narasi/tindak-lanjut.md", "profil.yaml", "realisasi.csv", "siklus.csv",
            ])
        #expect(manifest.templates.map(\.path).contains("laporan-pemantauan.html.mustache"))
        // The bundled SOP the cycle was measured against is part of what the outputs were made from.
        let sop = try #require(manifest.templates.first { $0.path == "SOP/disdikbud-pesisir-selatan.yaml" })
        #expect(sop.sha256 == Hashing.sha256(try Data(contentsOf: Paths.root.appendingPathComponent(sop.path))))
        #expect(manifest.templates.map(\.path).contains("label/id.yaml"))
        for entry in manifest.outputs {
            let data = try Data(contentsOf: folder.appendingPathComponent(entry.path))
            #expect(entry.sha256 == Hashing.sha256(data) && entry.size == data.count, "\(entry.path)")
        }
        for entry in manifest.inputs {
            #expect(
                entry.sha256 == Hashing.sha256(try Data(contentsOf: Paths.example.appendingPathComponent(entry.path))))
        }
        let text = try String(contentsOf: folder.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(!text.contains(FileManager.default.temporaryDirectory.path) && !text.contains(folder.path), "no paths")
        // No timestamp: the only dates are the profile's own (tanggal 2024-10-15), never today's in any form.
        let today = Date(), utc = TimeZone(identifier: "UTC")!
        for format in ["yyyy-MM-dd", "yyyyMMdd", "dd-MM-yyyy", "dd/MM/yyyy", "yyyy/MM/dd"] {
            let formatter = DateFormatter()
            (formatter.dateFormat, formatter.timeZone, formatter.locale) = (
                format, utc, Locale(identifier: "en_US_POSIX")
            )
            #expect(!text.contains(formatter.string(from: today)), "today's date (\(format)) in manifest.json")
        }
        #expect(text.firstMatch(of: /\d{2}:\d{2}:\d{2}/) == nil, "no time of day in manifest.json")
        #expect(try snapshot(Paths.example) == inputs, "input files must not change")
    }

    /// Same inputs → same bytes, whatever the time zone, the locale or the working directory.
    @Test func sameInputSameBytes() throws {
        let first = try TemporaryFolder(), second = try TemporaryFolder()
        defer {
            first.cleanUp()
            second.cleanUp()
        }
        let a = try runKinerja(
            ["report", Paths.example.path, "--output", first.url.path], in: Paths.root,
            environment: ["TZ": "Asia/Jakarta", "LANG": "id_ID.UTF-8", "LC_ALL": "id_ID.UTF-8"])
        let b = try runKinerja(
            ["report", Paths.example.path, "--output", second.url.path], in: second.url,
            environment: ["TZ": "America/New_York", "LANG": "C", "LC_ALL": "C"])
        #expect(a.status == 0 && b.status == 0)
        let sub = "disdikbud/2024-TW3"
        #expect(try snapshot(first.url.appendingPathComponent(sub)) == snapshot(second.url.appendingPathComponent(sub)))
    }

    @Test func checkWritesNothingAndPrintsTheSummary() throws {
        let cwd = try TemporaryFolder()
        defer { cwd.cleanUp() }
        let result = try runKinerja(["check", Paths.example.path, "--bahasa", "en"], in: cwd.url)
        #expect(result.status == 0)
        // --bahasa en
        #expect(result.stdout.hasPrefix("Disdikbud 2024-TW3: 17 indicators (15 KPI), average KPI capaian 97.15%"))
        #expect(result.stderr.contains("warning: capaian_renstra of IKU-10 is left empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cwd.url.path).isEmpty)
    }

    /// Formula-like names are neutralised in the spreadsheet dialect only, and both dialects stay valid CSV.
    @Test func hostileNamesInBothDialects() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write([
            "profil.yaml": minimalProfile,
            "indikator.csv": """
            kode,tingkat,sasaran,indikator,satuan,polaritas,target
            A,sasaran,"=HYPERLINK(""http://x"")",+62 peserta,%,positif,90
            B,sasaran,"Sasaran; dengan ""kutip""\nbaris dua",-minus,@user,negatif,20
            C,sasaran,Biasa,Nama biasa,%,positif,80

            """,
            "realisasi.csv": "kode,periode,nilai,catatan\nA,TW3,100.5,\"=1+1\"\nB,TW3,15,\"\tTab\"\nC,TW3,70,\n",
        ])
        func render(_ dialect: CSVDialect) throws -> String {
            var log = DiagnosticLog()
            let request = RunRequest(workspace: folder.url, defaultTemplates: Paths.templates, dialect: dialect)
            let result = try #require(Pipeline.run(request, log: &log))
            return String(decoding: try #require(result.files.first { $0.name == "capaian.csv" }).data, as: UTF8.self)
        }
        let standard = CSVReader().read(try render(.standar), delimiter: ",")
        #expect(standard.problems.isEmpty)
        #expect(standard.table.records.map { $0.cells.count } == [21, 21, 21])
        // neutralised in every dialect
        #expect(standard.table.records[0].cells[2].value == "'=HYPERLINK(\"http://x\")")
        #expect(standard.table.records[1].cells[2].value == "Sasaran; dengan \"kutip\"\nbaris dua")
        #expect(standard.table.records[0].cells[11].value == "100.5")

        var excel = try render(.excelID)
        #expect(excel.hasPrefix("\u{FEFF}"))
        excel.removeFirst()
        let spreadsheet = CSVReader().read(excel, delimiter: ";")
        #expect(spreadsheet.problems.isEmpty)
        let rows = spreadsheet.table.records.map { $0.cells.map(\.value) }
        #expect(rows.map(\.count) == [21, 21, 21])
        #expect(rows[0][2] == "'=HYPERLINK(\"http://x\")" && rows[0][3] == "'+62 peserta" && rows[0][20] == "'=1+1")
        #expect(rows[1][3] == "'-minus" && rows[1][4] == "'@user")
        #expect(rows[1][20] == "Tab")  // cells are trimmed when read, so a leading tab never reaches the output
        #expect(rows[0][11] == "100,5" && rows[0][12] == "111,67")  // decimal comma, numbers untouched
        #expect(rows[2][3] == "Nama biasa")
        #expect(excel.contains("\r\n"))
    }

    @Test func neutralisationCoversEveryFormulaStart() {
        // Issue 20: both dialects, since any CSV may be opened in a spreadsheet; full-width forms too.
        for start in ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"] {
            #expect(CSVDialect.excelID.text(start + "x") == "'" + start + "x")
            #expect(CSVDialect.standar.text(start + "x") == "'" + start + "x")
        }
        #expect(CSVDialect.excelID.text("x=1") == "x=1")
        for number in ["-5", "-0,25", "+1.234,5", "80-90", "-0.5--0.25"] {
            #expect(CSVDialect.standar.text(number) == number, "\(number) is data")
        }
        #expect(CSVDialect.standar.text("-5+cmd") == "'-5+cmd")
        // Numbers are not text: a negative number stays a number.
        #expect(CSVDialect.excelID.number(-5) == "-5")
    }

    @Test func userTemplatesReplaceTheDefaults() throws {
        let templates = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            templates.cleanUp()
            out.cleanUp()
        }
        try templates.write([
            "capaian.csv.mustache":
                "{{% CONTENT_TYPE: CSV }}\nkode,capaian\n{{#baris}}\n{{kode}},{{capaian}}\n{{/baris}}\n"
        ])
        let result = try runKinerja(
            ["report", Paths.example.path, "--output", out.url.path, "--templates", templates.url.path],
            in: Paths.root)
        #expect(result.status == 0)
        let csv = try String(
            contentsOf: out.url.appendingPathComponent("disdikbud/2024-TW3/capaian.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("kode,capaian\nIKU-01,98.13\nIKU-02,91.67\n"))
        // serapan-anggaran.csv falls back to the default template.
        let budget = try String(
            contentsOf: out.url.appendingPathComponent("disdikbud/2024-TW3/serapan-anggaran.csv"), encoding: .utf8)
        #expect(budget.hasPrefix("kode,uraian,induk,periode,pagu,"))
    }

    @Test func aBrokenTemplateIsADiagnosticAndNothingIsWritten() throws {
        let templates = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            templates.cleanUp()
            out.cleanUp()
        }
        try templates.write([
            "capaian.csv.mustache": "{{% CONTENT_TYPE: CSV }}\nkode\n{{#baris}}\n{{kode}}\n{{/barisx}}\n"
        ])
        let result = try runKinerja(
            ["report", Paths.example.path, "--output", out.url.path, "--templates", templates.url.path],
            in: Paths.root)
        #expect(result.status == 1)
        // The example's bahasa is id, so the run speaks Indonesian; the error is in words, at the closing tag.
        #expect(
            result.stderr.contains(
                "\(templates.url.path)/capaian.csv.mustache:5:1: kesalahan: bagian {{#baris}} (baris 3, kolom 1) ditutup dengan {{/barisx}}"
            ), "\(result.stderr)")
        #expect(!result.stderr.contains("sectionCloseNameIncorrect"))
        #expect(result.stderr.contains("kesalahan; tidak ada yang ditulis."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.url.path).isEmpty)
    }

    @Test func writerReplacesFilesWholeAndLeavesNoTemporaries() throws {
        let out = try TemporaryFolder()
        defer { out.cleanUp() }
        _ = try OutputWriter.write([OutputFile(name: "a.csv", data: Data("old\n".utf8))], to: out.url)
        let urls = try OutputWriter.write(
            [
                OutputFile(name: "a.csv", data: Data("new\n".utf8)),
                OutputFile(name: "b.csv", data: Data("b\n".utf8)),
            ], to: out.url)
        #expect(urls.map(\.lastPathComponent) == ["a.csv", "b.csv"])
        #expect(try String(contentsOf: out.url.appendingPathComponent("a.csv"), encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.url.path).sorted() == ["a.csv", "b.csv"])
    }

    /// A file that cannot be put in place (here a folder holds its name) fails the write with the
    /// system's reason at that file; no temporary file is left, and an empty file is written whole.
    @Test func writerReportsAFailedFileAndLeavesNoTemporaries() throws {
        let out = try TemporaryFolder()
        defer { out.cleanUp() }
        try FileManager.default.createDirectory(
            at: out.url.appendingPathComponent("b.csv"), withIntermediateDirectories: false)
        #expect {
            _ = try OutputWriter.write(
                [OutputFile(name: "a.csv", data: Data()), OutputFile(name: "b.csv", data: Data("b\n".utf8))],
                to: out.url)
        } throws: { error in
            let failure = error as? OutputWriter.Failure
            return failure?.path == out.url.appendingPathComponent("b.csv").path && failure?.reason.en.isEmpty == false
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.url.path).filter { $0.contains(".tmp-") }.isEmpty)
        _ = try OutputWriter.write([OutputFile(name: "a.csv", data: Data())], to: out.url)
        #expect(try Data(contentsOf: out.url.appendingPathComponent("a.csv")).isEmpty)
    }

    /// Issue 20: when one output cannot be put in place, the earlier outputs stay exactly as they were,
    /// never a mix of the two runs, and nothing of the attempt is left.
    @Test func aFailedWriteLeavesTheEarlierOutputsWhole() throws {
        let out = try TemporaryFolder()
        defer { out.cleanUp() }
        _ = try OutputWriter.write(
            [
                OutputFile(name: "a.csv", data: Data("old a\n".utf8)),
                OutputFile(name: "b.csv", data: Data("old b\n".utf8)),
            ], to: out.url)
        try FileManager.default.createDirectory(
            at: out.url.appendingPathComponent("c.csv"), withIntermediateDirectories: false)
        #expect(throws: OutputWriter.Failure.self) {
            _ = try OutputWriter.write(
                [
                    OutputFile(name: "a.csv", data: Data("new a\n".utf8)),
                    OutputFile(name: "b.csv", data: Data("new b\n".utf8)),
                    OutputFile(name: "d.csv", data: Data("new d\n".utf8)),
                    OutputFile(name: "c.csv", data: Data("new c\n".utf8)),
                ], to: out.url)
        }
        #expect(try String(contentsOf: out.url.appendingPathComponent("a.csv"), encoding: .utf8) == "old a\n")
        #expect(try String(contentsOf: out.url.appendingPathComponent("b.csv"), encoding: .utf8) == "old b\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.url.path).sorted() == ["a.csv", "b.csv", "c.csv"])
    }

    @Test func slugs() {
        #expect(Slug.make("Disdikbud") == "disdikbud")
        #expect(Slug.make("Dinas Pendidikan & Kebudayaan") == "dinas-pendidikan-kebudayaan")
        #expect(Slug.make("Kecamatan Koto XI Tarusan") == "kecamatan-koto-xi-tarusan")
        #expect(Slug.make("Bappéda") == "bappeda")
    }
}
