import Foundation
import Testing

@testable import KinerjaKit

/// Paths of the checkout and the built executable, for fixtures, goldens and end-to-end runs.
enum Paths {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let root = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = tests.appendingPathComponent("Fixtures")
    static let golden = tests.appendingPathComponent("Golden")
    static let templates = root.appendingPathComponent("Templates")
    static let example = root.appendingPathComponent("examples/disdikbud-pesisir-selatan")
    /// The same agency for the whole year: TW4 data, earlier years and the LKjIP narrative.
    static let annualExample = root.appendingPathComponent("examples/disdikbud-pesisir-selatan-tahunan")
    /// `kinerja`, built beside the test bundle (the test target depends on it).
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kinerja")
    }
}

/// A fresh temporary folder, removed by the caller with `cleanUp()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: url) }

    /// A copy of the example as `name` in this folder, its realisasi.csv with `typed` in place of `row`
    /// (`"IKU-01;TW3;73,6;"` → `"IKU-01;TW3;73.600;"`): a planner's slip in one cell.
    func example(_ name: String, realisasi row: String, typed: String) throws -> URL {
        let workspace = url.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Paths.example, to: workspace)
        let realisasi = workspace.appendingPathComponent("realisasi.csv")
        let text = try String(contentsOf: realisasi, encoding: .utf8)
        #expect(text.contains(row), "the example's realisasi.csv has \(row)")
        try Data(text.replacingOccurrences(of: row, with: typed).utf8).write(to: realisasi)
        return workspace
    }

    /// Writes `files` (name → content) into the folder.
    func write(_ files: [String: String]) throws {
        for (name, content) in files {
            let target = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: target)
        }
    }
}

/// Programs some tests run besides kinerja. A test that needs one is enabled only when it is installed,
/// unless `KINERJA_REQUIRE_TOOLS=1` (as in CI, which installs them), where a missing one fails the test.
enum Tools {
    static let soffice = installed("soffice")
    static let openssl = installed("openssl")
    static let required = ProcessInfo.processInfo.environment["KINERJA_REQUIRE_TOOLS"] == "1"

