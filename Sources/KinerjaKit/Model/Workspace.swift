import Foundation

/// A loaded, checked workspace: everything the computation needs, nothing read from disk later.
public struct Workspace: Sendable {
    public var profile: Profile
    public var indicators: [Indicator]
    public var realisasi: [Realisasi]
    /// nil when the workspace has no anggaran.csv.
    public var budget: [BudgetLine]?
    /// Every input file read, by path relative to the workspace, for the manifest.
    public var inputFiles: [InputFile]
}

/// An input file's bytes as read, kept so the manifest hashes exactly what was computed from.
public struct InputFile: Sendable {
    public let path: String
    public let data: Data
}
