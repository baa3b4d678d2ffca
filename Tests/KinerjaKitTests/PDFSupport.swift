import Foundation

@testable import KinerjaKit

/// The tools the PDF checks read PDFs with, found on PATH: WeasyPrint (the engine), pikepdf (through
/// scripts/check-pdfa.py), qpdf, poppler-utils (pdftoppm, pdftotext) and zbarimg. `make pdf` installs them.
enum PDFTools {
    static func path(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
        return folders.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether `python3` imports these modules.
    static func pythonHas(_ modules: String) -> Bool {
        guard let python = path("python3"),
            let run = try? runProcess(URL(fileURLWithPath: python), ["-c", "import \(modules)"])
        else { return false }
        return run.status == 0
    }

    static let available: Bool =
        pythonHas("weasyprint, pikepdf")
        && ["qpdf", "pdfinfo", "pdftoppm", "pdftotext", "zbarimg"].allSatisfy { path($0) != nil }

    /// CI sets KINERJA_REQUIRE_PDF=1: there the checks run, and fail when a tool is missing.
    static let required = ProcessInfo.processInfo.environment["KINERJA_REQUIRE_PDF"] == "1"

    /// Runs a tool by name and returns what it printed; fails the test when it exits non-zero.
    static func run(_ name: String, _ arguments: [String]) throws -> String {
        guard let tool = path(name) else { throw Missing(tool: name) }
        let result = try runProcess(URL(fileURLWithPath: tool), arguments)
        guard result.status == 0 else { throw Failed(tool: name, status: result.status, stderr: result.stderr) }
        return result.stdout
    }

    struct Missing: Error { let tool: String }
    struct Failed: Error {
        let tool: String
        let status: Int32
        let stderr: String
    }

    /// What scripts/check-pdfa.py reads from `pdf`.
    static func facts(_ pdf: URL) throws -> [String: Any] {
        let text = try run("python3", [Paths.root.appendingPathComponent("scripts/check-pdfa.py").path, pdf.path])
        return try (JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
    }

    static func pageCount(_ pdf: URL) throws -> Int {
        Int(try run("qpdf", ["--show-npages", pdf.path]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// The text of one page (1-based), laid out as printed.
    static func text(_ pdf: URL, page: Int) throws -> String {
        try run("pdftotext", ["-layout", "-f", "\(page)", "-l", "\(page)", pdf.path, "-"])
    }

    /// What a QR reader finds on the first page of `pdf`, printed at 200 dpi.
    static func qrCodes(_ pdf: URL) throws -> [String] {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let prefix = folder.url.appendingPathComponent("page").path
        _ = try run("pdftoppm", ["-r", "200", "-png", "-f", "1", "-l", "1", "-singlefile", pdf.path, prefix])
        let output = try run("zbarimg", ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", prefix + ".png"])
        return output.split(separator: "\n").map(String.init)
    }
}

/// The folder of `PDFExamples.run`, for its removal at exit.
nonisolated(unsafe) private var pdfExamplesFolder: String?

/// Both examples reported once with --pdf into one folder, for the checks that only read the result.
enum PDFExamples {
    struct Run {
        let folder: TemporaryFolder
        let quarter: URL
        let annual: URL
        let stdout: String
        let stderr: String
        let status: Int32
    }

    static let run: Result<Run, Error> = Result {
        let folder = try TemporaryFolder()
        // Shared by the tests, so removed when the test process ends.
        pdfExamplesFolder = folder.url.path
        atexit { if let path = pdfExamplesFolder { try? FileManager.default.removeItem(atPath: path) } }
        let result = try runKinerja(
            ["report", Paths.example.path, Paths.annualExample.path, "--output", folder.url.path, "--pdf"],
            in: Paths.root)
        return Run(
            folder: folder, quarter: folder.url.appendingPathComponent("disdikbud/2024-TW3"),
            annual: folder.url.appendingPathComponent("disdikbud/2024-TAHUNAN"),
            stdout: result.stdout, stderr: result.stderr, status: result.status)
    }

    /// The profile of a workspace, as the run read it.
    static func profile(_ workspace: URL) throws -> Profile {
        var log = DiagnosticLog()
        let request = RunRequest(workspace: workspace, defaultTemplates: Paths.templates)
        guard let computed = Pipeline.compute(request, log: &log) else { throw PDFTools.Missing(tool: "profile") }
        return computed.workspace.profile
    }
}
