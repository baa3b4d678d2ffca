import Foundation
import Testing

@testable import KinerjaKit

/// narasi/TW1 … TW4/ and narasi/tahunan/ (issue 18): a period's files take the place of narasi/'s own,
/// so the LKjIP never prints text written for a quarter; only the files read are inputs of the manifest.
struct NarrativeFoldersTests {
    @Test func folderNamesInAnyCase() {
        #expect(NarrativeFolders.canonical("tw3/faktor-pendorong.md") == "TW3/faktor-pendorong.md")
        #expect(NarrativeFolders.canonical("Tahunan/sasaran/1.md") == "tahunan/sasaran/1.md")
        #expect(NarrativeFolders.canonical("TW5/a.md") == "TW5/a.md")
        #expect(NarrativeFolders.canonical("sasaran/1.md") == "sasaran/1.md")
        #expect(NarrativeFolders.folder(of: "TW5/a.md") == nil)
        #expect(NarrativeFolders.folder(of: "sasaran/1.md") == nil)
        #expect(NarrativeFolders.folder(of: "tahunan/a.md") == "tahunan")
    }

    @Test func whichFilesARunReads() {
        let all: Set<String> = [
            "a.md", "TW3/a.md", "b.md", "tahunan/b.md", "TW4/b.md", "TW1/c.md", "sasaran/1.md",
            "tahunan/sasaran/1.md",
        ]
        func read(_ period: ReportPeriod) -> [String] {
            all.filter { NarrativeFolders.isRead($0, among: all, period: period) }.sorted()
        }
        #expect(read(.quarter(3)) == ["TW3/a.md", "b.md", "sasaran/1.md"])
        #expect(read(.quarter(1)) == ["TW1/c.md", "a.md", "b.md", "sasaran/1.md"])
        // TW4: the monitoring report reads TW4/, the LKjIP tahunan/; b.md is replaced for both.
        #expect(read(.quarter(4)) == ["TW4/b.md", "a.md", "sasaran/1.md", "tahunan/b.md", "tahunan/sasaran/1.md"])
        #expect(read(.annual) == ["a.md", "tahunan/b.md", "tahunan/sasaran/1.md"])
    }

    /// The annual example as a TW4 workspace, with text written for TW3 and for the year.
    static func workspace() throws -> [String: String] {
        var files = try snapshot(Paths.annualExample).mapValues { String(decoding: $0, as: UTF8.self) }
        files["profil.yaml"] = files["profil.yaml"]!.replacingOccurrences(of: "periode: TAHUNAN", with: "periode: TW4")
        files["narasi/sasaran/1.md"] = "Sampai TW III capaian APK PAUD 73,6%.\n"
        files["narasi/TW3/sasaran/1.md"] = "Teks khusus TW III.\n"
        files["narasi/tahunan/sasaran/1.md"] = "Sepanjang 2024 APK PAUD mencapai 74,8%.\n"
        files["narasi/TW4/faktor-pendorong.md"] = "Pendorong TW IV.\n"
        return files
    }

    @Test func eachDocumentReadsItsPeriodFirst() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(try Self.workspace())
        var log = DiagnosticLog()
        let request = RunRequest(workspace: folder.url, defaultTemplates: Paths.templates)
        let result = try #require(Pipeline.run(request, log: &log), "\(log.sorted)")
        func text(_ name: String) throws -> String {
            String(decoding: try #require(result.files.first { $0.name == name }).data, as: UTF8.self)
        }
        let lkjip = try text("lkjip.md"), monitoring = try text("laporan-pemantauan.md")
        #expect(lkjip.contains("Sepanjang 2024 APK PAUD mencapai 74,8%."))
        #expect(!lkjip.contains("Sampai TW III") && !lkjip.contains("Teks khusus TW III"))
        // The TW4 monitoring report: TW4/ first, else narasi/'s own (tahunan/ is the LKjIP's).
        #expect(monitoring.contains("Pendorong TW IV."))
        #expect(monitoring.contains("Sampai TW III capaian APK PAUD 73,6%."))
        #expect(!monitoring.contains("Sepanjang 2024") && !monitoring.contains("Teks khusus TW III"))
        // The manifest lists what was read: not TW3/, and sasaran/1.md only because the monitoring report read it.
        let manifest = try JSONDecoder().decode(Manifest.self, from: try #require(result.files.last).data)
        let narasi = manifest.inputs.map(\.path).filter { $0.hasPrefix("narasi/") }
        #expect(narasi.contains("narasi/TW4/faktor-pendorong.md") && narasi.contains("narasi/tahunan/sasaran/1.md"))
        #expect(narasi.contains("narasi/sasaran/1.md"))
        #expect(!narasi.contains("narasi/TW3/sasaran/1.md"))
    }

    @Test func theAnnualReportLeavesOutReplacedFiles() throws {
        var files = try Self.workspace()
        files["profil.yaml"] = files["profil.yaml"]!.replacingOccurrences(of: "periode: TW4", with: "periode: TAHUNAN")
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(files)
        var log = DiagnosticLog()
        let result = try #require(
            Pipeline.run(RunRequest(workspace: folder.url, defaultTemplates: Paths.templates), log: &log))
        let manifest = try JSONDecoder().decode(Manifest.self, from: try #require(result.files.last).data)
        let narasi = manifest.inputs.map(\.path).filter { $0.hasPrefix("narasi/") }
        #expect(narasi.contains("narasi/tahunan/sasaran/1.md"))
        #expect(!narasi.contains("narasi/sasaran/1.md"), "replaced by tahunan/ for every document of the run")
        #expect(!narasi.contains("narasi/TW4/faktor-pendorong.md") && !narasi.contains("narasi/TW3/sasaran/1.md"))
        #expect(narasi.contains("narasi/penutup.md"))
        let monitoring = String(
            decoding: try #require(result.files.first { $0.name == "laporan-pemantauan.md" }).data, as: UTF8.self)
        #expect(
            monitoring.contains("Sepanjang 2024 APK PAUD mencapai 74,8%."), "TAHUNAN's monitoring report reads tahunan/"
        )
    }
}
