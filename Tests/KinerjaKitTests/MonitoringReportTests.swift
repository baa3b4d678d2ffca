import Foundation
import Testing

@testable import KinerjaKit

/// The quarterly monitoring report end to end: hostile names, narrative safety, the English variant,
/// template checks and user templates.
struct MonitoringReportTests {
    static let longName = String(repeating: "Persentase sekolah dengan sarana sanitasi layak ", count: 8)

    /// A workspace whose names try to break both formats.
    static let hostile: [String: String] = [
        "profil.yaml": minimalProfile.replacingOccurrences(
            of: "instansi: Dinas Contoh", with: "instansi: \"Dinas <script>alert(1)</script> | *Contoh*\""),
        "indikator.csv": """
        kode,tingkat,sasaran,indikator,satuan,polaritas,target
        A|1,sasaran,"Sasaran | dengan *pipa* dan _garis_",<b>Tebal</b> & [tautan](javascript:alert(1)),%,positif,90
        B,sasaran,"Sasaran | dengan *pipa* dan _garis_","Nama
        dua baris # bukan judul",`kode`,negatif,20
        C,sasaran,Pendidikan – Ketahanan Pangan (ஆ 教育 🎓),\(longName),%,positif,80

        """,
        "realisasi.csv":
            "kode,periode,nilai,catatan\nA|1,TW3,100.5,\"- bukan daftar | <img src=x onerror=alert(1)>\"\nB,TW3,15,\"=1+1\"\nC,TW3,50,\n",
        "sop.yaml": """
        nama: "SOP | <script>alert(2)</script>"
        pelaksana: ["Kepala | Dinas", "<i>Sekretaris</i>"]
        langkah:
          - no: 1
            uraian: "Perintah | *segera* <script>alert(3)</script>"
            pelaksana: "Kepala | Dinas"
            kelengkapan: "[surat](javascript:alert(4))"
            waktu: 15 menit
            output: "# Disposisi"
          - no: 2
            uraian: Kumpul data
            pelaksana: <i>Sekretaris</i>
            waktu: 3 hari

        """,
        "siklus.csv":
            "periode,langkah,mulai,selesai,pelaksana,catatan\nTW3,1,2024-10-01 08:00,2024-10-01 09:00,\"<b>ANDI</b> | (<i>Sekretaris</i>)\",\"*tergesa* | <img src=x>\"\nTW3,7,2024-10-02,,x|y,\n",
        "narasi/faktor-pendorong.md":
            "Teks **tebal**.\n\n<script>alert('x')</script>\n\n[klik](javascript:alert(1)) <img src=\"http://example.com/x.png\">\n",
    ]

    /// Renders a workspace. The default templates are also named as the user's, so that the run checks
    /// their names against the contexts (a run skips that check for the defaults alone).
    func render(_ files: [String: String]) throws -> (md: String, html: String, log: DiagnosticLog) {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(files)
        var log = DiagnosticLog()
        let request = RunRequest(workspace: folder.url, templates: Paths.templates, defaultTemplates: Paths.templates)
        let result = try #require(
            Pipeline.run(request, log: &log),
            "\(log.sorted)")
        func text(_ name: String) throws -> String {
            String(decoding: try #require(result.files.first { $0.name == name }).data, as: UTF8.self)
        }
        return (try text("laporan-pemantauan.md"), try text("laporan-pemantauan.html"), log)
    }

    /// Cells of a GitHub table row: split at `|` not preceded by a backslash.
    static func cells(_ line: String) -> Int {
        var count = 0, escaped = false
        for character in line {
            if character == "|" && !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count - 1
    }

    /// Expects every row of every table in `md` to have its header's number of cells; returns how many tables.
    static func expectTablesInShape(
        _ md: String, _ name: String = "", sourceLocation: SourceLocation = #_sourceLocation
    ) -> Int {
        let lines = md.components(separatedBy: "\n")
        var tables = 0, index = 0
        while index < lines.count {
            guard lines[index].hasPrefix("|") else {
                index += 1
                continue
            }
            let width = cells(lines[index])
            tables += 1
            while index < lines.count, lines[index].hasPrefix("|") {
                #expect(
                    cells(lines[index]) == width, "\(name) line \(index + 1): \(lines[index])",
                    sourceLocation: sourceLocation)
                index += 1
            }
        }
        return tables
    }

