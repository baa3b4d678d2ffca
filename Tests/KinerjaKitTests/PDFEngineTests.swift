import Foundation
import Testing

@testable import KinerjaKit

/// What needs no PDF engine: the clear error when there is none, the paper code and the QR code itself.
struct PDFEngineTests {
    /// `--pdf` (or `pdf: ya`) without WeasyPrint: an error naming what to install, and nothing written.
    @Test(arguments: ["flag", "profile"])
    func withoutTheEngineNothingIsWritten(_ how: String) throws {
        let out = try TemporaryFolder(), workspace = try TemporaryFolder()
        defer {
            out.cleanUp()
            workspace.cleanUp()
        }
        var files = try snapshot(Paths.example).mapValues { String(decoding: $0, as: UTF8.self) }
        if how == "profile" { files["profil.yaml"]! += "pdf: ya\n" }
        try workspace.write(files)
        let arguments = ["report", workspace.url.path, "--output", out.url.path] + (how == "flag" ? ["--pdf"] : [])
        let run = try runKinerja(arguments, in: Paths.root, environment: ["KINERJA_PYTHON": "/nonexistent/python3"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("pip install \"weasyprint>=62\""), "\(run.stderr)")
        // Not even the agency's folder: the engine is asked for before the folder is locked.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.url.path).isEmpty)
        // The check can fail: the same run without PDF writes the folder.
        if how == "flag" {
            let plain = try runKinerja(
                Array(arguments.dropLast()), in: Paths.root, environment: ["KINERJA_PYTHON": "/nonexistent/python3"])
            let written = try snapshot(out.url)
            #expect(plain.status == 0 && !written.isEmpty)
        }
    }

    /// An engine older than 62 is refused by name (a stand-in `weasyprint` module that says it is 57.2, as
    /// Debian's is), before any document is printed.
    @Test(.enabled(if: PDFTools.path("python3") != nil, "python3 is not installed"))
    func anOldWeasyPrintIsRefused() throws {
        let out = try TemporaryFolder(), fake = try TemporaryFolder()
        defer {
            out.cleanUp()
            fake.cleanUp()
        }
        try fake.write(["weasyprint/__init__.py": "__version__ = \"57.2\"\n"])
        let run = try runKinerja(
            ["report", Paths.example.path, "--output", out.url.path, "--pdf"], in: Paths.root,
            environment: ["PYTHONPATH": fake.url.path, "LANG": "C"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("WeasyPrint 57.2 is too old"), "\(run.stderr)")
        #expect(try snapshot(out.url).isEmpty)
    }

    @Test func pdfInTheProfileIsYaOrTidak() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        var log = DiagnosticLog()
        let profile = ProfileLoader.load(Data((minimalProfile + "pdf: ya\n").utf8), file: "profil.yaml", log: &log)
        #expect(profile?.pdf == true && !log.hasErrors)
        _ = ProfileLoader.load(Data((minimalProfile + "pdf: mungkin\n").utf8), file: "profil.yaml", log: &log)
        #expect(
            log.errors.map { $0.text(.id) } == [
                "profil.yaml:10:6: kesalahan: pdf \"mungkin\" bukan ya atau tidak; isi dengan ya atau tidak"
            ])
    }

    /// The paper code leaves out exactly the ringkasan's lines, and `verify` gets the same value back from
    /// the bytes on disk (manifest.json decodes and re-encodes to itself).
    @Test func thePaperCodeIsTheManifestWithoutTheRingkasan() throws {
        var log = DiagnosticLog()
        let result = try #require(
            Pipeline.run(RunRequest(workspace: Paths.example, defaultTemplates: Paths.templates), log: &log))
        let json = try #require(result.files.last).data
        let manifest = try JSONDecoder().decode(Manifest.self, from: json)
        #expect(manifest.encoded() == json)
        var without = manifest
        without.outputs.removeAll { $0.path.hasPrefix("ringkasan.") }
        #expect(without.outputs.count == manifest.outputs.count - 2)
        let digest = try #require(PaperCode.digest(manifestJSON: json))
        #expect(digest == Hashing.sha256(without.encoded()))
        let ringkasan = String(
            decoding: try #require(result.files.first { $0.name == "ringkasan.html" }).data, as: UTF8.self)
        #expect(ringkasan.contains("<code>disdikbud/2024-TW3 sha256:\(digest)</code>"))
        // Any other output changed changes the code.
        var changed = manifest
        changed.outputs[0] = Manifest.entry(changed.outputs[0].path, Data("x".utf8))
        #expect(PaperCode.digest(changed) != digest)
    }

    /// libqrencode's symbol for a short text: version 1 (21 modules), the three finder patterns in place,
    /// drawn with a four-module quiet zone; the same text gives the same SVG.
    @Test func theQRCodeHasItsFinderPatterns() throws {
        let code = try #require(QRCode("kinerja"))
        #expect(code.modules.count == 21 && code.modules.allSatisfy { $0.count == 21 })
        for (row, column) in [(0, 0), (0, 14), (14, 0)] {
            #expect((0..<7).allSatisfy { code.modules[row][column + $0] && code.modules[row + 6][column + $0] })
            #expect((1..<6).allSatisfy { !code.modules[row + 1][column + $0] })
        }
        let svg = code.svg(size: "26mm", label: "a \"b\" <c>")
        #expect(svg.contains("viewBox=\"0 0 29 29\"") && svg.contains("aria-label=\"a &quot;b&quot; &lt;c&gt;\""))
        let again = try #require(QRCode("kinerja")).svg(size: "26mm", label: "a \"b\" <c>")
        #expect(svg == again)
        #expect(QRCode(String(repeating: "x", count: 4000)) == nil)
    }

    /// The path written as bytes is the path the interpolated strings made, for codes of every size
    /// (versions 1 to 40: numbers of one to three digits).
    @Test func theQRPathIsTheInterpolatedOne() throws {
        var random = SeededGenerator(seed: 7)
        for length in [1, 7, 40, 64, 100, 300, 700, 1200, 1800, 2300] {
            let text = String((0..<length).map { _ in "ab/-0123456789 sha:".randomElement(using: &random)! })
            let code = try #require(QRCode(text))
            var path = ""
            for (y, row) in code.modules.enumerated() {
                var x = 0
                while x < row.count {
                    guard row[x] else {
                        x += 1
                        continue
                    }
                    let start = x
                    while x < row.count, row[x] { x += 1 }
                    path += "M\(start + 4) \(y + 4)h\(x - start)v1h-\(x - start)z"
                }
            }
            #expect(code.svg(size: "26mm", label: "k").contains("d=\"\(path)\"/></svg>"))
        }
    }
}
