import Foundation
import Testing

@testable import KinerjaKit

/// One writer at a time per output folder (issue 20: two runs at once left files of both).
struct ConcurrentWriteTests {
    /// A second lock on the same folder waits until the first is released; another folder does not wait.
    @Test func aFolderHasOneWriterAtATime() throws {
        let out = try TemporaryFolder()
        defer { out.cleanUp() }
        let folder = out.url.appendingPathComponent("disdik/2024-TW3")
        let events = Events()
        var first: FolderLock? = try #require(FolderLock(folder))
        let other = try #require(
            FolderLock(out.url.appendingPathComponent("dinkes/2024-TW3")), "another folder is free")
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let second = FolderLock(folder)
            events.add("second acquired")
            withExtendedLifetime(second) {}
            done.signal()
        }
        // However long the second thread has had, it has not got the lock while the first holds it.
        Thread.sleep(forTimeInterval: 0.2)
        events.add("first released")
        first = nil
        done.wait()
        #expect(events.all == ["first released", "second acquired"])
        withExtendedLifetime((first, other)) {}
        #expect(
            !FileManager.default.fileExists(atPath: folder.path), "a folder the lock made and left empty is removed")
    }

    /// A run that writes nothing (here a template names a label no file has) leaves no folder of the agency
    /// behind, its slug's folder included (planner trial: `Output/disdikbud/` stayed, empty).
    @Test func aRunThatWritesNothingLeavesNoFolder() throws {
        let out = try TemporaryFolder(), templates = try TemporaryFolder()
        defer {
            out.cleanUp()
            templates.cleanUp()
        }
        try "{{l.tidak_ada_label}}\n".write(
            to: templates.url.appendingPathComponent("ringkasan.md.mustache"), atomically: true, encoding: .utf8)
        let run = try runKinerja(
            ["report", Paths.example.path, "--output", out.url.path, "--templates", templates.url.path], in: Paths.root)
        #expect(run.status != 0 && run.stderr.contains("tidak ditulis"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.url.appendingPathComponent("disdikbud").path))

        // A folder that was there before stays, though the lock found it empty.
        let kept = out.url.appendingPathComponent("disdik")
        try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
        withExtendedLifetime(FolderLock(kept.appendingPathComponent("2024-TW3"))) {}
        #expect(FileManager.default.fileExists(atPath: kept.path))
        #expect(!FileManager.default.fileExists(atPath: kept.appendingPathComponent("2024-TW3").path))
    }

    final class Events: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        func add(_ event: String) {
            lock.lock()
            list.append(event)
            lock.unlock()
        }
        var all: [String] {
            lock.lock()
            defer { lock.unlock() }
            return list
        }
    }
}
