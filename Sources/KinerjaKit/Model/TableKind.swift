/// The tables of a workspace, each a CSV file (`realisasi.csv`) or a sheet of the workbook (`realisasi`).
public enum TableKind: String, CaseIterable, Sendable {
    case indikator, realisasi, anggaran, siklus

    /// The file that holds the table when it is not a sheet: `realisasi.csv`.
    public var csvName: String { rawValue + ".csv" }

    /// Its columns (docs/format.md).
    var schema: TableSchema {
        switch self {
        case .indikator: .indikator
        case .realisasi: .realisasi
        case .anggaran: .anggaran
        case .siklus: .siklus
        }
    }
}
