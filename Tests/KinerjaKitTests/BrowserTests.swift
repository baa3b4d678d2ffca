import Foundation
import Testing

@testable import KinerjaKit

/// Headless Chromium, as a reader's browser: what a page logged to its console and which network
/// requests it made (from Chromium's own net log).
struct Browser {
    /// `chromium` (Debian), or another name of the same browser on PATH; nil when none is installed.
    static let path: String? = {
        let names = ["chromium", "chromium-browser", "google-chrome"]
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }()

    struct Load {
        /// Every console message of the page (a page without script should have none).
        let console: [String]
        /// URLs the page itself requested over the network (the browser's own update checks are not the page's).
        let requests: [String]
        let dom: String
    }

    static func load(_ file: URL) throws -> Load {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let netLog = folder.url.appendingPathComponent("net.json")
        let run = try runProcess(
            URL(fileURLWithPath: try #require(path)),
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--user-data-dir=\(folder.url.path)/profile",
                "--enable-logging=stderr", "--v=0", "--log-net-log=\(netLog.path)",
                "--virtual-time-budget=2000", "--dump-dom", file.absoluteString,
            ])
        let console = run.stderr.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") }
        // A request of the page carries the file:// page in its network isolation key.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: netLog)) as? [String: Any]
        let events = json?["events"] as? [[String: Any]] ?? []
        let requests = events.compactMap { event -> String? in
            guard let params = event["params"] as? [String: Any], let url = params["url"] as? String,
                (params["network_isolation_key"] as? String)?.contains("file://") == true
            else { return nil }
            return url
        }
        return Load(console: console, requests: Array(Set(requests)).sorted(), dom: run.stdout)
    }

    /// How many A4 pages `file` prints to (Chromium's print to PDF, as a reader's "Save as PDF").
    static func printedPages(_ file: URL) throws -> Int {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let pdf = folder.url.appendingPathComponent("out.pdf")
        _ = try runProcess(
            URL(fileURLWithPath: try #require(path)),
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--user-data-dir=\(folder.url.path)/profile", "--no-pdf-header-footer",
                "--print-to-pdf=\(pdf.path)", file.absoluteString,
            ])
        // Each page is one `/Type /Page` object (the page tree is `/Type /Pages`).
        let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        return text.matches(of: /\/Type\s*\/Page(?![s\w])/).count
    }
}

@Suite(
    .enabled(
        if: Browser.path != nil || ProcessInfo.processInfo.environment["KINERJA_REQUIRE_BROWSER"] == "1",
        "Chromium is not installed (apt-get install -y chromium); the browser checks are skipped"))
struct BrowserTests {
    /// The check itself can fail: a page with a script error and external fetches is caught.
    @Test func theCheckCatchesConsoleErrorsAndExternalRequests() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write([
            "bad.html": """
            <!DOCTYPE html><html><head><title>x</title><link rel="stylesheet" href="https://fonts.example.org/a.css"></head>
            <body><img src="http://example.com/x.png" alt=""><script>console.error("boom")</script></body></html>
            """
        ])
        let load = try Browser.load(folder.url.appendingPathComponent("bad.html"))
        #expect(load.console.contains { $0.contains("boom") })
        #expect(load.requests == ["http://example.com/x.png", "https://fonts.example.org/a.css"])
    }

    @Test func theExampleReportLoadsCleanlyAndFetchesNothing() throws {
        let out = try TemporaryFolder()
        defer { out.cleanUp() }
        let run = try runKinerja(["report", Paths.example.path, "--output", out.url.path], in: Paths.root)
        #expect(run.status == 0)
        let load = try Browser.load(out.url.appendingPathComponent("disdikbud/2024-TW3/laporan-pemantauan.html"))
        #expect(load.console.isEmpty, "\(load.console)")
        #expect(load.requests.isEmpty, "\(load.requests)")
        #expect(load.dom.contains("<svg") && load.dom.contains("Rata-rata capaian IKU"))
    }

    /// Narrative that tries to fetch an image is held back by the page's Content-Security-Policy.
    @Test func narrativeImagesAreNotFetched() throws {
        let workspace = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            workspace.cleanUp()
            out.cleanUp()
        }
        var files = try snapshot(Paths.example).mapValues { String(decoding: $0, as: UTF8.self) }
        files["narasi/tindak-lanjut.md"] = "Lihat foto: ![foto](http://example.com/foto.jpg)\n"
        try workspace.write(files)
        #expect(try runKinerja(["report", workspace.url.path, "--output", out.url.path], in: Paths.root).status == 0)
        let load = try Browser.load(out.url.appendingPathComponent("disdikbud/2024-TW3/laporan-pemantauan.html"))
        #expect(load.requests.isEmpty, "\(load.requests)")
    }

    /// docs/laporan.md: the ringkasan is one A4 page. Checked on both examples and on a crowded variant
    /// (long names, the seven SAKIP grades, an acting head, a long address) that a real agency can produce.
    @Test func theRingkasanPrintsOnOneA4Page() throws {
        let out = try TemporaryFolder(), crowded = try TemporaryFolder()
        defer {
            out.cleanUp()
            crowded.cleanUp()
        }
        var files = try snapshot(Paths.example).mapValues { String(decoding: $0, as: UTF8.self) }
        let long =
            "yang diukur menurut pedoman kementerian dengan rincian per kecamatan, per jenjang dan per jenis satuan pendidikan"
        // Lines split on any line end (the file has CRLF, one Character in Swift).
        files["indikator.csv"] = files["indikator.csv"]!.split(whereSeparator: \.isNewline).map { line in
            var cells = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            if cells.count > 3, cells[0].hasPrefix("IKU") { cells[3] += " " + long }
            return cells.joined(separator: ";")
        }.joined(separator: "\n")
        #expect(files["indikator.csv"]!.contains("Angka putus sekolah SD " + long))
        files["profil.yaml"] = files["profil.yaml"]!
            .replacingOccurrences(of: "plt: false", with: "plt: true")
            .replacingOccurrences(of: "skala: permendagri-86-2017", with: "skala: sakip")
            .replacingOccurrences(
                of: "alamat: Jl. Ilyas Yakub, Painan",
                with:
                    "alamat: Kompleks Perkantoran Bupati, Jl. Ilyas Yakub Nomor 123, Kelurahan Painan Timur, Kecamatan IV Jurai, Painan 25611"
            )
        try crowded.write(files)
        for (workspace, folder) in [
            (Paths.example, "2024-TW3"), (Paths.annualExample, "2024-TAHUNAN"), (crowded.url, "2024-TW3"),
        ] {
            let run = try runKinerja(["report", workspace.path, "--output", out.url.path], in: Paths.root)
            #expect(run.status == 0, "\(run.stderr)")
            let page = out.url.appendingPathComponent("disdikbud/\(folder)/ringkasan.html")
            #expect(try Browser.printedPages(page) == 1, "\(workspace.lastPathComponent) \(folder)")
        }
        // The check can fail: the full monitoring report is many pages.
        #expect(
            try Browser.printedPages(out.url.appendingPathComponent("disdikbud/2024-TW3/laporan-pemantauan.html")) > 1)
    }
}
