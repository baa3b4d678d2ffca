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
        let run = try runProcess(URL(fileURLWithPath: try #require(path)), [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--user-data-dir=\(folder.url.path)/profile",
            "--enable-logging=stderr", "--v=0", "--log-net-log=\(netLog.path)",
            "--virtual-time-budget=2000", "--dump-dom", file.absoluteString])
        let console = run.stderr.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") }
        // A request of the page carries the file:// page in its network isolation key.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: netLog)) as? [String: Any]
        let events = json?["events"] as? [[String: Any]] ?? []
        let requests = events.compactMap { event -> String? in
            guard let params = event["params"] as? [String: Any], let url = params["url"] as? String,
                  (params["network_isolation_key"] as? String)?.contains("file://") == true else { return nil }
            return url
        }
        return Load(console: console, requests: Array(Set(requests)).sorted(), dom: run.stdout)
    }
}

@Suite(.enabled(if: Browser.path != nil || ProcessInfo.processInfo.environment["KINERJA_REQUIRE_BROWSER"] == "1",
                "Chromium is not installed (apt-get install -y chromium); the browser checks are skipped"))
struct BrowserTests {
    /// The check itself can fail: a page with a script error and external fetches is caught.
    @Test func theCheckCatchesConsoleErrorsAndExternalRequests() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(["bad.html": """
            <!DOCTYPE html><html><head><title>x</title><link rel="stylesheet" href="https://fonts.example.org/a.css"></head>
            <body><img src="http://example.com/x.png" alt=""><script>console.error("boom")</script></body></html>
            """])
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
        defer { workspace.cleanUp(); out.cleanUp() }
        var files = try snapshot(Paths.example).mapValues { String(decoding: $0, as: UTF8.self) }
        files["narasi/tindak-lanjut.md"] = "Lihat foto: ![foto](http://example.com/foto.jpg)\n"
        try workspace.write(files)
        #expect(try runKinerja(["report", workspace.url.path, "--output", out.url.path], in: Paths.root).status == 0)
        let load = try Browser.load(out.url.appendingPathComponent("disdikbud/2024-TW3/laporan-pemantauan.html"))
        #expect(load.requests.isEmpty, "\(load.requests)")
    }
}
