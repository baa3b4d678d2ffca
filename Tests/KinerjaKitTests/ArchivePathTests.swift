import Foundation
import Testing

@testable import KinerjaKit

/// verify and sign read only the folder's own files (issue 20).
struct ArchivePathTests {
    @Test func aManifestPathOutOfTheFolderAndALinkAreNotIntact() throws {
        let out = try TemporaryFolder(), elsewhere = try TemporaryFolder()
        defer {
            out.cleanUp()
            elsewhere.cleanUp()
        }
        let result = try runKinerja(
            ["report", Paths.example.path, "--output", out.url.path, "--quiet"], in: Paths.root)
        #expect(result.status == 0)
        let folder = out.url.appendingPathComponent("disdikbud/2024-TW3")
        #expect(
            ArchiveCheck.check(folder).files.filter { $0.name != ManifestSignature.fileName }.allSatisfy {
                $0.state == .intact
            })

        // A manifest edited to list a file outside, with that file's true hash.
        let manifestURL = folder.appendingPathComponent("manifest.json")
        var manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: manifestURL))
        let secret = Data("rahasia\n".utf8)
        try secret.write(to: elsewhere.url.appendingPathComponent("rahasia.txt"))
        let climbing =
            String(repeating: "../", count: folder.pathComponents.count) + elsewhere.url.path.dropFirst()
            + "/rahasia.txt"
        manifest.outputs.append(Manifest.entry(climbing, secret))
        manifest.outputs.append(Manifest.entry(elsewhere.url.path + "/rahasia.txt", secret))
        try manifest.encoded().write(to: manifestURL)
        // An output replaced by a link to an identical copy outside the folder.
        let ringkasan = folder.appendingPathComponent("ringkasan.md")
        try FileManager.default.moveItem(at: ringkasan, to: elsewhere.url.appendingPathComponent("ringkasan.md"))
        try FileManager.default.createSymbolicLink(
            at: ringkasan, withDestinationURL: elsewhere.url.appendingPathComponent("ringkasan.md"))

        let check = ArchiveCheck.check(folder)
        let states = Dictionary(check.files.map { ($0.name, $0.state) }, uniquingKeysWith: { a, _ in a })
        #expect(states[climbing] == .changed)
        #expect(states[elsewhere.url.path + "/rahasia.txt"] == .changed)
        #expect(states["ringkasan.md"] == .changed)
        #expect(states["capaian.csv"] == .intact)
        #expect(!check.isIntact)
    }
}
