import Foundation
import Testing

@testable import KinerjaKit

/// `WorkspaceBoundary.resolvedPath(of:)`, which tells a plain file right in the workspace folder without resolving
/// it (issue 22), answers what `resolved(_:)` answers: for files, links inside and out, dangling links, folders,
/// missing files and odd names, with the workspace named as it resolves, through a link, and with `..` in it.
struct WorkspaceBoundaryParityTests {
    @Test func resolvedPathIsWhatResolvingSays() throws {
        let folder = try TemporaryFolder(), outside = try TemporaryFolder()
        defer {
            folder.cleanUp()
            outside.cleanUp()
        }
        let manager = FileManager.default
        let workspace = folder.url.appendingPathComponent("dinas")
        try manager.createDirectory(at: workspace.appendingPathComponent("narasi"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: outside.url.appendingPathComponent("luar.csv"))
        let names = ["indikator.csv", "a b.csv", "é.csv", "e\u{301}.csv", "%41.csv", ".hidden", "..csv", "x?#;.csv"]
        for name in names { try Data("kode\n".utf8).write(to: workspace.appendingPathComponent(name)) }
        try manager.createSymbolicLink(
            atPath: workspace.appendingPathComponent("dalam.csv").path, withDestinationPath: "indikator.csv")
        try manager.createSymbolicLink(
            atPath: workspace.appendingPathComponent("luar.csv").path,
            withDestinationPath: outside.url.appendingPathComponent("luar.csv").path)
        try manager.createSymbolicLink(
            atPath: workspace.appendingPathComponent("hilang.csv").path, withDestinationPath: "tiada")
        try manager.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("pintas").path, withDestinationPath: "dinas")
        let asked =
            names + ["dalam.csv", "luar.csv", "hilang.csv", "tidak-ada.csv", "narasi", "narasi/x.md", ".", ".."]
        var told = 0, outsideFound = 0
        for written in [
            workspace, folder.url.appendingPathComponent("pintas"), URL(fileURLWithPath: workspace.path + "/../dinas"),
        ] {
            let boundary = WorkspaceBoundary(written)
            for name in asked {
                let url = written.appendingPathComponent(name)
                let expected = boundary.resolved(url)?.path
                #expect(boundary.resolvedPath(of: url) == expected, "\(written.path) \(name)")
                if expected == nil { outsideFound += 1 }
                if PlainPath.isPlain(url.path), url.path.hasPrefix(boundary.root + "/") { told += 1 }
            }
        }
        #expect(told > 10 && outsideFound >= 3)
    }
}
