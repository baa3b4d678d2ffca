import Foundation

/// Two workspaces whose profiles give the same slug, year and period would write into the same output
/// folder. Before anything is written, every profil.yaml is read (only it) to find such pairs; each
/// workspace of a pair fails, whichever finishes first, so the outcome never depends on timing. The
/// profiles composed here are handed to each workspace's loader (`profile(_:)`), which does not compose
/// them again.
struct OutputClaims: Sendable {
    private var conflicts: [Int: Diagnostic] = [:]
    private var documents: [Int: ProfileDocument] = [:]

    init(workspaces: [WorkspaceRef], request: RunRequest) {
        guard workspaces.count > 1 else { return }
        let claims = ConcurrentSlots<(ProfileDocument, String?)?>.map(workspaces.count) { Self.claim(of: workspaces[$0], request: request) }
        var byDirectory: [String: [Int]] = [:]
        for (index, claim) in claims.enumerated() {
            guard let (document, directory) = claim ?? nil else { continue }
            documents[index] = document
            if let directory { byDirectory[directory, default: []].append(index) }
        }
        for (directory, indices) in byDirectory where indices.count > 1 {
            // Every index here has its composed profile, which names its file as the loader would.
            for index in indices {
                guard let file = documents[index]?.file else { continue }
                let others = indices.filter { $0 != index }.map { workspaces[$0].displayPath }.joined(separator: ", ")
                conflicts[index] = Diagnostic(.error, file: file,
                    Message("this workspace and \(others) would both write \(directory)/: give each agency its own `singkatan` (or `instansi`), or report them in separate runs; neither was written", id: "ruang kerja ini dan \(others) sama-sama akan menulis \(directory)/: beri setiap instansi `singkatan` (atau `instansi`) sendiri, atau laporkan dalam proses terpisah; keduanya tidak ditulis"))
            }
        }
    }

    func conflict(_ index: Int) -> Diagnostic? { conflicts[index] }

    /// The profile of workspace `index` as composed here; nil for a run of one workspace.
    func profile(_ index: Int) -> ProfileDocument? { documents[index] }

    /// A workspace's profile, composed, and the output folder it names; nil when it cannot be read, and no
    /// folder when it has errors (the run then reports why).
    private static func claim(of ref: WorkspaceRef, request: RunRequest) -> (ProfileDocument, String?)? {
        guard let data = try? Data(contentsOf: ref.url.appendingPathComponent("profil.yaml")) else { return nil }
        let document = ProfileDocument(data, file: WorkspaceLoader(directory: ref.url, displayPath: ref.displayPath).path("profil.yaml"))
        var scratch = DiagnosticLog()
        guard var profile = ProfileLoader.load(document, sopLibrary: nil, log: &scratch) else { return (document, nil) }
        if let period = request.period { profile.period = period }
        return (document, Pipeline.directory(for: profile))
    }
}
