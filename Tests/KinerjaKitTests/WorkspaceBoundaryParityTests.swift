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

    /// `WorkspaceLoader.file(_:in:)`, which names a file without Foundation's stat(2) for a trailing slash (issue 22),
    /// gives what `appendingPathComponent(_:)` gives to everything the loader asks of it: the path, where it
    /// resolves, whether it exists, and what reading it answers — for files, folders, links to either, inside and
    /// out, dangling links, missing files and odd names.
    @Test func fileIsWhatAppendingSays() throws {
        let folder = try TemporaryFolder(), outside = try TemporaryFolder()
        defer {
            folder.cleanUp()
            outside.cleanUp()
        }
        let manager = FileManager.default
        let workspace = folder.url.appendingPathComponent("dinas")
        try manager.createDirectory(at: workspace.appendingPathComponent("narasi"), withIntermediateDirectories: true)
        try manager.createDirectory(
            at: workspace.appendingPathComponent("realisasi.csv"), withIntermediateDirectories: true)
        try manager.createDirectory(at: outside.url.appendingPathComponent("luar"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: outside.url.appendingPathComponent("luar.csv"))
        let names = ["indikator.csv", "a b.csv", "é.csv", "%41.csv", ".hidden", "..csv", "x?#;.csv"]
        for name in names { try Data("kode\n".utf8).write(to: workspace.appendingPathComponent(name)) }
        let links = [
            ("dalam.csv", "indikator.csv"), ("map.csv", "narasi"), ("hilang.csv", "tiada"),
            ("luar.csv", outside.url.appendingPathComponent("luar.csv").path),
            ("luar-map.csv", outside.url.appendingPathComponent("luar").path),
        ]
        for (name, target) in links {
            try manager.createSymbolicLink(
                atPath: workspace.appendingPathComponent(name).path, withDestinationPath: target)
        }
        try manager.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("pintas").path, withDestinationPath: "dinas")
        let asked =
            names + links.map(\.0) + ["realisasi.csv", "tidak-ada.csv", "narasi", "narasi/x.md", ".", ".."]
        var read = 0, refused = 0
        for written in [
            workspace, folder.url.appendingPathComponent("pintas"), URL(fileURLWithPath: workspace.path + "/../dinas"),
        ] {
            let boundary = WorkspaceBoundary(written)
            for name in asked {
                let old = written.appendingPathComponent(name), new = WorkspaceLoader.file(name, in: written)
                #expect(new.path == old.path, "\(written.path) \(name)")
                #expect(boundary.resolvedPath(of: new) == boundary.resolvedPath(of: old), "\(written.path) \(name)")
                #expect(boundary.resolved(new)?.path == boundary.resolved(old)?.path, "\(written.path) \(name)")
                #expect(
                    manager.fileExists(atPath: new.path) == manager.fileExists(atPath: old.path),
                    "\(written.path) \(name)")
                guard let resolved = boundary.resolvedPath(of: old) else { continue }
                let answer = WorkspaceFile.read(path: old.path, resolvedPath: resolved)
                #expect(
                    WorkspaceFile.read(path: new.path, resolvedPath: boundary.resolvedPath(of: new) ?? "") == answer,
                    "\(written.path) \(name)")
                if case .success = answer { read += 1 } else { refused += 1 }
            }
        }
        #expect(read > 10 && refused > 5)
    }
}