    /// The program's path in /usr/bin or /usr/local/bin, or nil.
    static func installed(_ name: String) -> URL? {
        ["/usr/bin/", "/usr/local/bin/"].map { URL(fileURLWithPath: $0 + name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

struct ProcessResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs `executable` to its end and collects what it printed.
func runProcess(
    _ executable: URL, _ arguments: [String], in directory: URL? = nil,
    environment: [String: String]? = nil
) throws -> ProcessResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Both pipes are drained at once: read one to its end first, and a child that fills the other's
    // buffer (64 KB) would wait for us forever.
    nonisolated(unsafe) var stderr = Data()
    let drained = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        stderr = err.fileHandleForReading.readDataToEndOfFile()
        drained.signal()
    }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    drained.wait()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
        stderr: String(decoding: stderr, as: UTF8.self))
}

/// Runs the built `kinerja` with `arguments` in `directory`.
func runKinerja(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> ProcessResult {
    var env = ProcessInfo.processInfo.environment
    env["KINERJA_TEMPLATES"] = Paths.templates.path
    for (key, value) in environment { env[key] = value }
    return try runProcess(Paths.executable, arguments, in: directory, environment: env)
}

/// Loads and computes a workspace folder in-process.
func computeReport(_ directory: URL, period: ReportPeriod? = nil) -> (PerformanceReport?, DiagnosticLog) {
    var log = DiagnosticLog()
    let request = RunRequest(workspace: directory, displayPath: "ws", period: period, defaultTemplates: Paths.templates)
    let report = Pipeline.figures(request, log: &log)
    return (report, log)
}

/// A minimal valid profile; tests append or replace lines.
let minimalProfile = """
    pemerintah: Kabupaten Contoh
    instansi: Dinas Contoh
    tahun: 2024
    periode: TW3
    tempat: Painan
    tanggal: 2024-10-15
    kepala:
      nama: NAMA KEPALA
      jabatan: Kepala Dinas Contoh

    """

/// The diagnostic words of the two languages, error first.
enum DiagnosticWords {
    static let english = ["error", "warning", "note"], indonesian = ["kesalahan", "peringatan", "catatan"]
}

/// The diagnostics of `stderr` (every line with one of `words`), compared with the fixture `file`, whose lines
/// name paths from the case folder `name`; `KINERJA_RECORD=1` writes the file instead. Returns the lines.
@discardableResult
func expectDiagnostics(
    _ stderr: String, words: [String], fixture file: URL, name: String,
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> [String] {
    let lines = stderr.split(separator: "\n").map(String.init).filter { line in
        words.contains { line.contains(": \($0): ") }
    }
    if ProcessInfo.processInfo.environment["KINERJA_RECORD"] == "1" {
        try Data(lines.map { String($0.dropFirst(name.count + 1)) + "\n" }.joined().utf8).write(to: file)
    }
    let wanted = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map { "\(name)/\($0)" }
    #expect(
        lines == wanted, "\(file.lastPathComponent) of \(name); stderr was\n\(stderr)", sourceLocation: sourceLocation)
    return lines
}

/// The build the golden runs record in manifest.json: the ringkasan prints a hash of the manifest (its QR
/// code, PaperCode), which would otherwise change with every edit of any source file.
let goldenBuild = BuildIdentity(commit: nil, sources: "golden", cmark: "0.30.2", dependencies: [:])

/// Compares `actual` with the golden file `name`; `KINERJA_RECORD=1` writes it instead.
/// On a difference, the failure shows the first differing lines.
func expectGolden(_ actual: Data, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = Paths.golden.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["KINERJA_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url)
        return
    }
    let expected = try Data(contentsOf: url)
    guard expected != actual else { return }
    let a = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
    let b = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
    var diff: [String] = []
    for i in 0..<max(a.count, b.count) where (i < a.count ? a[i] : nil) != (i < b.count ? b[i] : nil) {
        diff.append("line \(i + 1):\n- \(i < a.count ? a[i] : "<none>")\n+ \(i < b.count ? b[i] : "<none>")")
        if diff.count == 5 { break }
    }
    Issue.record(
        "\(name) differs from the golden file (KINERJA_RECORD=1 re-records):\n\(diff.joined(separator: "\n"))",
        sourceLocation: sourceLocation)
}

/// A document with the ringkasan's paper code masked (its QR code and `sha256:…` text): the code hashes the
/// manifest, which names the inputs (a workbook or its CSV twin), templates and build, so it differs wherever
/// those do even when the documents agree. PDFTests check the code itself.
func maskedPaperCode(_ text: String) -> String {
    text.replacingOccurrences(of: #"<svg class="qr".*?</svg>"#, with: "<qr>", options: .regularExpression)
        .replacingOccurrences(of: "sha256:[0-9a-f]{64}", with: "sha256:<qr>", options: .regularExpression)
}

/// `files` as text with the paper code masked (maskedPaperCode).
func maskedPaperCode(_ files: [String: Data]) -> [String: String] {
    files.mapValues { maskedPaperCode(String(decoding: $0, as: UTF8.self)) }
}

/// Every file under `folder`, by path relative to it, with its bytes; with `records` false, not the records of
/// the last run an output root keeps (`LastRun`), which are no documents and hash their own workspace's name.
func snapshot(_ folder: URL, records: Bool = false) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let base = folder.standardizedFileURL.path + "/"
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    while let url = enumerator?.nextObject() as? URL {
        guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
        let path = String(url.standardizedFileURL.path.dropFirst(base.count))
        if !records, path.hasPrefix(LastRun.folder + "/") { continue }
        files[path] = try Data(contentsOf: url)
    }
    return files
}

/// A Decimal from a literal in a test table (`decimal("6.5")`); the literals are the test's own.
func decimal(_ text: String) -> Decimal {
    guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
        preconditionFailure("not a decimal literal: \(text)")
    }
    return value
}

/// One workspace through `ReportRun`, the path `kinerja report` takes (profiles read once, templates, the
/// agency's five stages, writing), into a temporary output folder; the files it wrote read back, in the order
/// written, with the report's figures (`Pipeline.figures`). Nil when the agency was not written.
func reportWritten(_ request: RunRequest, log: inout DiagnosticLog) throws -> RunResult? {
    let out = try TemporaryFolder()
    defer { out.cleanUp() }
    let outcome = ReportRun(request: request, workspaces: [request.workspace.path], output: out.url.path).run()
    log.append(contentsOf: outcome.templateLog)
    guard let agency = outcome.outcomes.first else { return nil }
    log.append(contentsOf: agency.log)
    guard agency.state == .written, let directory = agency.row?.directory else { return nil }
    let folder = out.url.appendingPathComponent(directory)
    let files = try agency.files.map {
        OutputFile(name: $0, data: try Data(contentsOf: folder.appendingPathComponent($0)))
    }
    var scratch = DiagnosticLog()
    guard let report = Pipeline.figures(request, log: &scratch) else { return nil }
    return RunResult(
        report: report, files: files, relativeDirectory: directory, inputs: [],
        outputs: files.map { Manifest.entry($0.name, $0.data) })
}
