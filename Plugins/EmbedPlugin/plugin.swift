import Foundation
import PackagePlugin

/// Builds kinerja's embedded files and build identity (Sources/kinerja-embed) into KinerjaKit, so the
/// binary carries its templates, label files and SOPs, and names the exact code it was built from.
/// The command reruns whenever one of its inputs changes: every source, template and SOP file,
/// Package.swift, Package.resolved and git's HEAD.
@main
struct EmbedPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("Embedded.swift")
        var inputs: [URL] = []
        for folder in [
            "Templates", "SOP", "docs", "Sources/KinerjaKit", "Sources/KinerjaSynthetic", "Sources/kinerja",
            "Sources/CCmark", "Sources/CQRencode",
        ] {
            let base = root.appendingPathComponent(folder)
            guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else {
                continue
            }
            for case let url as URL in enumerator where !url.hasDirectoryPath { inputs.append(url) }
        }
        // The branch HEAD names moves with every commit while HEAD itself stays `ref: refs/heads/main`.
        var names = ["Package.swift", "Package.resolved", ".git/HEAD", ".git/packed-refs"]
        if let head = try? String(contentsOf: root.appendingPathComponent(".git/HEAD"), encoding: .utf8),
            head.hasPrefix("ref: ")
        {
            names.append(".git/" + head.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        for name in names {
            let url = root.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) { inputs.append(url) }
        }
        return [
            .buildCommand(
                displayName: "Embedding templates, SOPs and the build identity",
                executable: try context.tool(named: "kinerja-embed").url,
                arguments: [root.path, output.path],
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
