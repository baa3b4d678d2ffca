import Foundation

/// A loaded, checked workspace: everything the computation needs, nothing read from disk later.
public struct Workspace: Sendable {
    public init(
        profile: Profile, indicators: [Indicator], realisasi: [Realisasi], budget: [BudgetLine]?,
        narrative: [String: String] = [:], sop: SOP? = nil, cycle: [CycleRecord]? = nil,
        bundledFiles: [InputFile] = [], inputFiles: [InputFile]
    ) {
        (self.profile, self.indicators, self.realisasi, self.budget, self.narrative, self.inputFiles) =
            (profile, indicators, realisasi, budget, narrative, inputFiles)
        (self.sop, self.cycle, self.bundledFiles) = (sop, cycle, bundledFiles)
    }

    public var profile: Profile
    public var indicators: [Indicator]
    public var realisasi: [Realisasi]
    /// nil when the workspace has no anggaran.csv.
    public var budget: [BudgetLine]?
    /// The Markdown files under narasi/, by path relative to it (`sasaran/1.md`).
    public var narrative: [String: String] = [:]
    /// The SOP the cycle follows: the workspace's sop.yaml, the bundled one profil.yaml names, or the
    /// default; nil when the workspace has none of sop.yaml, `sop:` and siklus.csv.
    public var sop: SOP?
    /// The report period's records from siklus.csv; nil when the workspace has no siklus.csv.
    public var cycle: [CycleRecord]?
    /// Files of kinerja itself the outputs depend on (a bundled `SOP/<name>.yaml`), for the manifest.
    public var bundledFiles: [InputFile] = []
    /// Every input file read, by path relative to the workspace, for the manifest.
    public var inputFiles: [InputFile]
    /// Where each table was read (`indikator` → `ws/indikator.csv`, or `ws/data.xlsx[indikator]`
    /// addressed by cell), for diagnostics found after loading.
    public var tables: [TableKind: TableLocation] = [:]
}

/// A table of the workspace as diagnostics name it.
public struct TableLocation: Sendable {
    public let file: String
    public let addressing: Diagnostic.Addressing

    /// How a message names a table: `realisasi.csv`, or, when the tables are sheets of a workbook,
    /// `the sheet realisasi` / `lembar realisasi`.
    static func named(_ table: String, sheet: Bool) -> TableName {
        sheet
            ? TableName(en: "the sheet \(table)", id: "lembar \(table)")
            : TableName(en: "\(table).csv", id: "\(table).csv")
    }
}

/// A table's name in both languages.
struct TableName {
    let en: String, id: String
}

/// An input file's bytes as read, kept so the manifest hashes exactly what was computed from.
public struct InputFile: Sendable {
    public let path: String
    public let data: Data
}
