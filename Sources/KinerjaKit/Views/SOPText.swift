import Foundation

/// An SOP as plain text for the terminal (`kinerja sop show`): identity, legal basis, roles and one
/// block per step with its executor, kelengkapan, waktu and output.
package enum SOPText {
    /// One SOP in `kinerja sop list`: its name (the default marked), its title and owner, its number and size.
    ///
    ///     disdikbud-pesisir-selatan (bawaan)
    ///       Pemantauan Kinerja — Dinas Pendidikan dan Kebudayaan, Kabupaten Pesisir Selatan
    ///       000.8.6.3/394/DPK.01/2024, 13 langkah, 4 pelaksana
    package static func listing(_ sop: SOP, name: String, language: Language) -> String {
        let owner = [sop.agency, sop.government].compactMap { $0 }.joined(separator: ", ")
        let marker = name == SOPLibrary.defaultName ? Message(" (default)", id: " (bawaan)").text(language) : ""
        let counts = Message(
            "\(sop.steps.count) steps, \(sop.roles.count) roles",
            id: "\(sop.steps.count) langkah, \(sop.roles.count) pelaksana")
        return "\(name)\(marker)\n  \(sop.name) — \(owner)\n  \(sop.number ?? "-"), \(counts.text(language))"
    }

    /// The whole SOP (`kinerja sop show`).
    package static func render(_ sop: SOP) -> String {
        var lines: [String] = [sop.name]
        let owner = [sop.agency, sop.government].compactMap { $0 }.joined(separator: ", ")
        if !owner.isEmpty { lines.append(owner) }
        let identity: [(String, String?)] = [
            ("Nomor", sop.number), ("Dibuat", sop.created?.iso), ("Direvisi", sop.revised?.iso),
            ("Disahkan", sop.approved?.iso), ("Disahkan oleh", sop.approvedBy),
        ]
        for (label, value) in identity { if let value { lines.append("\(label): \(value)") } }
        for (title, items) in [
            ("Dasar hukum", sop.legalBasis), ("Kualifikasi pelaksana", sop.qualifications),
            ("Keterkaitan", sop.related), ("Peralatan/perlengkapan", sop.equipment),
            ("Peringatan", sop.warnings), ("Pencatatan dan pendataan", sop.recording),
        ] where !items.isEmpty {
            lines.append("")
            lines.append("\(title):")
            for (n, item) in items.enumerated() { lines.append("  \(n + 1). \(item)") }
        }
        lines.append("")
        lines.append(
            "Pelaksana: " + sop.roles.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "  "))
        lines.append("")
        for step in sop.steps {
            lines.append("\(step.number). \(step.description)")
            lines.append("   pelaksana: \(step.executor)  ·  waktu: \(step.standard?.text ?? "-")")
            lines.append("   kelengkapan: \(step.requirements ?? "-")  ·  output: \(step.output ?? "-")")
        }
        return lines.joined(separator: "\n")
    }
}