    @Test func hostileNamesKeepEveryMarkdownTableInShape() throws {
        let (md, _, _) = try render(Self.hostile)
        #expect(Self.expectTablesInShape(md) >= 6)  // including the SOP table and the records of unknown steps
        // The names arrive escaped, whole, on one line.
        #expect(md.contains("\\<b\\>Tebal\\</b\\> \\& \\[tautan\\](javascript:alert(1))"))
        #expect(md.contains("Nama dua baris \\# bukan judul"))
        #expect(md.contains(Self.longName.trimmingCharacters(in: .whitespaces)))
        #expect(md.contains("Pendidikan – Ketahanan Pangan (ஆ 教育 🎓)"))
        #expect(md.contains("\\- bukan daftar \\| \\<img src=x onerror=alert(1)\\>"))
        // Through cmark (no table extension) nothing a name wrote becomes markup.
        let html = Markdown.html(md)
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>Tebal"))
        #expect(!html.contains("<em>pipa</em>") && !html.contains("<code>kode</code>"))
    }

    @Test func hostileNamesNeverBecomeHTML() throws {
        let (_, html, _) = try render(Self.hostile)
        #expect(!html.contains("<script"), "no script from names or narrative")
        #expect(
            !html.contains("<b>Tebal") && html.contains("&lt;b&gt;Tebal&lt;/b&gt; &amp; [tautan](javascript:alert(1))"))
        #expect(!html.contains("<img"), "no image tag, from a catatan or the narrative")
        #expect(!html.contains("href=\"javascript:"))
        #expect(html.contains("<!-- raw HTML omitted -->") && html.contains("<strong>tebal</strong>"))
        #expect(html.contains("Dinas &lt;script&gt;alert(1)&lt;/script&gt; | *Contoh*"))
        // Every element the templates open is closed.
        for tag in ["table", "tr", "td", "th", "section", "div", "svg", "p"] {
            let opened =
                html.components(separatedBy: "<\(tag)>").count + html.components(separatedBy: "<\(tag) ").count - 2
            #expect(opened == html.components(separatedBy: "</\(tag)>").count - 1, "<\(tag)>")
        }
    }

    /// The workspace's own sop.yaml and siklus.csv reach both formats as text, never as markup.
    @Test func hostileCycleTextIsEscaped() throws {
        let (md, html, log) = try render(Self.hostile)
        #expect(md.contains("| Kepala \\| Dinas | \\<i\\>Sekretaris\\</i\\> |"))
        #expect(md.contains("Perintah \\| \\*segera\\* \\<script\\>alert(3)\\</script\\>"))
        #expect(md.contains("dilaksanakan oleh \\<i\\>Sekretaris\\</i\\>, bukan Kepala \\| Dinas sesuai SOP"))
        #expect(!html.contains("<i>"))
        #expect(
            html.contains(
                "<text class=\"lajur-nama\" x=\"253\" y=\"14\" text-anchor=\"middle\">&lt;i&gt;Sekretaris&lt;/i&gt;</text>"
            ))
        #expect(html.contains("dilaksanakan oleh &lt;i&gt;Sekretaris&lt;/i&gt;, bukan Kepala | Dinas sesuai SOP"))
        // Step 7 is not in the SOP: a warning at its line and a finding, not an error.
        #expect(
            log.warnings.contains {
                $0.file.hasSuffix("siklus.csv") && $0.line == 3 && $0.message.en.contains("langkah 7 is not a step")
            })
        #expect(md.contains("| 7 | 2 Okt 2024 | – | x\\|y | langkah ini tidak ada di SOP |"))
    }

    @Test func aMissingNarrativeFileSaysSoInOneLine() throws {
        let (md, html, _) = try render(Self.hostile)
        #expect(md.contains("*Narasi belum disediakan (narasi/faktor-penghambat.md).*"))
        #expect(html.contains("<p class=\"tanpa\">Narasi belum disediakan (narasi/tindak-lanjut.md).</p>"))
        #expect(!md.contains("narasi/faktor-pendorong.md"), "a file that exists is used, not announced missing")
    }

    @Test func englishVariant() throws {
        var files = try snapshot(Paths.example).mapValues { String(decoding: $0, as: UTF8.self) }
        files["profil.yaml"] = files["profil.yaml"]!.replacingOccurrences(of: "bahasa: id", with: "bahasa: en")
        let (md, html, _) = try render(files)
        try expectGolden(Data(md.utf8), "disdikbud-2024-TW3/laporan-pemantauan.en.md")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("Performance Monitoring Report Quarter III Year 2024"))
        #expect(html.contains("97.15% <span class=\"kat k0\">Very high</span>"))
        #expect(html.contains("15 October 2024"))
        // No Indonesian fixed label is left (the agency's own names stay as written).
        for label in ["Ringkasan", "Rata-rata capaian", "Catatan", "Narasi belum", "Realisasi s.d."] {
            #expect(!html.contains(label) && !md.contains(label), "\(label)")
        }
    }

    @Test func everyLabelExistsInBothLanguages() throws {
        var log = DiagnosticLog()
        let templates = TemplateSet(defaults: Paths.templates, user: nil, log: &log)
        #expect(log.diagnostics.isEmpty)
        #expect(Set(templates.labels(.id).keys) == Set(templates.labels(.en).keys))
        #expect(templates.labels(.id).count > 50)
    }

    @Test func unknownNamesInATemplateAreWarnedAtTheirPlace() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write([
            "laporan-pemantauan.md.mustache": """
            {{% CONTENT_TYPE: Markdown }}
            # {{l.judul}} {{periode.nama}}
            ## {{l.ringkasn}}
            {{#sasaran}}{{pernyataan}} {{nomor}} {{instansi.nama}}{{#indikator}}{{kode}} {{kode_salah}}{{/indikator}}{{/sasaran}}
            {{#ringkasan.tanpa_capaian}}{{apa_saja}}{{/ringkasan.tanpa_capaian}}
            {{> _bagian.md}}
            {{> _tidak-ada.md}}
            """,
            "_bagian.md.mustache": "{{% CONTENT_TYPE: Markdown }}\n{{periode.tahun}}\n  {{periode.tahunn}}\n",
        ])
        var log = DiagnosticLog()
        let templates = TemplateSet(defaults: Paths.templates, user: folder.url, log: &log)
        var check = TemplateNameCheck(templates: templates)
        check.check("laporan-pemantauan.md", schema: DocumentKind.laporanPemantauan.schema, language: .id, log: &log)
        let path = folder.url.appendingPathComponent("laporan-pemantauan.md.mustache").path
        let partial = folder.url.appendingPathComponent("_bagian.md.mustache").path
        // A label in no label file is an error (issue 18), not a blank heading.
        let labelFile = Paths.templates.appendingPathComponent("label/id.yaml").path
        #expect(
            log.errors.map(\.description) == [
                "\(path):3:4: error: {{l.ringkasn}}: label ringkasn is in no label file of bahasa id (\(labelFile)); add the line `ringkasn: …` to label/id.yaml in your templates folder, or correct the name"
            ])
        #expect(
            log.warnings.map(\.description) == [
                "\(path):4:78: warning: {{kode_salah}} is not a name the context of laporan-pemantauan.md has, so it renders as nothing; see docs/templates.md for the names",
                "\(path):5:29: warning: {{apa_saja}} is not a name the context of laporan-pemantauan.md has, so it renders as nothing; see docs/templates.md for the names",
                "\(partial):3:3: warning: {{periode.tahunn}} is not a name the context of laporan-pemantauan.md has, so it renders as nothing; see docs/templates.md for the names",
                "\(path):7:1: warning: partial {{> _tidak-ada.md}} not found among the templates; it renders as nothing",
            ])
        // The check reads the view's schema, not the example's data (TemplateSchemaTests: a typo inside a
        // section that is empty for the example is reported too).
    }

    @Test func theDefaultTemplatesUseOnlyNamesTheContextHas() throws {
        for language in ["id", "en"] {
            var files = try snapshot(Paths.example).mapValues { String(decoding: $0, as: UTF8.self) }
            files["profil.yaml"] = files["profil.yaml"]!.replacingOccurrences(
                of: "bahasa: id", with: "bahasa: \(language)")
            let (_, _, log) = try render(files)
            #expect(!log.warnings.contains { $0.file.contains(".mustache") }, "\(log.warnings)")
        }
    }

    /// The promise of issue 3: copy the templates, change a heading, see it in the next run.
    @Test func aHeadingChangedInAnExportedTemplateAppears() throws {
        let templates = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            templates.cleanUp()
            out.cleanUp()
        }
        let export = try runKinerja(["templates", "export", templates.url.path], in: Paths.root)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("label/en.yaml"))
        // Section 1 of the Markdown report is its own partial (docs/templates.md).
        let file = templates.url.appendingPathComponent("_laporan-ringkasan.md.mustache")
        let original = try String(contentsOf: file, encoding: .utf8)
        #expect(original.contains("## 1. {{l.ringkasan}}"))
        try original.replacingOccurrences(of: "## 1. {{l.ringkasan}}", with: "## 1. Ikhtisar Triwulan Ini")
            .write(to: file, atomically: true, encoding: .utf8)
        let labels = templates.url.appendingPathComponent("label/id.yaml")
        try (try String(contentsOf: labels, encoding: .utf8)).replacingOccurrences(
            of: "perhatian: Indikator yang Perlu Perhatian", with: "perhatian: Lampu Kuning"
        )
        .write(to: labels, atomically: true, encoding: .utf8)

        let run = try runKinerja(
            ["report", Paths.example.path, "--output", out.url.path, "--templates", templates.url.path], in: Paths.root)
        #expect(run.status == 0, "\(run.stderr)")
        let folder = out.url.appendingPathComponent("disdikbud/2024-TW3")
        let md = try String(contentsOf: folder.appendingPathComponent("laporan-pemantauan.md"), encoding: .utf8)
        let html = try String(contentsOf: folder.appendingPathComponent("laporan-pemantauan.html"), encoding: .utf8)
        #expect(md.contains("## 1. Ikhtisar Triwulan Ini\n") && !md.contains("## 1. Ringkasan"))
        #expect(md.contains("## 3. Lampu Kuning") && html.contains("3. Lampu Kuning</h2>"))

        // A second export does not overwrite the edits.
        let again = try runKinerja(["templates", "export", templates.url.path], in: Paths.root)
        #expect(again.status == 74 && again.stderr.contains("pass --force"))
        #expect(try String(contentsOf: file, encoding: .utf8).contains("Ikhtisar Triwulan Ini"))
    }
}

