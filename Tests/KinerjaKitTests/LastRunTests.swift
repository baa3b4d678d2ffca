import Foundation
import Testing

@testable import KinerjaKit

/// An agency left unchanged is decided from its last run's record (`LastRun`, issue 22) without being
/// loaded, and only when nothing its outputs depend on has changed: every case where the record must not
/// be believed falls back to loading and rendering, and the outcome, the rekap and every line said are the
/// same either way.
struct LastRunTests {
    /// Three synthetic workspaces reported once into `out`; their refs.
    private static func reported(_ inputs: URL, _ out: URL) throws -> [WorkspaceRef] {
        try BatchTests.syntheticSet(inputs, count: 3)
        let workspaces = WorkspaceDiscovery.expand([inputs.path]).workspaces
        let first = BatchTests.batch(out).run(workspaces)
        #expect(first.map(\.state) == [.written, .written, .written])
        #expect(first.allSatisfy { !$0.fromLastRun })
        return workspaces
    }

    private static func run(_ out: URL, _ workspaces: [WorkspaceRef], force: Bool = false) -> [AgencyOutcome] {
        BatchTests.batch(out, force: force).run(workspaces)
    }

    @Test func anUnchangedAgencyIsDecidedFromItsRecordWithTheSameRowAndWarnings() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        let workspaces = try Self.reported(inputs.url, out.url)
        // Loaded and rendered again (`--force`), then decided from the record that run wrote.
        let written = Self.run(out.url, workspaces, force: true)
        let quick = Self.run(out.url, workspaces)
        #expect(quick.map(\.state) == [.unchanged, .unchanged, .unchanged])
        #expect(quick.allSatisfy { $0.fromLastRun })
        // The same rekap row and the same diagnostics, word for word, as the run that loaded them.
        #expect(quick.map(\.row) == written.map(\.row))
        #expect(quick.map(\.log.diagnostics) == written.map(\.log.diagnostics))
        #expect(written.contains { !$0.log.diagnostics.isEmpty }, "the synthetic agencies have warnings to repeat")
    }

    @Test func anyChangeInTheWorkspaceLoadsItAgain() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        let workspaces = try Self.reported(inputs.url, out.url)
        // An input the loader reads: written again.
        let narrative = workspaces[0].url.appendingPathComponent("narasi/penutup.md")
        try Data("Penutup yang diperbarui.\n".utf8).write(to: narrative)
        var outcomes = Self.run(out.url, workspaces)
        #expect(outcomes.map(\.state) == [.written, .unchanged, .unchanged])
        #expect(outcomes.map(\.fromLastRun) == [false, true, true])
        // A file no loader reads, added anywhere: loaded and found current, then recorded again.
        try Data("catatan\n".utf8).write(to: workspaces[1].url.appendingPathComponent("catatan-pribadi.txt"))
        outcomes = Self.run(out.url, workspaces)
        #expect(outcomes.map(\.state) == [.unchanged, .unchanged, .unchanged])
        #expect(outcomes.map(\.fromLastRun) == [true, false, true])
        #expect(Self.run(out.url, workspaces).map(\.fromLastRun) == [true, true, true])
        // A link in the workspace: never decided from the record.
        try FileManager.default.createSymbolicLink(
            at: workspaces[2].url.appendingPathComponent("tautan.md"),
            withDestinationURL: workspaces[2].url.appendingPathComponent("profil.yaml"))
        #expect(Self.run(out.url, workspaces).map(\.fromLastRun) == [true, true, false])
    }

    @Test func anOutputEditedOrRemovedIsWrittenAgain() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        let workspaces = try Self.reported(inputs.url, out.url)
        let folder = out.url.appendingPathComponent("disdik/2024-TW3")
        let original = try Data(contentsOf: folder.appendingPathComponent("capaian.csv"))
        // The same size, one byte changed.
        var edited = original
        edited[edited.count - 2] ^= 1
        try edited.write(to: folder.appendingPathComponent("capaian.csv"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("ringkasan.md"))
        let outcomes = Self.run(out.url, workspaces)
        #expect(outcomes.map(\.state) == [.written, .unchanged, .unchanged])
        #expect(try Data(contentsOf: folder.appendingPathComponent("capaian.csv")) == original)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("ringkasan.md").path))
    }

    @Test func aRecordEditedByHandIsNotBelieved() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        let workspaces = try Self.reported(inputs.url, out.url)
        let record = out.url.appendingPathComponent(".kinerja-last-run/disdik/2024-TW3.txt")
        let text = try String(contentsOf: record, encoding: .utf8)
        let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("row\t") })
        let average = try #require(RecordLine.split(row)?[11])
        // The IKU average changed by one in its last digit, the seal left as it was.
        let last = try #require(average.last)
        let other = String(average.dropLast()) + (last == "9" ? "1" : "9")
        let changed = text.replacingOccurrences(of: "\t" + average + "\t", with: "\t" + other + "\t")
        #expect(changed != text)
        try Data(changed.utf8).write(to: record)
        let outcomes = Self.run(out.url, workspaces)
        #expect(outcomes.map(\.fromLastRun) == [false, true, true])
        #expect(outcomes.map(\.state) == [.unchanged, .unchanged, .unchanged])
        // The agency found current is recorded again, whole.
        #expect(try String(contentsOf: record, encoding: .utf8) == text)
        // A record cut short is not believed either.
        try Data(text.utf8.prefix(200)).write(to: record)
        #expect(Self.run(out.url, workspaces).map(\.fromLastRun) == [false, true, true])
    }

    @Test func anotherBuildOrTemplatesOrOptionIsNotDecidedFromTheRecord() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
        }
        let workspaces = try Self.reported(inputs.url, out.url)
        let other = BuildIdentity(commit: nil, sources: "another", cmark: "0", dependencies: [:])
        var outcomes = BatchTests.batch(out.url, build: other).run(workspaces)
        #expect(outcomes.allSatisfy { !$0.fromLastRun && $0.state == .written })
        // Back to this build: its outputs were replaced, so its records no longer hold.
        outcomes = Self.run(out.url, workspaces)
        #expect(outcomes.allSatisfy { !$0.fromLastRun && $0.state == .written })
        #expect(Self.run(out.url, workspaces).allSatisfy { $0.fromLastRun })
        // Another CSV dialect: another fingerprint.
        let batch = BatchTests.batch(out.url)
        var request = batch.request
        request.dialect = .excelID
        #expect(
            BatchRun(request: request, templates: batch.templates, outputRoot: out.url).run(workspaces).allSatisfy {
                !$0.fromLastRun && $0.state == .written
            })
        // `--force` writes everything, and records it.
        #expect(Self.run(out.url, workspaces, force: true).allSatisfy { $0.state == .written && !$0.fromLastRun })
        #expect(Self.run(out.url, workspaces).allSatisfy { $0.fromLastRun })
    }

    @Test func recordsAreNeitherReadNorWrittenThroughALink() throws {
        let inputs = try TemporaryFolder(), out = try TemporaryFolder(), elsewhere = try TemporaryFolder()
        defer {
            inputs.cleanUp()
            out.cleanUp()
            elsewhere.cleanUp()
        }
        let workspaces = try Self.reported(inputs.url, out.url)
        let records = out.url.appendingPathComponent(LastRun.folder)
        try FileManager.default.moveItem(at: records, to: elsewhere.url.appendingPathComponent("moved"))
        try FileManager.default.createSymbolicLink(
            at: records, withDestinationURL: elsewhere.url.appendingPathComponent("moved"))
        let before = try snapshot(elsewhere.url, records: true)
        let outcomes = Self.run(out.url, workspaces, force: true)
        #expect(outcomes.allSatisfy { $0.state == .written && !$0.fromLastRun })
        #expect(Self.run(out.url, workspaces).allSatisfy { $0.state == .unchanged && !$0.fromLastRun })
        #expect(try snapshot(elsewhere.url, records: true) == before)
    }

    @Test func aRowAndADiagnosticReadBackAsTheyWere() throws {
        var log = DiagnosticLog()
        let request = RunRequest(workspace: Paths.example, defaultTemplates: Paths.templates)
        let computed = try #require(Pipeline.compute(request, log: &log))
        let row = AgencyRow(computed)
        let line = RecordLine.join(row.recordFields)
        #expect(AgencyRow(recordFields: try #require(RecordLine.split(line[...]))) == row)
        #expect(row.average != nil && row.budgetAbsorption != nil && row.category != nil)
        let said = Diagnostic(
            .warning, file: "data.xlsx[realisasi]", line: 14, column: 3, addressing: .cell,
            Message("a warning", id: "peringatan"))
        #expect(
            Diagnostic(recordFields: try #require(RecordLine.split(RecordLine.join(said.recordFields)[...]))) == said)
        // Tabs, line ends and backslashes in its text read back as they were; a field missing does not.
        let odd = Diagnostic(
            .note, file: "a\tb\\c.csv", line: nil, column: 7, Message("x\t\\ty\\\n", id: "tab\tdi\\akhir\\"))
        let oddLine = RecordLine.join(odd.recordFields)
        #expect(!oddLine.contains("\n"))
        #expect(Diagnostic(recordFields: try #require(RecordLine.split(oddLine[...]))) == odd)
        #expect(Diagnostic(recordFields: try #require(RecordLine.split("warning\tfile.csv\t3"))) == nil)
        #expect(RecordLine.split("a\\qb") == nil, "an escape join does not make")
        #expect(RecordLine.split("\\-\t\\-x") == nil, "an absent field is a lone \\-")
        #expect(RecordLine.split("\\-\t\\\\-") == [nil, "\\-"])
        // A figure that does not read back as written (a record of another version) is no row.
        var fields = row.recordFields
        fields[10] = "97,5"
        #expect(AgencyRow(recordFields: fields) == nil)
        // Every Decimal reads back exactly, a 39-digit mantissa too (Decimal(string:) rounds it).
        for text in [
            "101.432920148941505298503686037901712467", "-12.5", "0", "340.282366920938463463374607431768211455",
        ] {
            let value = decimal(text)
            #expect(Decimal(recordText: value.recordText) == value, "\(text)")
            #expect(Decimal(recordText: value.recordText)?.plainString == value.plainString)
        }
        #expect(Decimal(recordText: "1e999") == nil && Decimal(recordText: "12,5") == nil)
    }
}
