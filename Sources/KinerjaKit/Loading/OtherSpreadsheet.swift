/// Spreadsheets kinerja does not read, named for what they are, with the one step that makes them readable:
/// a planner who saved `data.ods` from LibreOffice, or kept an old `.xls`, is told to save it as .xlsx, rather
/// than that indikator.csv is missing.
///
///     advice(for: "data.ods") → "data.ods is a LibreOffice Calc spreadsheet (.ods); kinerja reads .xlsx workbooks: …"
enum OtherSpreadsheet {
    static let kinds: [(suffix: String, en: String, id: String)] = [
        (".ods", "a LibreOffice Calc spreadsheet (.ods)", "lembar kerja LibreOffice Calc (.ods)"),
        (".xls", "an Excel 97–2003 workbook (.xls)", "buku kerja Excel 97–2003 (.xls)"),
        (".xlsm", "an Excel workbook with macros (.xlsm)", "buku kerja Excel bermakro (.xlsm)"),
        (".xlsb", "an Excel binary workbook (.xlsb)", "buku kerja biner Excel (.xlsb)"),
        (".numbers", "an Apple Numbers spreadsheet (.numbers)", "lembar kerja Apple Numbers (.numbers)"),
    ]

    /// What to do with `name`, when it is one of those spreadsheets; nil for any other file.
    static func advice(for name: String) -> Message? {
        guard !name.hasPrefix("~$"), !name.hasPrefix(".~lock"),
            let kind = kinds.first(where: { name.lowercased().hasSuffix($0.suffix) })
        else { return nil }
        return Message(
            "\(name) is \(kind.en); kinerja reads .xlsx workbooks: open it and save it as \"Excel 2007-365 (.xlsx)\" (File › Save As), then remove \(name) or name the .xlsx in profil.yaml (`buku_kerja:`)",
            id:
                "\(name) adalah \(kind.id); kinerja membaca buku kerja .xlsx: buka dan simpan sebagai \"Excel 2007-365 (.xlsx)\" (File › Save As / Simpan Sebagai), lalu hapus \(name) atau sebut .xlsx-nya di profil.yaml (`buku_kerja:`)"
        )
    }
}
