import Foundation
import Testing

@testable import KinerjaKit

/// A many-agency run whose rows, templates and options are those of the last, with the index on disk as that
/// run wrote it, leaves index.md, index.html and rekap.csv as they are (`LastIndex`); whenever any of that does
/// not hold, the index is rendered and written as before, and its bytes are those of a run with `--force`.
struct LastIndexTests {
    private static let names = ["index.md", "index.html", "rekap.csv"]

    private static func report(_ folders: [URL], _ out: URL, force: Bool = false) -> ReportOutcome {
        var run = ReportRun(
            request: RunRequest(workspace: folders[0], defaultTemplates: Paths.templates),
            workspaces: folders.map(\.path), output: out.path)
        run.force = force
        return run.run()
    }

    private static func index(_ out: URL) throws -> [Data] {
        try names.map { try Data(contentsOf: out.appendingPathComponent($0)) }
    }

    @Test func anUnchangedRunLeavesTheIndexAsTheLastWroteIt() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        let folders = try BatchTests.syntheticSet(inputs.url, count: 3)
        let first = Self.report(folders, out.url)
        #expect(!first.indexFromLastRun && first.indexFiles == Self.names)
        let written = try Self.index(out.url)
        let again = Self.report(folders, out.url)
        #expect(again.indexFromLastRun && again.indexFiles == Self.names)
        #expect(try Self.index(out.url) == written)
        // Without the record: rendered, and the same lines are said but for the index's: 'wrote' for each file
        // when written, one 'up to date' line when kept (it had said 'wrote' of files it left alone).
        try FileManager.default.removeItem(at: out.url.appendingPathComponent(LastRun.folder + "/" + LastIndex.name))
        let rendered = Self.report(folders, out.url)
        func text(_ line: OutputLine) -> String {
            switch line {
            case .out(let text), .error(let text): text
            }
        }
        let index = { (line: String) in Self.names.contains { line.contains("/" + $0) } }
        #expect(
            !rendered.indexFromLastRun
                && rendered.lines.filter { !index(text($0)) } == again.lines.filter { !index(text($0)) })
        #expect(rendered.lines.map(text).filter(index).count == Self.names.count)
        let kept = again.lines.map(text).filter(index)
        #expect(kept.count == 1 && kept[0].hasSuffix("tidak ditulis ulang"), "\(kept)")
        #expect(try Self.index(out.url) == written)
        // --force renders the same bytes (and the record it writes is then believed again).
        #expect(!Self.report(folders, out.url, force: true).indexFromLastRun)
        #expect(try Self.index(out.url) == written)
        #expect(Self.report(folders, out.url).indexFromLastRun)
    }

    @Test func anIndexEditedOrARowChangedOrARecordSpoiltIsRenderedAgain() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        let folders = try BatchTests.syntheticSet(inputs.url, count: 3)
        _ = Self.report(folders, out.url)
        let written = try Self.index(out.url)
        // One byte of one file, the same size: rendered and written again.
        for (name, original) in zip(Self.names, written) {
            var edited = original
            edited[edited.count / 2] ^= 1
            try edited.write(to: out.url.appendingPathComponent(name))
            #expect(!Self.report(folders, out.url).indexFromLastRun, "\(name)")
            #expect(try Self.index(out.url) == written)
        }
        try FileManager.default.removeItem(at: out.url.appendingPathComponent("index.html"))
        #expect(!Self.report(folders, out.url).indexFromLastRun)
        #expect(try Self.index(out.url) == written)
        // Another set of agencies, or the same in another order: other rows.
        #expect(!Self.report(Array(folders.prefix(2)), out.url).indexFromLastRun)
        #expect(!Self.report(folders.reversed(), out.url).indexFromLastRun)
        #expect(!Self.report(folders, out.url).indexFromLastRun)
        #expect(try Self.index(out.url) == written)
        // A row changed by an input: rendered; the bytes are a forced run's.
        let narrative = folders[1].appendingPathComponent("profil.yaml")
        let yaml = try String(contentsOf: narrative, encoding: .utf8)
        try Data(yaml.replacingOccurrences(of: "periode: TW3", with: "periode: TW2").utf8).write(to: narrative)
        #expect(!Self.report(folders, out.url).indexFromLastRun)
        let changed = try Self.index(out.url)
        #expect(changed != written)
        _ = Self.report(folders, out.url, force: true)
        #expect(try Self.index(out.url) == changed)
        // The record spoilt (one byte), cut short, or a link in its place: not believed.
        let record = out.url.appendingPathComponent(LastRun.folder + "/" + LastIndex.name)
        let bytes = try Data(contentsOf: record)
        var spoilt = bytes
        spoilt[spoilt.count - 3] ^= 1
        for replacement in [spoilt, bytes.prefix(bytes.count / 2), Data()] {
            try replacement.write(to: record)
            #expect(!Self.report(folders, out.url).indexFromLastRun)
            #expect(Self.report(folders, out.url).indexFromLastRun, "written again whole")
        }
        let elsewhere = inputs.url.appendingPathComponent("index.txt")
        try bytes.write(to: elsewhere)
        try FileManager.default.removeItem(at: record)
        try FileManager.default.createSymbolicLink(at: record, withDestinationURL: elsewhere)
        #expect(!Self.report(folders, out.url).indexFromLastRun)
    }

    @Test func aRunWithAFailedAgencyNeitherTrustsNorWritesTheRecord() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        let folders = try BatchTests.syntheticSet(inputs.url, count: 3)
        _ = Self.report(folders, out.url)
        let record = out.url.appendingPathComponent(LastRun.folder + "/" + LastIndex.name)
        #expect(FileManager.default.fileExists(atPath: record.path))
        try FileManager.default.removeItem(at: folders[2].appendingPathComponent("profil.yaml"))
        let failed = Self.report(folders, out.url)
        #expect(!failed.indexFromLastRun && failed.outcomes.map(\.state).contains(.failed))
        #expect(!FileManager.default.fileExists(atPath: record.path))
    }

    @Test func aRecordReadsBackAsItWasWritten() {
        let record = LastIndex(
            key: String(repeating: "a", count: 64),
            outputs: [Manifest.Entry(path: "index.md", sha256: String(repeating: "b", count: 64), size: 12)])
        #expect(LastIndex(encoded: [UInt8](record.encoded)) == record)
        #expect(LastIndex(encoded: [UInt8](record.encoded.dropLast(2))) == nil)
        #expect(LastRun(encoded: [UInt8](record.encoded)) == nil, "an index record is no agency's")
    }
}
