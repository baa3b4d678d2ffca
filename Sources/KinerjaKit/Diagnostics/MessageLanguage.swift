import Foundation

/// The language kinerja speaks to its user in a run (issue 7): `--bahasa` when given; else the
/// workspace's `bahasa` (Indonesian when profil.yaml does not say, as for the reports); outside a
/// workspace, Indonesian when `LANG` starts with `id`, else English.
///
/// Example: `kinerja report examples/disdikbud-pesisir-selatan` (bahasa: id) prints `… kesalahan: …`;
/// `LANG=en_US.UTF-8 kinerja templates export x` prints English; `--bahasa en` always prints English.
public enum MessageLanguage {
    /// The language for a run over `workspaces`: the one they share, else the environment's.
    public static func choose(
        option: Language?, workspaces: [URL],
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Language {
        if let option { return option }
        let spoken = Set(workspaces.compactMap(of(workspace:)))
        if spoken.count == 1, let only = spoken.first { return only }
        return fromEnvironment(environment)
    }

    /// The language of one workspace: its profile's `bahasa`, Indonesian when the profile does not
    /// name a valid one (even when it has errors: they are printed in that language); nil without a profile.
    public static func of(workspace: URL) -> Language? {
        ProfileDocument.read(WorkspaceRef(url: workspace, displayPath: workspace.path))?.language
    }

    /// `LANG` (or `LC_ALL`, `LC_MESSAGES`, which take precedence as in POSIX) starting with `id`.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("id") ? .id : .en
    }
}
