import Foundation
import Testing

@testable import KinerjaKit

/// `PlainPath` (issue 22) answers what Foundation's URL calls answer, on paths made at random and on the entries
/// of a real folder with odd names and links; and the narrative loader reads a plain folder as it reads any.
struct PlainPathParityTests {
    static let pieces = [
        "a", "b", "narasi", ".", "..", "...", ".x", "", "private", "var", "automount", "x.md", "X.MD", ".md", "..md",
        "a.Md", "md", " ", "a b", "%", "%2E", "é", "e\u{301}", "\u{301}", "~", "?", "#", ";", ":", "日本",
    ]

    @Test func plainPathsAreAsFoundationStandardizesThem() {
        var random = SeededGenerator(seed: 48)
        var plain = 0
        for _ in 0..<20_000 {
            let parts = (0..<Int.random(in: 1...6, using: &random)).map { _ in
                Self.pieces.randomElement(using: &random)!
            }
            let path =
                (Int.random(in: 0..<10, using: &random) == 0 ? "" : "/") + parts.joined(separator: "/")
                + (Int.random(in: 0..<8, using: &random) == 0 ? "/" : "")
            let url = URL(fileURLWithPath: path)
            if PlainPath.isPlain(url.path) {
                plain += 1
                #expect(url.standardizedFileURL.path == url.path, "\(path.debugDescription)")
            }
            if let markdown = PlainPath.isMarkdown(url.path) {
                #expect(markdown == (url.pathExtension.lowercased() == "md"), "\(path.debugDescription)")
            }
        }
        #expect(plain > 2_000)
        for path in ["/a/./b", "/a/../b", "/a//b", "/a/", "a/b", "/private/tmp", "/var/automount/x", "/..", "/."] {
            #expect(!PlainPath.isPlain(path), "\(path)")
        }
        for path in ["/a/b", "/a/.b", "/a/b..", "/a/...", "/privately/x", "/tmp/b/kab5/pd-0001/narasi/TW3/x.md"] {
            #expect(PlainPath.isPlain(path), "\(path)")
        }
    }

    /// A folder of odd names, links (to a file, to a folder, dangling) and a folder named like a Markdown file.
    private func oddFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let manager = FileManager.default
        let root = folder.url.appendingPathComponent("narasi")
        for sub in ["", "sasaran", "TW3", "x.md", "a b", "é", ".hidden", "%2E"] {
            try manager.createDirectory(at: root.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let names = [
            "ikhtisar.md", "A.MD", ".x.md", "..md", ".md", "a b.md", "%41.md", "ü.md", "e\u{301}.md", "x.markdown",
            "catatan.txt", "日本.md", "a.md.bak", "a?.md", "#.md", ";.md",
        ]
        for (index, name) in names.enumerated() {
            for sub in ["", "sasaran", "TW3", "a b", "é", ".hidden", "%2E"] where index % 3 != 0 || sub.isEmpty {
                try Data("# \(sub)/\(name)\n".utf8).write(
                    to: root.appendingPathComponent(sub).appendingPathComponent(name))
            }
        }
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("link.md").path, withDestinationPath: "A.MD")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("gone.md").path, withDestinationPath: "no")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("TW4").path, withDestinationPath: "TW3")
        return folder
    }

    @Test func folderEntriesAreAsFoundationSaysThem() throws {
        let folder = try oddFolder()
        defer { folder.cleanUp() }
        let root = folder.url.appendingPathComponent("narasi")
        let enumerator = try #require(
            FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]))
        var seen = 0, links = 0
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in enumerator {
            seen += 1
            #expect(PlainPath.isLink(url.path) == url.isSymbolicLink, "\(url.path)")
            if url.isSymbolicLink { links += 1 }
            if let markdown = PlainPath.isMarkdown(url.path) {
                #expect(markdown == (url.pathExtension.lowercased() == "md"), "\(url.path)")
            }
            if PlainPath.isPlain(url.path) {
                #expect(url.standardizedFileURL.path == url.path, "\(url.path)")
                if url.path.hasPrefix(prefix) {
                    let name = String(url.path.dropFirst(prefix.count))
                    #expect(root.appendingPathComponent(name).path == url.path, "\(url.path)")
                }
            }
        }
        #expect(seen > 60 && links == 3)
        #expect(!PlainPath.isLink(root.appendingPathComponent("nothing-here").path))
    }

    /// The loader's plain way and its way for odd paths read the same files to the same texts and messages.
    @Test func plainFolderIsReadAsAnyFolder() throws {
        let folder = try oddFolder()
        defer { folder.cleanUp() }
        let manager = FileManager.default
        // Without links, so that the plain way is taken; then with them (both ways are then the general one).
        for withLinks in [false, true] {
            let root = folder.url.appendingPathComponent("narasi")
            if !withLinks {
                for name in ["link.md", "gone.md", "TW4"] {
                    try manager.removeItem(at: root.appendingPathComponent(name))
                }
            } else {
                try manager.createSymbolicLink(
                    atPath: root.appendingPathComponent("link.md").path, withDestinationPath: "A.MD")
            }
            try Data(repeating: 0x41, count: NarrativeLoader.largestFile + 1).write(
                to: root.appendingPathComponent("TW3/besar.md"))
            try Data([0x93, 0x61, 0x94]).write(to: root.appendingPathComponent("sasaran/1252.md"))
            for period: ReportPeriod? in [nil, .quarter(3), .annual] {
                let boundary = WorkspaceBoundary(folder.url)
                var plainInputs: [InputFile] = [], generalInputs: [InputFile] = []
                var plainLog = DiagnosticLog(), generalLog = DiagnosticLog()
                let plain = NarrativeLoader.load(
                    from: folder.url, period: period, boundary: boundary, displayPath: { "ws/" + $0 },
                    inputs: &plainInputs, log: &plainLog)
                let general = NarrativeLoader.load(
                    from: folder.url, period: period, boundary: boundary, displayPath: { "ws/" + $0 },
                    inputs: &generalInputs, log: &generalLog, plainPaths: false)
                #expect(plain == general)
                #expect(plain.count > 20)
                #expect(plainInputs.map(\.path) == generalInputs.map(\.path))
                #expect(plainInputs.map(\.data) == generalInputs.map(\.data))
                #expect(plainLog.diagnostics == generalLog.diagnostics)
                #expect(plainLog.diagnostics.count >= 2)
            }
        }
    }
}
