import Foundation
import Testing

@testable import KinerjaKit

/// A workspace whose folder the last run noted (`RecordFolders`) finds its record before its profil.yaml is
/// composed; the record is then believed only as before (its fingerprint hashes the workspace as named, the
/// folder and every byte of the workspace), and every other case goes the usual way with the same outcome.
struct RecordFoldersTests {
    private static func run(_ out: URL, _ workspaces: [WorkspaceRef], force: Bool = false) -> [AgencyOutcome] {
        BatchTests.batch(out, force: force).run(workspaces)
    }

    private static func refs(_ inputs: URL) -> [WorkspaceRef] {
        WorkspaceDiscovery.expand([inputs.path]).workspaces
    }

    private static func folders(_ out: URL) -> URL {
        out.appendingPathComponent(LastRun.folder + "/" + RecordFolders.name)
    }

    @Test func anUnchangedAgencyIsFoundFromItsWorkspaceWithTheSameOutcome() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        try BatchTests.syntheticSet(inputs.url, count: 3)
        let workspaces = Self.refs(inputs.url)
        let written = Self.run(out.url, workspaces)
        #expect(written.map(\.state) == [.written, .written, .written])
        #expect(
            RecordFolders.read(root: out.url)
                == Dictionary(uniqueKeysWithValues: written.map { ($0.workspace.displayPath, $0.row!.directory) }))
        let found = Self.run(out.url, workspaces)
        #expect(found.map(\.state) == [.unchanged, .unchanged, .unchanged])
        #expect(found.allSatisfy { $0.fromLastRun && $0.foundByWorkspace })
        // Nothing was written: the list is the same file.
        let listed = try Data(contentsOf: Self.folders(out.url))
        // Without the list, by the profiles: the same rows and warnings; the list is written again, the same.
        try FileManager.default.removeItem(at: Self.folders(out.url))
        let byProfile = Self.run(out.url, workspaces)
        #expect(byProfile.allSatisfy { $0.fromLastRun && !$0.foundByWorkspace })
        #expect(found.map(\.row) == byProfile.map(\.row) && found.map(\.row) == written.map(\.row))
        #expect(found.map(\.log.diagnostics) == byProfile.map(\.log.diagnostics))
        #expect(found.map(\.log.diagnostics) == written.map(\.log.diagnostics))
        #expect(try Data(contentsOf: Self.folders(out.url)) == listed)
        // --force and `check` do not use it.
        #expect(Self.run(out.url, workspaces, force: true).allSatisfy { !$0.fromLastRun && $0.state == .written })
        var check = BatchTests.batch(out.url)
        check.writes = false
        #expect(check.run(workspaces).allSatisfy { $0.state == .checked && !$0.foundByWorkspace })
    }

    @Test func aWorkspaceMovedOrItsSlugChangedIsLoadedAgain() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        let urls = try BatchTests.syntheticSet(inputs.url, count: 3)
        _ = Self.run(out.url, Self.refs(inputs.url))
        // Moved: another name on the command line, no line of its own; found current by loading it.
        try FileManager.default.moveItem(at: urls[0], to: inputs.url.appendingPathComponent("pd-0009"))
        var outcomes = Self.run(out.url, Self.refs(inputs.url))
        #expect(outcomes.map { String($0.workspace.displayPath.suffix(7)) } == ["pd-0002", "pd-0003", "pd-0009"])
        #expect(outcomes.map(\.foundByWorkspace) == [true, true, false])
        #expect(!outcomes[2].fromLastRun && outcomes[2].state != .failed)
        #expect(Self.run(out.url, Self.refs(inputs.url)).allSatisfy { $0.foundByWorkspace })
        // Its singkatan renamed: the list still names the old folder, whose record no longer holds.
        let profile = urls[1].appendingPathComponent("profil.yaml")
        let yaml = try String(contentsOf: profile, encoding: .utf8)
        let line = try #require(yaml.split(separator: "\n").first { $0.hasPrefix("singkatan:") })
        try Data(yaml.replacingOccurrences(of: line, with: "singkatan: Baru").utf8).write(to: profile)
        outcomes = Self.run(out.url, Self.refs(inputs.url))
        #expect(outcomes.map(\.foundByWorkspace) == [false, true, true])
        #expect(outcomes[0].state == .written && outcomes[0].row?.directory == "baru/2024-TW3")
        #expect(RecordFolders.read(root: out.url)[outcomes[0].workspace.displayPath] == "baru/2024-TW3")
        #expect(Self.run(out.url, Self.refs(inputs.url)).allSatisfy { $0.foundByWorkspace })
    }

    @Test func aListThatLeadsElsewhereOrIsSpoiltIsNotBelieved() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder(), elsewhere = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
            elsewhere.cleanUp()
        }
        try BatchTests.syntheticSet(inputs.url, count: 3)
        let workspaces = Self.refs(inputs.url)
        let written = Self.run(out.url, workspaces)
        // Sealed, but each workspace sent to another's folder: no record there holds for it.
        let folders = RecordFolders.read(root: out.url)
        let paths = workspaces.map(\.displayPath)
        var swapped: [String: String] = [:]
        for (index, path) in paths.enumerated() { swapped[path] = folders[paths[(index + 1) % paths.count]] }
        try RecordFolders.encode(swapped).write(to: Self.folders(out.url))
        var outcomes = Self.run(out.url, workspaces)
        #expect(outcomes.allSatisfy { $0.fromLastRun && !$0.foundByWorkspace })
        #expect(outcomes.map(\.row) == written.map(\.row))
        #expect(RecordFolders.read(root: out.url) == folders, "written again as it was")
        // Spoilt by one byte, cut short, emptied, a link in its place: read as no list, then written again.
        let listed = try Data(contentsOf: Self.folders(out.url))
        var spoilt = listed
        spoilt[spoilt.count - 5] ^= 1
        for replacement in [spoilt, listed.prefix(listed.count / 2), Data()] {
            try replacement.write(to: Self.folders(out.url))
            outcomes = Self.run(out.url, workspaces)
            #expect(outcomes.allSatisfy { $0.fromLastRun && !$0.foundByWorkspace })
            #expect(try Data(contentsOf: Self.folders(out.url)) == listed)
        }
        try listed.write(to: elsewhere.url.appendingPathComponent("list.txt"))
        try FileManager.default.removeItem(at: Self.folders(out.url))
        try FileManager.default.createSymbolicLink(
            at: Self.folders(out.url), withDestinationURL: elsewhere.url.appendingPathComponent("list.txt"))
        #expect(Self.run(out.url, workspaces).allSatisfy { $0.fromLastRun && !$0.foundByWorkspace })
        #expect(Self.run(out.url, workspaces).allSatisfy { $0.foundByWorkspace })
    }

    @Test func twoWorkspacesNowClaimingOneFolderBothFailAsBefore() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        let urls = try BatchTests.syntheticSet(inputs.url, count: 3)
        _ = Self.run(out.url, Self.refs(inputs.url))
        // A copy of the first: the same profile, the same folder.
        try FileManager.default.copyItem(at: urls[0], to: inputs.url.appendingPathComponent("pd-0004"))
        let outcomes = Self.run(out.url, Self.refs(inputs.url))
        #expect(outcomes.map(\.state) == [.failed, .unchanged, .unchanged, .failed])
        #expect(outcomes.map(\.foundByWorkspace) == [false, true, true, false])
        // The same messages as a run that composes every profile.
        try FileManager.default.removeItem(at: Self.folders(out.url))
        let byProfile = Self.run(out.url, Self.refs(inputs.url))
        #expect(byProfile.map(\.state) == outcomes.map(\.state))
        #expect(byProfile.map(\.log.diagnostics) == outcomes.map(\.log.diagnostics))
        #expect(byProfile.map(\.row) == outcomes.map(\.row))
        #expect(
            byProfile.filter { $0.row == nil }.map(\.profileLanguage)
                == outcomes.filter { $0.row == nil }.map(\.profileLanguage))
        #expect(outcomes[0].log.diagnostics.contains { $0.message.en.contains("would both write disdik/2024-TW3/") })
    }

    @Test func aListReadsBackAsItWasWritten() {
        let folders = ["pd-0001": "disdik/2024-TW3", "a\tb\\c": "x/2024-TW1", "": "y/2024"]
        #expect(RecordFolders.decode([UInt8](RecordFolders.encode(folders))) == folders)
        #expect(RecordFolders.decode([UInt8](RecordFolders.encode(folders).dropLast())) == nil)
        #expect(RecordFolders.decode([UInt8](LastIndex(key: "k", outputs: []).encoded)) == nil)
    }
}
