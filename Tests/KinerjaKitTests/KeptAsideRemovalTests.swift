import Foundation
import Testing

@testable import KinerjaKit

/// `OutputWriter.replace(_:in:removingLater:)` leaves the earlier outputs it kept aside to `KeptAsideRemoval`: once
/// removed, the folder is the one the immediate removal leaves, name for name and byte for byte, and a run
/// (`BatchRun`) returns only when nothing it kept aside is left.
struct KeptAsideRemovalTests {
    /// Every name in `folder` with its bytes.
    private func contents(_ folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            found[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return found
    }

    @Test func removedLaterLeavesTheFolderTheImmediateRemovalLeaves() throws {
        let out = try TemporaryFolder()
        defer { out.cleanUp() }
        let earlier = (0..<12).map { OutputFile(name: "f\($0).csv", data: Data("earlier \($0)\n".utf8)) }
        // More than the backlog in all, so that both the threads and the caller remove files.
        for round in 0..<8 {
            let now = URL(fileURLWithPath: out.url.path + "/now-\(round)"),
                later = URL(fileURLWithPath: out.url.path + "/later-\(round)")
            let files =
                earlier.map { OutputFile(name: $0.name, data: Data("round \(round): \($0.name)\n".utf8)) }
                + [OutputFile(name: "new-\(round).md", data: Data("new\n".utf8))]
            for folder in [now, later] { _ = try OutputWriter.write(earlier, to: folder) }
            _ = try OutputWriter.write(files, to: now)
            try OutputWriter.replace(files, in: later, removingLater: true)
        }
        KeptAsideRemoval.waitUntilRemoved()
        for round in 0..<8 {
            let now = try contents(out.url.appendingPathComponent("now-\(round)"))
            let later = try contents(out.url.appendingPathComponent("later-\(round)"))
            #expect(later == now, "round \(round): \(later.keys.sorted()) against \(now.keys.sorted())")
            #expect(now.count == 13 && !now.keys.contains { OutputWriter.isLeftover($0) })
        }
    }

    @Test func aRunLeavesNothingKeptAside() throws {
        let out = try TemporaryFolder()
        defer { out.cleanUp() }
        var request = RunRequest(workspace: Paths.example, defaultTemplates: Paths.templates)
        request.displayPath = Paths.example.path
        for _ in 0..<2 {
            var run = ReportRun(request: request, workspaces: [Paths.example.path], output: out.url.path)
            run.force = true
            #expect(run.run().exitStatus == 0)
            let folder = out.url.appendingPathComponent("disdikbud/2024-TW3")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(!names.contains { OutputWriter.isLeftover($0) }, "\(names)")
            let record = out.url.appendingPathComponent(LastRun.folder + "/disdikbud")
            let records = try FileManager.default.contentsOfDirectory(atPath: record.path)
            #expect(records == ["2024-TW3.txt"], "\(records)")
        }
    }
}
