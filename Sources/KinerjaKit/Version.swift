/// The tool's version and the exact build, recorded in every manifest.json and printed by `--version`.
public enum KinerjaVersion {
    /// Semantic version, in this one place; CHANGELOG.md records what each release changed for users.
    public static let current = "0.2.0"

    /// What made the bytes: the build's sources (BuildInfo, written at build time by Plugins/EmbedPlugin),
    /// the git commit, libcmark, and the Swift dependencies.
    public static let build = BuildIdentity(
        commit: BuildInfo.commit, sources: BuildInfo.sourcesSHA256, cmark: Markdown.cmarkVersion,
        dependencies: BuildInfo.dependencies)

    /// `kinerja 0.2.0 (build c390d3816104, commit cf650f242a7d, libcmark 0.30.2)`.
    public static var line: String {
        let commit = build.commit.map { ", commit \($0.prefix(12))" } ?? ""
        return "kinerja \(current) (build \(build.sources.prefix(12))\(commit), libcmark \(build.cmark))"
    }
}

/// Identifies the code a manifest's outputs were made by: a binary built from anything else never
/// counts as having made them (UpToDate), and an archivist can name the exact build.
public struct BuildIdentity: Codable, Sendable, Equatable {
    /// The git commit of the checkout it was built from; nil when not built from one.
    public let commit: String?
    /// SHA-256 over Package.swift, every source, template, SOP and docs/ file, and the resolved dependencies.
    public let sources: String
    /// libcmark's version (`cmark_version_string()`), the Markdown engine linked at run time.
    public let cmark: String
    /// Each Swift dependency's resolved version, by package identity.
    public let dependencies: [String: String]
}
