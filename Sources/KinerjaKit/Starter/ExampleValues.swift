import Foundation

/// Which values of a workspace are still the examples `kinerja init` wrote: profile fields, table rows
/// and narrative files left as they were. Reported as warnings and at the top of every document, so a
/// report is never signed with example data in it.
package enum ExampleValues {
    package struct Finding: Sendable, Equatable {
        /// `profil.yaml`, a table's name (`indikator`), or `narasi`.
        let part: String
        /// What is still an example: field names, kodes, or file names.
        let items: [String]
    }

    static func find(in workspace: Workspace) -> [Finding] {
        let tables = StarterTables.tables(year: workspace.profile.year)
        func rows(_ name: String) -> [[String]] { tables.first { $0.name == name }?.rows ?? [] }
        func number(_ text: String) -> Decimal? {
            NumberReader.value(of: NumberReader.reading(text, kind: .money), convention: .comma)
        }
        var findings: [Finding] = []
        func add(_ part: String, _ items: [String]) {
            if !items.isEmpty { findings.append(Finding(part: part, items: items)) }
        }

        let profile = workspace.profile
        let actual: [String: String?] = [
            "pemerintah": profile.government, "instansi": profile.agency, "alamat": profile.address,
            "tempat": profile.place, "kepala.nama": profile.head.name, "kepala.nip": profile.head.nip,
            "penyusun.nama": profile.preparer?.name, "penyusun.nip": profile.preparer?.nip,
        ]
        add(
            "profil.yaml",
            StarterWorkspace.profileExamples.compactMap { field, value in
                actual[field] == value ? field : nil
            })
        let exampleIndicators = rows("indikator").map { ($0[0], $0[3]) }
        add(
            "indikator",
            workspace.indicators.filter { indicator in
                exampleIndicators.contains { $0 == (indicator.kode, indicator.name) }
            }.map(\.kode))
        let exampleValues = rows("realisasi").map { ($0[0], number($0[2])) }
        add(
            "realisasi",
            workspace.realisasi.filter { row in
                exampleValues.contains { $0.0 == row.kode && $0.1 == row.value }
            }.map { "\($0.kode) \($0.period)" })
        let exampleLines = rows("anggaran").map { ($0[0], $0[1]) }
        add(
            "anggaran",
            (workspace.budget ?? []).filter { line in
                exampleLines.contains { $0 == (line.kode, line.name) }
            }.map(\.kode))
        let exampleSteps = rows("siklus").map { (Int($0[1]) ?? 0, $0[4]) }
        add(
            "siklus",
            (workspace.cycle ?? []).filter { record in
                exampleSteps.contains { $0.0 == record.step && $0.1 == record.executor }
            }.map { "langkah \($0.step)" })
        // The LKjIP's chapters are printed at TW4 and TAHUNAN only: before then their skeletons are in no
        // document, so they do not hold up a quarterly report (or its signature).
        let printed = workspace.profile.period.isYearEnd ? nil : Set(StarterWorkspace.annualNarrative)
        add(
            "narasi",
            StarterWorkspace.narrative.compactMap { name, text in
                workspace.narrative[name] == text && !(printed?.contains(name) ?? false) ? name : nil
            })
        return findings
    }

    /// The template context `contoh` (docs/templates.md; its names are `ExampleNote`'s): nil when nothing is an
    /// example.
    static func context(_ findings: [Finding]) -> [String: Any]? {
        findings.isEmpty ? nil : ExampleNote(findings).context
    }
}
