import Foundation

/// Two workspaces whose profiles give the same slug, year and period would write into the same output
/// folder. Before anything is written, every profil.yaml is read (only it) to find such pairs; each
/// workspace of a pair fails, whichever finishes first, so the outcome never depends on timing.
struct OutputClaims: Sendable {
    private var conflicts: [Int: Diagnostic] = [:]

    init(workspaces: [WorkspaceRef], request: RunRequest) {
        guard workspaces.count > 1 else { return }
        let directories = ConcurrentSlots<String?>.map(workspaces.count) { Self.directory(of: workspaces[$0], request: request) }
        var byDirectory: [String: [Int]] = [:]
        for (index, directory) in directories.enumerated() {
            if let directory = directory ?? nil { byDirectory[directory, default: []].append(index) }
        }
        for (directory, indices) in byDirectory where indices.count > 1 {
            for index in indices {
                let others = indices.filter { $0 != index }.map { workspaces[$0].displayPath }.joined(separator: ", ")
                let file = WorkspaceLoader(directory: workspaces[index].url, displayPath: workspaces[index].displayPath)
                    .path("profil.yaml")
                conflicts[index] = Diagnostic(.error, file: file,
                    Message("this workspace and \(others) would both write \(directory)/: give each agency its own `singkatan` (or `instansi`), or report them in separate runs; neither was written", id: "ruang kerja ini dan \(others) sama-sama akan menulis \(directory)/: beri setiap instansi `singkatan` (atau `instansi`) sendiri, atau laporkan dalam proses terpisah; keduanya tidak ditulis"))
            }
        }
    }

    func conflict(_ index: Int) -> Diagnostic? { conflicts[index] }

    /// The output folder a workspace's profile names; nil when its profile cannot be read (the run then
    /// reports why).
    private static func directory(of ref: WorkspaceRef, request: RunRequest) -> String? {
        guard let data = try? Data(contentsOf: ref.url.appendingPathComponent("profil.yaml")) else { return nil }
        var scratch = DiagnosticLog()
        guard var profile = ProfileLoader.load(data, file: "profil.yaml", sopLibrary: nil, log: &scratch) else { return nil }
        if let period = request.period { profile.period = period }
        return Pipeline.directory(for: profile)
    }
}