/// docs/templates.md names every key a template can use (labels excepted: they are the label files).
struct TemplateReferenceTests {
    static func keys(_ value: Any, into names: inout Set<String>) {
        if let dictionary = value as? [String: Any] {
            for (key, child) in dictionary where key != "l" {
                names.insert(key)
                keys(child, into: &names)
            }
        } else if let list = value as? [Any] {
            for item in list { keys(item, into: &names) }
        }
    }

    @Test func everyNameOfTheContextIsDocumented() throws {
        let doc = try String(contentsOf: Paths.root.appendingPathComponent("docs/templates.md"), encoding: .utf8)
        let (report, _) = computeReport(Paths.example)
        var log = DiagnosticLog()
        let labels = TemplateSet(defaults: Paths.templates, user: nil, log: &log).labels(.id)
        var names = Set<String>()
        Self.keys(MonitoringReport.context(try #require(report), labels: labels, narrative: [:]), into: &names)
        Self.keys(CapaianCSV.context(try #require(report), dialect: .standar), into: &names)
        Self.keys(BudgetCSV.context(try #require(report), dialect: .standar), into: &names)
        let (annual, _) = computeReport(Paths.annualExample)
        Self.keys(AnnualReport.context(try #require(annual), labels: labels, narrative: [:]), into: &names)
        Self.keys(
            SummaryPage.context(
                try #require(report), labels: labels, reports: [OutputFile(name: "a", data: Data())],
                code: PaperCode.context(directory: "x/2024-TW3", digest: "0", label: "QR")), into: &names)
        Self.keys(ArchiveNote.context(directory: "x/2024-TW3"), into: &names)
        let computed = try #require(
            Pipeline.compute(RunRequest(workspace: Paths.example, defaultTemplates: Paths.templates), log: &log))
        let rows = [AgencyRow(computed)]
        Self.keys(
            RekapIndex.context(
                rows, failed: [WorkspaceRef(url: Paths.example, displayPath: "x")], labels: labels,
                format: DisplayFormat(language: .id)), into: &names)
        Self.keys(RekapIndex.csvContext(rows, dialect: .standar), into: &names)
        #expect(names.count > 80)
        let missing = names.filter {
            !doc.contains("`\($0)`") && !($0.hasPrefix("realisasi_tw") && doc.contains("`realisasi_tw1`"))
        }
        #expect(missing.isEmpty, "not in docs/templates.md: \(missing.sorted())")
    }
}
