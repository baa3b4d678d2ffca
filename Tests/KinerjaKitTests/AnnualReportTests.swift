import Foundation
import Testing

@testable import KinerjaKit

/// The LKjIP (TW4 / TAHUNAN) and the ringkasan, on the annual example workspace.
struct AnnualReportTests {
    func run(_ workspace: URL = Paths.annualExample) throws -> RunResult {
        var log = DiagnosticLog()
        // The defaults named as the user's templates too, so the run checks every name the templates use.
        var request = RunRequest(
            workspace: workspace, displayPath: "example", templates: Paths.templates,
            defaultTemplates: Paths.templates)
        request.build = goldenBuild
        let result = try reportWritten(request, log: &log)
        #expect(!log.hasErrors, "\(log.errors)")
        #expect(log.warnings.count == 1, "\(log.warnings)")  // KEG-01 has no target yet, on purpose
        return try #require(result)
    }

    func text(_ result: RunResult, _ name: String) throws -> String {
        String(decoding: try #require(result.files.first { $0.name == name }).data, as: UTF8.self)
    }

    @Test func theAnnualExampleWritesTheLKjIPAndItsGoldenFiles() throws {
        let result = try run()
        #expect(result.relativeDirectory == "disdikbud/2024-TAHUNAN")
        #expect(
            result.files.map(\.name) == [
                "capaian.csv", "serapan-anggaran.csv", "laporan-pemantauan.md",
                "laporan-pemantauan.html", "lkjip.md", "lkjip.html", "ringkasan.md",
                "ringkasan.html", "manifest.json",
            ])
        for name in ["lkjip.md", "lkjip.html", "ringkasan.md", "capaian.csv"] {
            try expectGolden(
                try #require(result.files.first { $0.name == name }).data, "disdikbud-2024-TAHUNAN/\(name)")
        }
    }

    /// The year's figures, recomputed independently (Python `decimal`) when the example was written.
    @Test func theAnnualFigures() throws {
        let report = try run().report
        #expect(report.average?.fixedString() == "101.04")
        #expect(
            report.sasaran.map { $0.average?.fixedString() ?? "–" } == ["98.37", "113.13", "97.73", "95.56", "99.92"])
        #expect(report.budgetAbsorption?.fixedString() == "97.72")
        #expect(report.historyYears == [2021, 2022, 2023])
        let byKode = Dictionary(uniqueKeysWithValues: report.indicators.map { ($0.indicator.kode, $0) })
        // IKU-07 has no 2021 value: a gap, not a zero.
        #expect(byKode["IKU-07"]?.history == [nil, decimal("60"), decimal("64")])
        // IKU-12's whole-year row (68,92) wins over absent quarters.
        #expect(byKode["IKU-12"]?.realisasi == decimal("68.92"))
        // A `jumlah` indicator against its Renstra target: 550 + 580 + 610 + 620 = 2.360 of 3.600.
        #expect(byKode["IKU-06"]?.renstraCapaian?.value?.fixedString() == "65.56")
    }

    @Test func aQuarterBeforeTheLastHasNoLKjIP() throws {
        var log = DiagnosticLog()
        let result = Pipeline.run(RunRequest(workspace: Paths.example, defaultTemplates: Paths.templates), log: &log)
        #expect(try #require(result).files.contains { $0.name.hasPrefix("lkjip.") } == false)
        #expect(result?.files.contains { $0.name == "ringkasan.html" } == true)
    }

    /// A chapter without its narasi/ file says so and names the file; it invents nothing.
    @Test func missingNarrativeIsSaidNotInvented() throws {
        let workspace = try TemporaryFolder()
        defer { workspace.cleanUp() }
        var files = try snapshot(Paths.annualExample).mapValues { String(decoding: $0, as: UTF8.self) }
        files = files.filter { !$0.key.hasPrefix("narasi/") }
        try workspace.write(files)
        let md = try text(try run(workspace.url), "lkjip.md")
        for file in ["ikhtisar.md", "pendahuluan.md", "perencanaan.md", "sasaran/3.md", "penutup.md"] {
            #expect(md.contains("*Narasi belum disediakan (narasi/\(file)).*"), "\(file)")
        }
        #expect(!md.contains("KKG/MGMP"))
    }

