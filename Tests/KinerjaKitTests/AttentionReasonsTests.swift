import Foundation
import Testing

@testable import KinerjaKit

/// Perlu Perhatian lists every indicator whose capaian cannot be stated, each with why (docs/aturan-capaian.md,
/// section 6): a planner reading it for the indicators to explain missed a positif indicator with a target of 0.
struct AttentionReasonsTests {
    private func attention(_ workspace: URL) throws -> String {
        var log = DiagnosticLog()
        let result = try #require(
            try reportWritten(
                RunRequest(workspace: workspace, displayPath: "ws", defaultTemplates: Paths.templates), log: &log))
        let file = try #require(result.files.first { $0.name == "laporan-pemantauan.md" })
        let text = String(decoding: file.data, as: UTF8.self)
        let start = try #require(text.range(of: "Indikator yang Perlu Perhatian"))
        let end = text.range(of: "\n## ", range: start.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
        return String(text[start.lowerBound..<end])
    }

    @Test func aTargetOfZeroAndNoTargetAreListedWithTheirReason() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let workspace = folder.url.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: Paths.example, to: workspace)
        let file = workspace.appendingPathComponent("indikator.csv")
        let text = try String(contentsOf: file, encoding: .utf8)
        let row = "Persentase satuan PAUD terakreditasi;%;positif;terakhir;60;"
        #expect(text.contains(row))
        try Data(
            text.replacingOccurrences(of: row, with: "Persentase satuan PAUD terakreditasi;%;positif;terakhir;0;").utf8
        ).write(to: file)
        let listed = try attention(workspace)
        #expect(listed.contains("| IKU-02 | Persentase satuan PAUD terakreditasi | –"), "\(listed)")
        #expect(listed.contains("target 0, capaian tidak dapat dihitung"))
        #expect(listed.contains("| KEG-01 |") && listed.contains("belum ada target, capaian tidak dapat dihitung"))
    }
}
