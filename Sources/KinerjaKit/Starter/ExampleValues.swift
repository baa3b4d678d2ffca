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
        let placeholders = Set(
            StarterWorkspace.profileExamples.compactMap { field, value in actual[field] == value ? field : nil })
        let signatory = signatoryExamples(profile, file: workspace.inputFiles.first { $0.path == "profil.yaml" }?.data)
        add("profil.yaml", profileFields.filter { placeholders.contains($0) || signatory.contains($0) })
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

    /// profil.yaml's example fields in the order init writes them (the signatory's four beside each other).
    static let profileFields = [
        "pemerintah", "instansi", "alamat", "tempat", "kepala.nama", "kepala.jabatan", "kepala.pangkat", "kepala.nip",
        "penyusun.nama", "penyusun.jabatan", "penyusun.nip",
    ]

    /// The signatory's fields whose examples are values a real official may hold: init's pangkat (Pembina Utama
    /// Muda (IV/c)) is a Kepala Dinas's usual one, its jabatans (Kepala Dinas, Perencana Ahli Muda) real ones, and
    /// the bundled examples and many a filled-in profile hold them as the official's own. So they count as init's
    /// while their line in profil.yaml is still the line init wrote, its comment included (`pangkat: Pembina Utama
    /// Muda (IV/c)   # opsional: pangkat/golongan`); the penyusun's jabatan, which init writes without a comment,
    /// while the penyusun's nama is still init's too. A planner's trial printed init's pangkat under a Camat's name,
    /// the line left as init wrote it while the lines around it were retyped.
    ///
    ///     kepala: nama retyped, `pangkat: Pembina Utama Muda (IV/c)   # opsional: pangkat/golongan` → kepala.pangkat
    ///     kepala: `pangkat: Pembina Utama Muda (IV/c)` (the comment gone: the line was written or checked) → nothing
    ///     penyusun: `nama: RINI ASTUTI, S.E.`, `jabatan: Perencana Ahli Muda` → nothing
    static func signatoryExamples(_ profile: Profile, file: Data?) -> Set<String> {
        let initLines = lines(StarterWorkspace.profile(year: profile.year, workbook: false))
        let written = file.map { lines(String(decoding: $0, as: UTF8.self)) } ?? [:]
        func example(_ field: String) -> String? { initLines[field]?.value }
        var found: Set<String> = []
        for (field, actual) in [("kepala.jabatan", profile.head.position), ("kepala.pangkat", profile.head.rank)]
        where actual != nil && actual == example(field) && written[field]?.line == initLines[field]?.line {
            found.insert(field)
        }
        if let preparer = profile.preparer, preparer.position == example("penyusun.jabatan"),
            preparer.name == StarterWorkspace.example("penyusun.nama")
        {
            found.insert("penyusun.jabatan")
        }
        return found
    }

    /// For the fields counted by their line (`signatoryExamples`), how to say that init's value is the official's
    /// own: the warning would otherwise stop a Kepala Dinas whose pangkat is Pembina Utama Muda (IV/c) from signing.
    static func lineHint(_ finding: Finding) -> Message {
        let fields =
            finding.part == "profil.yaml" ? finding.items.filter(["kepala.jabatan", "kepala.pangkat"].contains) : []
        // Beside init's nama the block is plainly not filled in yet, and the hint would only lengthen the warning.
        guard !fields.isEmpty, !finding.items.contains("kepala.nama") else { return Message("", id: "") }
        let initLines = lines(StarterWorkspace.profile(year: StarterWorkspace.defaultYear, workbook: false))
        let names = fields.map { field -> String in
            guard let line = initLines[field]?.line, let hash = line.range(of: " #") else { return field }
            return "\(field) (`#\(line[hash.upperBound...])`)"
        }.joined(separator: ", ")
        return Message(
            "; \(fields.count == 1 ? "it is" : "they are") counted as init's while \(fields.count == 1 ? "its line keeps" : "their lines keep") init's comment, \(names): if the value is the official's own, delete the comment",
            id:
                "; nilai itu dihitung sebagai contoh selama barisnya masih memuat komentar dari `kinerja init`, \(names): jika nilainya memang milik pejabat itu, hapus komentarnya"
        )
    }

    /// The fields of a profil.yaml's two-level blocks (`kepala:`, `penyusun:`) by dotted name, each with its value
    /// and its line with the spaces in it made single (`  pangkat: X   # c` → `pangkat: X # c`): the value as the
    /// loader reads it (a comment and the spaces before it dropped), the line as written.
    static func lines(_ text: String) -> [String: (value: String, line: String)] {
        var block = ""
        var fields: [String: (value: String, line: String)] = [:]
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix("#") else { continue }
            let key = String(line[..<colon])
            guard raw.first == " " else {
                block = key
                continue
            }
            let rest = line[line.index(after: colon)...]
            let value = (rest.range(of: " #").map { rest[..<$0.lowerBound] } ?? rest).trimmingSpaces()
            fields["\(block).\(key)"] = (value, line)
        }
        return fields
    }

    /// The template context `contoh` (docs/templates.md; its names are `ExampleNote`'s): nil when nothing is an
    /// example.
    static func context(_ findings: [Finding]) -> [String: Any]? {
        findings.isEmpty ? nil : ExampleNote(findings).context
    }
}
