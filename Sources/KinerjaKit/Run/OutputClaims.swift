import Foundation

/// Two workspaces whose profiles give the same slug, year and period would write into the same output
/// folder. Before anything is written, every profile (composed once per run: `ProfileDocument.read`) is checked
/// for such pairs; each workspace of a pair fails, whichever finishes first, so the outcome never depends on
/// timing. The same profiles are handed to each workspace's loader (`profile(_:)`), which does not compose them
/// again.
struct OutputClaims: Sendable {
    private var conflicts: [Int: Diagnostic] = [:]
    private var documents: [Int: ProfileDocument] = [:]
    /// Each profile as read without its SOP, `--periode` applied.
    private var read: [Int: Profile] = [:]

    /// - Parameters:
    ///   - profiles: each workspace's profile as the run composed it; read here when not given.
    ///   - known: the folder of each workspace already decided from its record (`RecordFolders`), nil for the
    ///     others. Its profile is read only when another workspace claims the same folder.
    init(
        workspaces: [WorkspaceRef], request: RunRequest, profiles given: [ProfileDocument?]? = nil,
        known: [String?] = []
    ) {
        let isKnown = workspaces.indices.map { $0 < known.count && known[$0] != nil }
        let profiles =
            given
            ?? ConcurrentSlots.map(workspaces.count) { isKnown[$0] ? nil : ProfileDocument.read(workspaces[$0]) }
            .map { $0 ?? nil }
        // Read side by side: 500 profiles are tens of milliseconds of one core.
        let readProfiles = ConcurrentSlots.map(profiles.count) {
            profiles[$0].flatMap { Self.profile(of: $0, request: request) }
        }
        for (index, document) in profiles.enumerated() {
            documents[index] = document
            read[index] = readProfiles[index] ?? nil
        }
        guard workspaces.count > 1 else { return }
        var byDirectory: [String: [Int]] = [:]
        for index in workspaces.indices {
            guard let directory = read[index].map(Pipeline.directory(for:)) ?? (isKnown[index] ? known[index] : nil)
            else { continue }
            byDirectory[directory, default: []].append(index)
        }
        // A workspace decided from its record that shares its folder after all: its profile, for the message.
        for indices in byDirectory.values where indices.count > 1 {
            for index in indices where documents[index] == nil {
                documents[index] = ProfileDocument.read(workspaces[index])
                read[index] = documents[index].flatMap { Self.profile(of: $0, request: request) }
            }
        }
        for (directory, indices) in byDirectory where indices.count > 1 {
            // Every index here has its composed profile, which names its file as the loader would.
            for index in indices {
                guard let file = documents[index]?.file else { continue }
                let others = indices.filter { $0 != index }.map { workspaces[$0].displayPath }.joined(separator: ", ")
                let two = indices.count == 2
                conflicts[index] = Diagnostic(
                    .error, file: file,
                    Message(
                        "this workspace and \(others) would \(two ? "both" : "all") write \(directory)/: give each agency its own `singkatan` (or `instansi`), or report them in separate runs; \(two ? "neither was" : "none of them was") written",
                        id:
                            "ruang kerja ini dan \(others) sama-sama akan menulis \(directory)/: beri setiap instansi `singkatan` (atau `instansi`) sendiri, atau laporkan dalam proses terpisah; \(two ? "keduanya" : "semuanya") tidak ditulis"
                    ))
            }
        }
    }

    func conflict(_ index: Int) -> Diagnostic? { conflicts[index] }

    /// Whether any of the first `count` workspaces reports the year end (TW4, TAHUNAN) as its profile reads,
    /// or has a profile that cannot be read.
    func reportsYearEnd(_ count: Int) -> Bool { (0..<count).contains { read[$0]?.period.isYearEnd ?? true } }

    /// The profile of workspace `index` as composed for this run; nil when it could not be read.
    func profile(_ index: Int) -> ProfileDocument? { documents[index] }

    /// Workspace `index`'s profile as read without its SOP, `--periode` applied (which names its output
    /// folder); nil when it cannot be read (the loader then reports why).
    func readProfile(_ index: Int) -> Profile? { read[index] }

    private static func profile(of document: ProfileDocument, request: RunRequest) -> Profile? {
        var scratch = DiagnosticLog()
        guard var profile = ProfileLoader.load(document, sopLibrary: nil, log: &scratch) else { return nil }
        if let period = request.period { profile.period = period }
        return profile
    }
}
