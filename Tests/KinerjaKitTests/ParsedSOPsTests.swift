import Foundation
import Testing

@testable import KinerjaKit

/// A bundled SOP is parsed once per run (issue 22), and every agency that uses it still gets its diagnostics.
struct ParsedSOPsTests {
    @Test func eachAgencyGetsTheSameSOPAndTheSameDiagnostics() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write([
            "SOP/rusak.yaml":
                "nama: Rusak\npelaksana: [Kepala]\nlangkah:\n  - no: 1\n    uraian: x\n    pelaksana: Bukan\n    waktu: 1 hari\n"
        ])
        let library = SOPLibrary(bundle: .sops(in: folder.url.appendingPathComponent("SOP")))
        var first = DiagnosticLog(), second = DiagnosticLog()
        _ = library.load("rusak", log: &first)
        _ = library.load("rusak", log: &second)
        #expect(!first.diagnostics.isEmpty)
        #expect(first.sorted.map(\.description) == second.sorted.map(\.description))
        var fresh = DiagnosticLog()
        _ = SOPLoader.load(try #require(library.bundle.files["rusak.yaml"]), file: "SOP/rusak.yaml", log: &fresh)
        #expect(fresh.sorted.map(\.description) == first.sorted.map(\.description))

        let bundled = SOPLibrary(bundle: .sops(in: Paths.root.appendingPathComponent("SOP")))
        var log = DiagnosticLog()
        let a = try #require(bundled.load(SOPLibrary.defaultName, log: &log))
        let b = try #require(bundled.load(SOPLibrary.defaultName, log: &log))
        #expect(a.steps.count == b.steps.count && a.steps.count > 5 && log.diagnostics.isEmpty)
    }
}
