import Foundation

/// The SOPs that ship with kinerja (`SOP/<name>.yaml` of the checkout, built into the binary), one per
/// seed SOP. A workspace picks one with `sop: <name>` in profil.yaml.
public struct SOPLibrary: Sendable {
    package let bundle: BundledFiles
    /// The SOPs this library has parsed: once per run, whatever the number of agencies using one.
    let parsed = ParsedSOPs()

    /// The SOP used when a workspace has neither `sop.yaml` nor `sop:` (Disdikbud Pesisir Selatan's).
    package static let defaultName = "disdikbud-pesisir-selatan"

    package init(bundle: BundledFiles = .sops) { self.bundle = bundle }

    /// The SOP folder beside a templates folder (`…/Templates` → `…/SOP`), for `$KINERJA_TEMPLATES` and tests.
    init(besideTemplates templates: URL) {
        self.init(bundle: .sops(in: templates.deletingLastPathComponent().appendingPathComponent("SOP")))
    }

    /// The bundled SOPs' names, sorted.
    package var names: [String] {
        bundle.names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }
    }

    /// Whether a bundled SOP of that name exists.
    func contains(_ name: String) -> Bool { bundle.files[name + ".yaml"] != nil }

    /// The file's bytes; nil (with an error naming the known SOPs) when there is no SOP of that name.
    /// - Parameters:
    ///   - file, line, column: where the name was written, for the diagnostic.
    package func data(
        _ name: String, file: String, line: Int? = nil, column: Int? = nil,
        log: inout DiagnosticLog
    ) -> Data? {
        guard let data = bundle.files[name + ".yaml"] else {
            let known = names
            let list = known.isEmpty ? "none found in \(bundle.origin)" : known.joined(separator: ", ")
            let daftar = known.isEmpty ? "tidak ada di \(bundle.origin)" : list
            log.error(
                file, line: line, column: column,
                Message(
                    "sop \"\(name)\" is not a bundled SOP (\(list)); see `kinerja sop list`, or put the workspace's own sop.yaml beside profil.yaml",
                    id:
                        "sop \"\(name)\" bukan SOP bawaan (\(daftar)); lihat `kinerja sop list`, atau letakkan sop.yaml milik ruang kerja di samping profil.yaml"
                ))
            return nil
        }
        return data
    }

    /// Loads the bundled SOP `name`; diagnostics name it `SOP/<name>.yaml`.
    package func load(_ name: String, log: inout DiagnosticLog) -> SOP? {
        guard let data = data(name, file: "sop", log: &log) else { return nil }
        return parsed.sop(name, data: data, log: &log)
    }
}
