import Foundation

/// Whether a workspace's outputs already on disk are the ones this run would write, so that a
/// many-agency run can leave them as they are (docs/laporan.md, "Many agencies"; `--force` skips this).
///
/// They are current when the folder's manifest.json records exactly the inputs, templates, bundled SOP,
/// tool version and options of this run, and every output it lists is there with the recorded SHA-256.
/// Nothing is rendered to decide: the manifest's own entries are compared.
enum UpToDate {
    static func check(_ computed: ComputedWorkspace, request: RunRequest, templates: TemplateSet, folder: URL) -> Bool {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("manifest.json")),
              let recorded = try? JSONDecoder().decode(Manifest.self, from: data) else { return false }
        let fresh = Pipeline.manifest(computed, request: request, templates: templates, outputs: [])
        var comparable = recorded
        comparable.outputs = []
        guard comparable == fresh, !recorded.outputs.isEmpty else { return false }
        return recorded.outputs.allSatisfy { entry in
            guard let bytes = try? Data(contentsOf: folder.appendingPathComponent(entry.path)) else { return false }
            return bytes.count == entry.size && Hashing.sha256(bytes) == entry.sha256
        }
    }
}