    @Test func theRingkasanBindsTheFullReportsByHash() throws {
        let result = try run()
        let summary = try text(result, "ringkasan.md")
        for name in ["laporan-pemantauan.md", "laporan-pemantauan.html", "lkjip.md", "lkjip.html"] {
            let data = try #require(result.files.first { $0.name == name }).data
            #expect(summary.contains("- \(name): `\(Hashing.sha256(data))`"), "\(name)")
        }
        #expect(summary.contains("`kinerja verify disdikbud/2024-TAHUNAN --key kunci-publik.pem`"))
        for name in ["laporan-pemantauan.md", "laporan-pemantauan.html", "lkjip.md", "lkjip.html", "ringkasan.html"] {
            #expect(
                try text(result, name).contains("kinerja verify disdikbud/2024-TAHUNAN --key kunci-publik.pem"),
                "\(name)")
        }
    }

    @Test func theEnglishLKjIPHasNoIndonesianLabelsLeft() throws {
        let workspace = try TemporaryFolder()
        defer { workspace.cleanUp() }
        var files = try snapshot(Paths.annualExample).mapValues { String(decoding: $0, as: UTF8.self) }
        files["profil.yaml"] = files["profil.yaml"]!.replacingOccurrences(of: "bahasa: id", with: "bahasa: en")
        try workspace.write(files)
        let result = try run(workspace.url)
        let html = try text(result, "lkjip.html"), md = try text(result, "lkjip.md"),
            summary = try text(result, "ringkasan.html")
        #expect(html.contains("<h1>Government Agency Performance Report</h1>"))
        #expect(md.contains("## Chapter III Performance Accountability"))
        #expect(summary.contains("Performance Summary Annual Year 2024"))
        for label in [
            "Ikhtisar Eksekutif", "Daftar Isi", "Rata-rata capaian", "Target akhir Renstra", ">membaik<", "Tiga IKU",
        ] {
            #expect(!html.contains(label) && !md.contains(label) && !summary.contains(label), "\(label)")
        }
    }

    @Test func anActingHeadIsPrintedPlt() throws {
        let workspace = try TemporaryFolder()
        defer { workspace.cleanUp() }
        var files = try snapshot(Paths.example).mapValues { String(decoding: $0, as: UTF8.self) }
        files["profil.yaml"] = files["profil.yaml"]!.replacingOccurrences(of: "plt: false", with: "plt: true")
        try workspace.write(files)
        var log = DiagnosticLog()
        let result = try #require(
            Pipeline.run(RunRequest(workspace: workspace.url, defaultTemplates: Paths.templates), log: &log))
        let html = try text(result, "ringkasan.html")
        #expect(html.contains("<p class=\"jabatan\">Plt. KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN,</p>"))
        #expect(html.contains("NIP. 19720315 199803 2 004"))
    }

    /// Plt. written in jabatan as well as `plt: true` is printed once (a planner's trial saw "Plt. PLT. KEPALA …"
    /// on the line the head signs); written in jabatan alone, it is the flag.
    @Test(arguments: ["plt: true", "plt: false"])
    func pltWrittenInJabatanIsPrintedOnce(flag: String) throws {
        let workspace = try TemporaryFolder()
        defer { workspace.cleanUp() }
        var files = try snapshot(Paths.example).mapValues { String(decoding: $0, as: UTF8.self) }
        files["profil.yaml"] = files["profil.yaml"]!.replacingOccurrences(of: "plt: false", with: flag)
            .replacingOccurrences(
                of: "jabatan: Kepala Dinas Pendidikan dan Kebudayaan",
                with: "jabatan: PLT. Kepala Dinas Pendidikan dan Kebudayaan")
        try workspace.write(files)
        var log = DiagnosticLog()
        let result = try #require(
            Pipeline.run(RunRequest(workspace: workspace.url, defaultTemplates: Paths.templates), log: &log))
        let html = try text(result, "ringkasan.html")
        #expect(html.contains("<p class=\"jabatan\">Plt. KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN,</p>"), "\(flag)")
        let warned = log.warnings.contains {
            $0.message.en.contains("kepala.jabatan starts with Plt. but kepala.plt is false")
        }
        #expect(warned == (flag == "plt: false"))
        #expect(YAMLFields.actingPrefix("Plt.Kepala") == 4 && YAMLFields.actingPrefix("Pltx Kepala") == 0)
        #expect(YAMLFields.actingPrefix("plt Kepala") == 4 && YAMLFields.actingPrefix("Plt") == 0)
    }

    /// Best first, weakest first, ties in input order, no indicator in both lists.
    @Test func bestAndWeakest() throws {
        let (report, _) = computeReport(Paths.example)
        let (best, weakest) = SummaryPage.ranked(try #require(report).keyIndicators)
        #expect(best.map(\.indicator.kode) == ["IKU-09", "IKU-04", "IKU-05"])  // 166,67; 125; 125 (input order)
        #expect(weakest.map(\.indicator.kode) == ["IKU-11", "IKU-06", "IKU-07"])  // 0; 75; 87,5
        let few = try #require(report).keyIndicators.filter {
            ["IKU-01", "IKU-02", "IKU-04", "IKU-09", "IKU-11"].contains($0.indicator.kode)
        }
        let (b, w) = SummaryPage.ranked(few)
        #expect(b.map(\.indicator.kode) == ["IKU-09", "IKU-04", "IKU-01"])
        #expect(w.map(\.indicator.kode) == ["IKU-11", "IKU-02"])
    }

    @Test func trendDirectionFollowsPolarity() {
        #expect(TrendDirection.between(decimal("71.2"), decimal("73.6"), polarity: .positif, target: nil) == .membaik)
        #expect(TrendDirection.between(decimal("0.22"), decimal("0.15"), polarity: .negatif, target: nil) == .membaik)
        #expect(TrendDirection.between(decimal("15"), decimal("22"), polarity: .negatif, target: nil) == .memburuk)
        let band = Target.band(lower: 95, upper: 105)
        #expect(TrendDirection.between(decimal("108.4"), decimal("110"), polarity: .rentang, target: band) == .memburuk)
        #expect(TrendDirection.between(decimal("110"), decimal("96"), polarity: .rentang, target: band) == .membaik)
        #expect(TrendDirection.between(decimal("97"), decimal("103"), polarity: .rentang, target: band) == .tetap)
        #expect(TrendDirection.between(decimal("97"), decimal("103"), polarity: .rentang, target: nil) == nil)
    }

    /// The trend line: a missing year breaks the line instead of dropping it to zero.
    @Test func theTrendLineBreaksAtAGap() {
        let chart = TrendChart(
            points: [
                .init(year: 2021, value: nil, text: ""), .init(year: 2022, value: 60, text: "60"),
                .init(year: 2023, value: nil, text: ""), .init(year: 2024, value: 72, text: "72"),
            ], target: .band(lower: 80, upper: 90)
        ).context
        let segments = chart["segmen"] as? [[String: Any]] ?? []
        #expect(segments.count == 2)
        #expect(segments.allSatisfy { ($0["titik"] as? String)?.split(separator: " ").count == 1 })
        // The band 80–90 sits above both values: its top is higher on the page (smaller y) than 72.
        let target = chart["target"] as? [String: Any] ?? [:]
        let dots = chart["titik"] as? [[String: Any]] ?? []
        let y72 = Double(dots[3]["y"] as? String ?? "") ?? 0, yBand = Double(target["y"] as? String ?? "") ?? 999
        #expect(yBand < y72)
    }

    /// The hostile workspace of the monitoring report tests, as a TW4 report: every Markdown table of the
    /// LKjIP and the ringkasan keeps its shape, and no markup from a name reaches their HTML.
    @Test func hostileNamesKeepTheLKjIPAndRingkasanInShape() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        var files = MonitoringReportTests.hostile
        files["profil.yaml"] = files["profil.yaml"]!.replacingOccurrences(of: "periode: TW3", with: "periode: TW4")
        try folder.write(files)
        var log = DiagnosticLog()
        let result = try #require(
            Pipeline.run(RunRequest(workspace: folder.url, defaultTemplates: Paths.templates), log: &log),
            "\(log.sorted)")
        for name in ["lkjip.md", "ringkasan.md"] {
            let tables = MonitoringReportTests.expectTablesInShape(try text(result, name), name)
            #expect(tables >= 2, "\(name)")  // the ringkasan of three IKU has no weakest list
        }
        for name in ["lkjip.html", "ringkasan.html"] {
            let html = try text(result, name)
            #expect(
                !html.contains("<script") && !html.contains("<b>") && !html.contains("href=\"javascript"), "\(name)")
            #expect(html.contains("Dinas &lt;script&gt;alert(1)&lt;/script&gt; | *Contoh*"), "\(name)")
        }
    }
}
