import Foundation
import Testing

@testable import KinerjaKit

/// Nothing outside a workspace's folder reaches its reports (issue 20).
struct WorkspaceBoundaryTests {
    @Test func linksOutOfTheWorkspaceAreRefused() throws {
        let folder = try TemporaryFolder(), outside = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            folder.cleanUp()
            outside.cleanUp()
            out.cleanUp()
        }
        let workspace = folder.url.appendingPathComponent("dinas")
        try FileManager.default.copyItem(at: Paths.example, to: workspace)
        let manager = FileManager.default
        try Data("RAHASIA DARI LUAR\n".utf8).write(to: outside.url.appendingPathComponent("rahasia.md"))
        let narrative = workspace.appendingPathComponent("narasi/faktor-pendorong.md")
        try manager.removeItem(at: narrative)
        try manager.createSymbolicLink(
            at: narrative, withDestinationURL: outside.url.appendingPathComponent("rahasia.md"))
        let table = workspace.appendingPathComponent("anggaran.csv")
        try manager.moveItem(at: table, to: outside.url.appendingPathComponent("anggaran.csv"))
        try manager.createSymbolicLink(
            at: table, withDestinationURL: outside.url.appendingPathComponent("anggaran.csv"))
        // A link that stays inside the workspace is the workspace's own file.
        let penutup = workspace.appendingPathComponent("narasi/tindak-lanjut.md")
        try manager.moveItem(at: penutup, to: workspace.appendingPathComponent("tindak-lanjut-asli.md"))
        try manager.createSymbolicLink(atPath: penutup.path, withDestinationPath: "../tindak-lanjut-asli.md")

        let result = try runKinerja(["report", "dinas", "--output", out.url.path, "--bahasa", "en"], in: folder.url)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "dinas/narasi/faktor-pendorong.md: error: narasi/faktor-pendorong.md is a link to a file outside the workspace folder"
            ))
        #expect(
            result.stderr.contains(
                "dinas/anggaran.csv: error: anggaran.csv is a link to a file outside the workspace folder"))
        #expect(!result.stderr.contains("tindak-lanjut"), "\(result.stderr)")
        #expect(try manager.contentsOfDirectory(atPath: out.url.path).isEmpty)
    }

    /// An agency or period folder of the output that is a link would take the writes elsewhere: refused, at
    /// the link, by report and check alike; nothing is written where it points. The output root itself may be
    /// a link (an archive disk mounted elsewhere).
    @Test func outputFoldersThatAreLinksAreRefused() throws {
        let folder = try TemporaryFolder(), outside = try TemporaryFolder()
        defer {
            folder.cleanUp()
            outside.cleanUp()
        }
        let manager = FileManager.default
        try manager.copyItem(at: Paths.example, to: folder.url.appendingPathComponent("dinas"))
        for (link, target) in [("Output/disdikbud", "agency"), ("Output/disdikbud/2024-TW3", "period")] {
            let out = folder.url.appendingPathComponent("Output")
            try? manager.removeItem(at: out)
            try manager.createDirectory(at: out, withIntermediateDirectories: true)
            let elsewhere = outside.url.appendingPathComponent(target)
            try manager.createDirectory(at: elsewhere, withIntermediateDirectories: true)
            if target == "period" {
                try manager.createDirectory(
                    at: out.appendingPathComponent("disdikbud"), withIntermediateDirectories: true)
            }
            try manager.createSymbolicLink(at: folder.url.appendingPathComponent(link), withDestinationURL: elsewhere)
            for command in ["report", "check"] {
                let result = try runKinerja([command, "dinas", "--output", "Output", "--bahasa", "en"], in: folder.url)
                #expect(result.status == 1, "\(command) \(link)")
                #expect(
                    result.stderr.contains("\(link): error: \(link) is a link, which kinerja does not write through"),
                    "\(result.stderr)")
                #expect(
                    try manager.contentsOfDirectory(atPath: elsewhere.path).isEmpty, "\(command) wrote through \(link)")
            }
        }
        // The output root as a link is the user's choice: written into.
        let root = folder.url.appendingPathComponent("arsip")
        try manager.createSymbolicLink(at: root, withDestinationURL: outside.url)
        let result = try runKinerja(["report", "dinas", "--output", "arsip", "--bahasa", "en"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(manager.fileExists(atPath: outside.url.appendingPathComponent("disdikbud/2024-TW3/manifest.json").path))
    }
}
