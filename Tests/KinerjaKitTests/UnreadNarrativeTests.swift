import Foundation
import Testing

@testable import KinerjaKit

/// A narrative file no document prints is said, with the name it most likely meant: a planner's
/// `faktor-pendorng.md` was left out of the report without a word.
struct UnreadNarrativeTests {
    @Test func aMisspeltOrUnknownNarrativeFileIsSaid() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let workspace = folder.url.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: Paths.example, to: workspace)
        let narasi = workspace.appendingPathComponent("narasi")
        try FileManager.default.moveItem(
            at: narasi.appendingPathComponent("faktor-pendorong.md"),
            to: narasi.appendingPathComponent("faktor-pendorng.md"))
        try FileManager.default.createDirectory(
            at: narasi.appendingPathComponent("tw3/sasaran"), withIntermediateDirectories: true)
        try Data("Teks.".utf8).write(to: narasi.appendingPathComponent("tw3/sasaran/9.md"))
        try Data("Catatan pribadi.".utf8).write(to: narasi.appendingPathComponent("catatan-rapat.md"))
        var log = DiagnosticLog()
        _ = Pipeline.compute(
            RunRequest(workspace: workspace, displayPath: "ws", defaultTemplates: Paths.templates), log: &log)
        let said = log.warnings.filter { $0.message.en.hasPrefix("no document prints this file") }.map(\.description)
        #expect(said.count == 3)
        #expect(
            said.contains {
                $0.hasPrefix("ws/narasi/faktor-pendorng.md: warning: ")
                    && $0.hasSuffix("no document prints this file; did you mean faktor-pendorong.md?")
            })
        #expect(
            said.contains {
                $0.hasPrefix("ws/narasi/tw3/sasaran/9.md: warning: ")
                    && $0.contains("there is no sasaran of that number (the indicators have sasaran 1 to")
            })
        #expect(
            said.contains {
                $0.hasPrefix("ws/narasi/catatan-rapat.md: warning: ") && $0.contains("the files a report reads are")
            })
        // The example as it is: every narrative file is printed somewhere.
        var clean = DiagnosticLog()
        _ = Pipeline.compute(RunRequest(workspace: Paths.example, defaultTemplates: Paths.templates), log: &clean)
        #expect(!clean.warnings.contains { $0.message.en.hasPrefix("no document prints this file") })
        var annual = DiagnosticLog()
        _ = Pipeline.compute(
            RunRequest(workspace: Paths.annualExample, defaultTemplates: Paths.templates), log: &annual)
        #expect(!annual.warnings.contains { $0.message.en.hasPrefix("no document prints this file") })
    }

    @Test func theSuggestionIsTheNearestKnownName() {
        #expect(UnreadNarrative.editDistance(Array("pendorng"), Array("pendorong")) == 1)
        #expect(UnreadNarrative.editDistance(Array(""), Array("abc")) == 3)
        #expect(UnreadNarrative.closest(to: "tindak-lanjt.md", among: UnreadNarrative.fixedNames) == "tindak-lanjut.md")
        #expect(UnreadNarrative.closest(to: "readme.md", among: UnreadNarrative.fixedNames) == nil)
        let found = UnreadNarrative.find(
            files: [
                "narasi/sasaran/IKU-1.md", "narasi/sasaran/IKU-01.md", "narasi/Tahunan/ikhtisar.md", "anggaran.csv",
            ],
            sasaran: [1, 2], kodes: ["IKU-01"])
        #expect(found == [.init(path: "narasi/sasaran/IKU-1.md", suggestion: "sasaran/IKU-01.md", sasaranFile: true)])
        let other = UnreadNarrative.find(
            files: ["narasi/sasaran/lampiran.md", "narasi/sasaran/3.md"], sasaran: [1, 2], kodes: [])
        #expect(other.map(\.sasaranCount) == [nil, 2])
        #expect(UnreadNarrative.message(other[0]).en.contains("neither a sasaran number nor an indicator's kode"))
        #expect(UnreadNarrative.message(other[1]).en.contains("the indicators have sasaran 1 to 2"))
    }
}
