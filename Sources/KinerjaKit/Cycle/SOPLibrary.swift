import Foundation

/// The SOPs that ship with kinerja: `SOP/<name>.yaml` beside the default `Templates/` folder, one per
/// seed SOP. A workspace picks one with `sop: <name>` in profil.yaml.
public struct SOPLibrary: Sendable {
    public let directory: URL

    /// The SOP used when a workspace has neither `sop.yaml` nor `sop:` (Disdikbud Pesisir Selatan's).
    public static let defaultName = "disdikbud-pesisir-selatan"

    public init(directory: URL) { self.directory = directory }

    /// The SOP folder beside a default templates folder (`…/Templates` → `…/SOP`).
    public init(besideTemplates templates: URL) {
        self.init(directory: templates.deletingLastPathComponent().appendingPathComponent("SOP"))
    }

    /// The bundled SOPs' names, sorted.
    public var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }.sorted()
    }

    public func url(_ name: String) -> URL { directory.appendingPathComponent(name + ".yaml") }

    /// Whether a bundled SOP of that name exists (one file check, no directory listing).
    public func contains(_ name: String) -> Bool {
        !name.contains("/") && FileManager.default.fileExists(atPath: url(name).path)
    }

    /// The file's bytes; nil (with an error naming the known SOPs) when there is no SOP of that name.
    /// - Parameters:
    ///   - file, line, column: where the name was written, for the diagnostic.
    public func data(_ name: String, file: String, line: Int? = nil, column: Int? = nil,
                     log: inout DiagnosticLog) -> Data? {
        guard contains(name), let data = try? Data(contentsOf: url(name)) else {
            let known = names
            let list = known.isEmpty ? "none found in \(directory.path)" : known.joined(separator: ", ")
            let daftar = known.isEmpty ? "tidak ada di \(directory.path)" : list
            log.error(file, line: line, column: column,
                      Message("sop \"\(name)\" is not a bundled SOP (\(list)); see `kinerja sop list`, or put the workspace's own sop.yaml beside profil.yaml", id: "sop \"\(name)\" bukan SOP bawaan (\(daftar)); lihat `kinerja sop list`, atau letakkan sop.yaml milik ruang kerja di samping profil.yaml"))
            return nil
        }
        return data
    }

    /// Loads the bundled SOP `name`; diagnostics name it `SOP/<name>.yaml`.
    public func load(_ name: String, log: inout DiagnosticLog) -> SOP? {
        guard let data = data(name, file: "sop", log: &log) else { return nil }
        return SOPLoader.load(data, file: "SOP/\(name).yaml", log: &log)
    }
}
