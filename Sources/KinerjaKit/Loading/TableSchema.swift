import Foundation

/// The columns a table of the workspace may have (docs/format.md), as a CSV file or a sheet of the workbook.
struct TableSchema {
    struct Column {
        let name: String
        let aliases: [String]
        let required: Bool
        /// Holds numbers (or number bands): its cells teach the file's decimal convention.
        let numeric: Bool
        /// Holds a date or date and time: a workbook's number cell here is a serial date.
        let date: Bool
        /// Takes a band `a-b` (`RowReader.target`): a spreadsheet may have turned one typed here into a date.
        let band: Bool

        init(
            _ name: String, aliases: [String] = [], required: Bool = false, numeric: Bool = false, date: Bool = false,
            band: Bool = false
        ) {
            self.name = name
            self.aliases = aliases
            self.required = required
            self.numeric = numeric
            self.date = date
            self.band = band
        }
    }

    let columns: [Column]

    /// Header names are matched case-insensitively, trimmed, with spaces and `-` read as `_`. An ASCII name is
    /// normalized on its bytes (Foundation's `replacingOccurrences` was most of mapping a header, issue 22).
    static func normalize(_ header: String) -> String {
        var bytes = header
        let ascii = bytes.withUTF8 { bytes -> String? in
            guard UTF8Trimming.isASCII(bytes, bytes.indices) else { return nil }
            let normalized = bytes[UTF8Trimming.trimmingSpaces(bytes, bytes.indices)].map { byte -> UInt8 in
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte | 0x20
                case UInt8(ascii: " "), UInt8(ascii: "-"): UInt8(ascii: "_")
                default: byte
                }
            }
            return String(decoding: normalized, as: UTF8.self)
        }
        return ascii
            ?? header.trimmingSpaces().lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
    }

    func column(named header: String) -> Column? {
        let key = Self.normalize(header)
        return columns.first { $0.name == key || $0.aliases.contains(key) }
    }

    /// The tables, in the order they are read.
    static let all: [(name: String, schema: TableSchema)] = TableKind.allCases.map { ($0.rawValue, $0.schema) }

    static func named(_ table: String) -> TableSchema? { TableKind(rawValue: table)?.schema }

    static let indikator = TableSchema(columns: [
        Column("kode", aliases: ["code", "kode_indikator"], required: true),
        Column("tingkat", aliases: ["level"], required: true),
        Column("sasaran", aliases: ["objective", "sasaran_strategis"], required: true),
        Column("indikator", aliases: ["indicator", "nama_indikator", "indikator_kinerja"], required: true),
        Column("satuan", aliases: ["unit"], required: true),
        Column("polaritas", aliases: ["polarity"], required: true),
        Column("agregasi", aliases: ["aggregation"]),
        Column("target", required: true, numeric: true, band: true),
        Column("target_tw1", aliases: ["target_q1"], numeric: true, band: true),
        Column("target_tw2", aliases: ["target_q2"], numeric: true, band: true),
        Column("target_tw3", aliases: ["target_q3"], numeric: true, band: true),
        Column("target_tw4", aliases: ["target_q4"], numeric: true, band: true),
        Column("baseline", aliases: ["kondisi_awal"], numeric: true),
        Column("target_renstra", aliases: ["renstra_target", "target_akhir_renstra"], numeric: true, band: true),
        Column("iku", aliases: ["kpi", "key"]),
        Column("induk", aliases: ["parent"]),
        Column("penanggung_jawab", aliases: ["responsible", "pj", "bidang"]),
        Column("rumus_negatif", aliases: ["negative_formula"]),
        Column("standar_nasional", aliases: ["national_standard"]),
        Column("definisi", aliases: ["definition", "definisi_operasional"]),
    ])

    static let realisasi = TableSchema(columns: [
        Column("kode", aliases: ["code", "kode_indikator"], required: true),
        Column("periode", aliases: ["period"], required: true),
        Column("nilai", aliases: ["value", "actual", "realisasi"], required: true, numeric: true),
        Column("catatan", aliases: ["note", "notes", "keterangan"]),
        Column("bukti", aliases: ["evidence"]),
    ])

    static let anggaran = TableSchema(columns: [
        Column("kode", aliases: ["code"], required: true),
        Column("uraian", aliases: ["description", "name", "program", "program_kegiatan"], required: true),
        Column("induk", aliases: ["indicator", "parent", "indikator"]),
        Column("pagu", aliases: ["budget", "ceiling", "anggaran"], required: true, numeric: true),
        Column("realisasi_tw1", aliases: ["actual_q1", "spent_q1"], numeric: true),
        Column("realisasi_tw2", aliases: ["actual_q2", "spent_q2"], numeric: true),
        Column("realisasi_tw3", aliases: ["actual_q3", "spent_q3"], numeric: true),
        Column("realisasi_tw4", aliases: ["actual_q4", "spent_q4"], numeric: true),
    ])

    static let siklus = TableSchema(columns: [
        Column("periode", aliases: ["period"], required: true),
        Column("langkah", aliases: ["step", "no", "nomor_langkah"], required: true),
        Column("mulai", aliases: ["start", "started"], required: true, date: true),
        Column("selesai", aliases: ["finish", "finished", "end"], date: true),
        Column("pelaksana", aliases: ["executor", "by"]),
        Column("output", aliases: ["hasil", "dokumen"]),
        Column("catatan", aliases: ["note", "notes", "keterangan"]),
    ])
}
