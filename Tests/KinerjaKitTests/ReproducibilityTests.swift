import Foundation
import Testing

@testable import KinerjaKit

/// docs/laporan.md, "Guarantees": same inputs, templates and tool version → the same bytes, whatever the
/// clock, time zone, locale or order in which the workspace's files were written.
struct ReproducibilityTests {
    /// Copies `source` into a new folder, writing its files in `order`.
    func copy(_ source: URL, reversed: Bool) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let files = try snapshot(source)
        let names = files.keys.sorted()
        for name in reversed ? names.reversed() : names {
            let target = folder.url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try files[name]!.write(to: target)
        }
        return folder
    }

    @Test(arguments: [Paths.example, Paths.annualExample])
    func twoRunsUnderDifferentZonesLocalesAndFileOrdersGiveTheSameBytes(_ example: URL) throws {
        let first = try copy(example, reversed: false), second = try copy(example, reversed: true)
        let out1 = try TemporaryFolder(), out2 = try TemporaryFolder()
        defer { [first, second, out1, out2].forEach { $0.cleanUp() } }
        let run1 = try runKinerja(
            ["report", first.url.path, "--output", out1.url.path], in: Paths.root,
            environment: ["TZ": "UTC", "LANG": "C", "LC_ALL": "C"])
        let run2 = try runKinerja(
            ["report", second.url.path, "--output", out2.url.path], in: Paths.root,
            environment: ["TZ": "Asia/Jayapura", "LANG": "id_ID.UTF-8", "LC_ALL": "id_ID.UTF-8"])
        #expect(run1.status == 0 && run2.status == 0, "\(run1.stderr)\(run2.stderr)")
        let a = try snapshot(out1.url), b = try snapshot(out2.url)
        #expect(a.count >= 8)
        #expect(a.keys.sorted() == b.keys.sorted())
        for name in a.keys.sorted() { #expect(a[name] == b[name], "\(name) differs between the two runs") }
    }
}
