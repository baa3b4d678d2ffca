import Foundation
import Testing

@testable import KinerjaKit

/// manifest.json's inputs take the fingerprint's hashes (issue 22, ninth round) only for the very bytes
/// hashed: the same entries as hashing the loaded bytes again, and a file changed since is hashed anew.
struct InputHashReuseTests {
    @Test func entryOnlyForTheSameBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let narasi = folder.url.appendingPathComponent("narasi")
        try FileManager.default.createDirectory(at: narasi, withIntermediateDirectories: true)
        let (text, empty) = (Data("# Ikhtisar\nisi\n".utf8), Data())
        try text.write(to: narasi.appendingPathComponent("ikhtisar.md"))
        try empty.write(to: folder.url.appendingPathComponent("kosong.csv"))
        let fingerprint = try #require(InputFingerprint.of(workspace: folder.url, parts: ["run"]))

        #expect(fingerprint.entry("narasi/ikhtisar.md", text) == Manifest.entry("narasi/ikhtisar.md", text))
        #expect(fingerprint.entry("kosong.csv", empty) == Manifest.entry("kosong.csv", empty))
        // Changed after the fingerprint, same size or not: not taken.
        #expect(fingerprint.entry("narasi/ikhtisar.md", Data("# Ikhtisar\nISI\n".utf8)) == nil)
        #expect(fingerprint.entry("narasi/ikhtisar.md", Data("# Ikhtisar\n".utf8)) == nil)
        #expect(fingerprint.entry("narasi/lain.md", text) == nil)
    }

    /// The example rendered with its fingerprint gives the manifest it gives without, and with a fingerprint
    /// of other bytes still lists the bytes loaded.
    @Test func manifestAsBefore() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let workspace = folder.url.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: Paths.example, to: workspace)
        let request = RunRequest(workspace: workspace, defaultTemplates: Paths.templates)
        var log = DiagnosticLog()
        let templates = TemplateSet(defaults: request.defaultTemplates, user: nil, log: &log)
        let computed = try #require(Pipeline.compute(request, log: &log))
        let fingerprint = try #require(InputFingerprint.of(workspace: workspace, parts: []))
        let plain = try #require(Pipeline.render(computed, request: request, templates: templates, log: &log))
        let reused = try #require(
            Pipeline.render(computed, request: request, templates: templates, hashed: fingerprint, log: &log))
        #expect(!plain.inputs.isEmpty)
        #expect(reused.inputs == plain.inputs)
        #expect(reused.files.map(\.data) == plain.files.map(\.data))

        // Every input changed on disk after it was loaded, its size kept (its last byte another): the
        // fingerprint's hashes are of other bytes.
        for input in computed.workspace.inputFiles where !input.data.isEmpty {
            var changed = input.data
            changed[changed.count - 1] ^= 0x01
            try changed.write(to: workspace.appendingPathComponent(input.path))
        }
        let other = try #require(InputFingerprint.of(workspace: workspace, parts: []))
        let stale = try #require(
            Pipeline.render(computed, request: request, templates: templates, hashed: other, log: &log))
        #expect(stale.inputs == plain.inputs)
    }
}
