import Foundation

/// One workspace folder of a run: where it is and how the user named it.
public struct WorkspaceRef: Sendable, Hashable {
    public let url: URL
    /// The folder as the user named it (`dinas/dinkes`): diagnostics and the summary print this.
    public let displayPath: String

    public init(url: URL, displayPath: String) {
        (self.url, self.displayPath) = (url, displayPath)
    }

    /// The folder's own name, the same whatever path led to it: how the index names a failed workspace.
    var name: String { url.standardizedFileURL.lastPathComponent }
}

/// Turns the folders named on the command line into workspaces (docs/laporan.md, "Many agencies").
///
/// A folder with a `profil.yaml` is a workspace. A folder without one whose subfolders have one is a
/// folder of workspaces: each such subfolder is one, in name order. Anything else is taken as a
/// workspace, so that the loader says what is missing from it. A folder named twice counts once.
///
///     kinerja report kabupaten/        → kabupaten/bappeda, kabupaten/dinkes, … (every subfolder with profil.yaml)
///     kinerja report dinkes disdikbud  → dinkes, disdikbud
package enum WorkspaceDiscovery {
    package struct Result: Sendable {
        package let workspaces: [WorkspaceRef]
        /// True when a folder of workspaces was named or more than one workspace: the run then writes an index.
        let isMany: Bool
    }

    static func expand(_ arguments: [String]) -> Result {
        let manager = FileManager.default
        var found: [WorkspaceRef] = []
        var seen: Set<String> = []
        var namedFolderOfWorkspaces = false
        func add(_ url: URL, _ display: String) {
            if seen.insert(url.standardizedFileURL.path).inserted {
                found.append(WorkspaceRef(url: url, displayPath: display))
            }
        }
        for argument in arguments {
            // Absolute, without a base: every `.path` of a relative URL and of each URL made from it joins it to
            // the working folder again (`absoluteURL`, 2 % of a kabupaten's run). The same paths either way.
            let url = URL(fileURLWithPath: argument).absoluteURL
            if manager.fileExists(atPath: url.appendingPathComponent("profil.yaml").path) {
                add(url, argument)
                continue
            }
            let children = ((try? manager.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
                .filter {
                    manager.fileExists(
                        atPath: url.appendingPathComponent($0).appendingPathComponent("profil.yaml").path)
                }
            guard !children.isEmpty else {
                add(url, argument)
                continue
            }
            namedFolderOfWorkspaces = true
            let prefix = argument.asFolder
            for child in children { add(url.appendingPathComponent(child), prefix + child) }
        }
        return Result(workspaces: found, isMany: namedFolderOfWorkspaces || found.count > 1)
    }
}
