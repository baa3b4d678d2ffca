import Foundation
import ZIPFoundation

@testable import KinerjaKit

/// Workbooks for the tests, built part by part so that each feature of real files (shared and inline
/// strings, rich text, 1904 dates, formulas, hidden sheets, prefixes) can be written exactly.
enum TestWorkbook {
    struct Sheet {
        let name: String
        var state: String? = nil
        /// The `<row>` elements of `sheetData`.
        let rows: String
        /// The element names' prefix for the main namespace, e.g. `x:` as the Open XML SDK writes.
        var prefix: String = ""
    }

    static func data(_ sheets: [Sheet], sharedStrings: [String] = [], date1904: Bool = false) throws -> Data {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var parts: [(String, String)] = []
        parts.append(
            (
                "[Content_Types].xml",
                """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>
                """
            ))
        parts.append(
            (
                "_rels/.rels",
                """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """
            ))
        let sheetElements = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\"\(sheet.state.map { " state=\"\($0)\"" } ?? "") r:id=\"rId\(index + 1)\"/>"
        }.joined()
        parts.append(
            (
                "xl/workbook.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(main)" xmlns:r="\(rel)"><workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetElements)</sheets></workbook>
                """
            ))
        let sheetRels = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(rel)/worksheet\" Target=\"/xl/worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        parts.append(
            (
                "xl/_rels/workbook.xml.rels",
                """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(sheetRels)<Relationship Id="rIdS" Type="\(rel)/sharedStrings" Target="sharedStrings.xml"/></Relationships>
                """
            ))
        let items = sharedStrings.map { $0.hasPrefix("<") ? "<si>\($0)</si>" : "<si><t>\($0)</t></si>" }.joined()
        parts.append(
            (
                "xl/sharedStrings.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?><sst xmlns="\(main)" count="\(sharedStrings.count)">\(items)</sst>
                """
            ))
        for (index, sheet) in sheets.enumerated() {
            let p = sheet.prefix
            let rows =
                p.isEmpty
                ? sheet.rows
                : sheet.rows
                    .replacingOccurrences(of: "<row", with: "<\(p)row").replacingOccurrences(
                        of: "</row", with: "</\(p)row"
                    )
                    .replacingOccurrences(of: "<c ", with: "<\(p)c ").replacingOccurrences(of: "<c>", with: "<\(p)c>")
                    .replacingOccurrences(of: "</c>", with: "</\(p)c>")
                    .replacingOccurrences(of: "<v>", with: "<\(p)v>").replacingOccurrences(of: "</v>", with: "</\(p)v>")
            let ns = p.isEmpty ? "xmlns=\"\(main)\"" : "xmlns:\(p.dropLast())=\"\(main)\""
            parts.append(
                (
                    "xl/worksheets/sheet\(index + 1).xml",
                    """
                    <?xml version="1.0" encoding="UTF-8"?><\(p)worksheet \(ns)><\(p)sheetData>\(rows)</\(p)sheetData></\(p)worksheet>
                    """
                ))
        }
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count),
                compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    /// A copy of a CSV workspace whose four tables are sheets of one workbook instead. With `typed`,
    /// numbers are number cells and the cycle's times are date cells, as a planner's Excel holds them;
    /// without, every cell is text, as when a column is formatted as text.
    static func convert(_ workspace: URL, into target: URL, name: String = "data.xlsx", typed: Bool) throws {
        try FileManager.default.copyItem(at: workspace, to: target)
        var sheets: [WorkbookWriter.Sheet] = []
        for (table, schema) in TableSchema.all {
            let url = target.appendingPathComponent(table + ".csv")
            guard let data = try? Data(contentsOf: url) else { continue }
            var log = DiagnosticLog()
            guard let source = CSVSource(data: data, file: table, schema: schema, log: &log) else { continue }
            let columns = source.table.header.map { WorkbookWriter.Column(header: $0.value) }
            let rows = source.table.records.map { record in
                record.cells.enumerated().map { index, cell -> WorkbookWriter.Cell in
                    let value = cell.value
                    guard !value.isEmpty else { return .empty }
                    guard typed, index < source.table.header.count,
                        let column = schema.column(named: source.table.header[index].value)
                    else { return .text(value) }
                    if column.date, let moment = Moment(value) { return .date(moment) }
                    if column.numeric, TargetReader.numberTexts(in: value).count == 1,
                        let number = NumberReader.value(
                            of: NumberReader.reading(value, kind: table == "anggaran" ? .money : .plain),
                            convention: source.convention)
                    {
                        return .number(number)
                    }
                    return .text(value)
                }
            }
            sheets.append(WorkbookWriter.Sheet(name: table, columns: columns, rows: rows))
            try FileManager.default.removeItem(at: url)
        }
        try WorkbookWriter.data(sheets).write(to: target.appendingPathComponent(name))
    }
}

/// A CSV workspace's report as the same data in a workbook prints it: the fixed words name the tables as
/// sheets (`lembar realisasi` for `realisasi.csv`, TableWording), and the SHA-256 of the full reports,
/// which therefore differ, are masked in both. Everything else must be byte for byte the same.
func asWorkbookReport(_ data: Data) -> String {
    var text = String(decoding: data, as: UTF8.self)
    for (table, _) in TableSchema.all { text = text.replacingOccurrences(of: "\(table).csv", with: "lembar \(table)") }
    return maskedHashes(text)
}

func maskedHashes(_ text: String) -> String {
    maskedPaperCode(text).replacingOccurrences(of: "[0-9a-f]{64}", with: "<sha256>", options: .regularExpression)
}

extension TestWorkbook {
    /// `workbook` with the part at `path` replaced by `bytes` (any bytes, even ones no spreadsheet writes).
    static func replacing(_ path: String, with bytes: Data, in workbook: Data) throws -> Data {
        let source = try Archive(data: workbook, accessMode: .read)
        let target = try Archive(data: Data(), accessMode: .create)
        for entry in source {
            var content = Data()
            _ = try source.extract(entry) { content.append($0) }
            if entry.path == path { content = bytes }
            let data = content
            try target.addEntry(
                with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return target.data!
    }
}
