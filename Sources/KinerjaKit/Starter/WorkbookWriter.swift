import Foundation
import ZIPFoundation

/// Writes an .xlsx workbook: sheets of typed cells with a bold, frozen header row, column widths that
/// fit their contents, drop-down lists (data validation) and date formats. The archive is built with
/// ZIPFoundation, every XML part with `XMLNode`; the bytes depend only on the sheets given (entries
/// carry a fixed date).
enum WorkbookWriter {
    struct Sheet {
        let name: String
        let columns: [Column]
        let rows: [[Cell]]
    }

    struct Column {
        let header: String
        /// Offered as a drop-down list on every data row.
        var choices: [String] = []
        /// Whether a value outside `choices` is refused (else Excel only warns).
        var strict: Bool = true
        /// Cells are text even when they look like numbers (`001`, `1.01.01`).
        var text: Bool = false
        /// Long text, wrapped in a wide column (the instructions sheet).
        var wrap: Bool = false
    }

    enum Cell {
        case empty
        case text(String)
        case number(Decimal)
        case date(Moment)
    }

    /// Rows the drop-down lists cover below the header.
    static let validatedRows = 1000

    static func data(_ sheets: [Sheet]) throws -> Data {
        var strings = SharedStrings()
        let sheetParts = sheets.enumerated().map { index, sheet in
            worksheet(sheet, selected: index == 0, strings: &strings).document
        }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheetCount: sheets.count).document),
            ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")]).document),
            ("xl/workbook.xml", workbook(sheets).document),
            (
                "xl/_rels/workbook.xml.rels",
                relationships(
                    sheets.indices.map { ("rId\($0 + 1)", "worksheet", "worksheets/sheet\($0 + 1).xml") }
                        + [
                            ("rId\(sheets.count + 1)", "styles", "styles.xml"),
                            ("rId\(sheets.count + 2)", "sharedStrings", "sharedStrings.xml"),
                        ]
                ).document
            ),
            ("xl/styles.xml", styles.document),
        ]
        parts += sheetParts.enumerated().map { ("xl/worksheets/sheet\($0.offset + 1).xml", $0.element) }
        parts.append(("xl/sharedStrings.xml", strings.part.document))

        let archive = try Archive(data: Data(), accessMode: .create)
        // 1980-01-01, the first date a ZIP entry can carry: the same bytes on every run.
        let fixedDate = Date(timeIntervalSince1970: 315_532_800)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count),
                modificationDate: fixedDate, compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    // MARK: - Parts

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Cell formats (`cellXfs`), by index.
    enum Style: Int {
        case plain = 0, header, dateTime, date, wrapped, text
    }

    private static func worksheet(_ sheet: Sheet, selected: Bool, strings: inout SharedStrings) -> XMLNode {
        let widths = sheet.columns.indices.map { index -> Int in
            if sheet.columns[index].wrap { return 90 }
            let texts = [sheet.columns[index].header] + sheet.rows.map { index < $0.count ? display($0[index]) : "" }
            return min(60, max(8, (texts.map(\.count).max() ?? 0) + 2))
        }
        let cols = sheet.columns.indices.map { index in
            var attributes = [
                ("min", "\(index + 1)"), ("max", "\(index + 1)"), ("width", "\(widths[index])"),
                ("customWidth", "1"),
            ]
            if sheet.columns[index].text { attributes.append(("style", "\(Style.text.rawValue)")) }
            return XMLNode("col", attributes)
        }
        var rows: [XMLNode] = [
            row(1, sheet.columns.map { Cell.text($0.header) }, styles: { _ in .header }, strings: &strings)
        ]
        for (offset, cells) in sheet.rows.enumerated() {
            rows.append(
                row(
                    offset + 2, cells,
                    styles: { column in
                        guard column < sheet.columns.count else { return .plain }
                        if sheet.columns[column].wrap { return .wrapped }
                        return sheet.columns[column].text ? .text : .plain
                    }, strings: &strings))
        }
        var view: [(String, String)] = [("workbookViewId", "0")]
        if selected { view.insert(("tabSelected", "1"), at: 0) }
        var children = [
            XMLNode(
                "sheetViews", [],
                [
                    XMLNode(
                        "sheetView", view,
                        [
                            XMLNode(
                                "pane",
                                [
                                    ("ySplit", "1"), ("topLeftCell", "A2"), ("activePane", "bottomLeft"),
                                    ("state", "frozen"),
                                ]),
                            XMLNode("selection", [("pane", "bottomLeft"), ("activeCell", "A2"), ("sqref", "A2")]),
                        ])
                ]),
            XMLNode("sheetFormatPr", [("defaultRowHeight", "15")]),
            XMLNode("cols", [], cols),
            XMLNode("sheetData", [], rows),
        ]
        let validations = sheet.columns.enumerated().filter { !$0.element.choices.isEmpty }.map { index, column in
            let letters = CellReference.letters(index + 1)
            return XMLNode(
                "dataValidation",
                [
                    ("type", "list"), ("allowBlank", "1"), ("showInputMessage", "1"), ("showErrorMessage", "1"),
                    ("errorStyle", column.strict ? "stop" : "warning"),
                    ("sqref", "\(letters)2:\(letters)\(validatedRows + 1)"),
                ], [XMLNode("formula1", text: "\"" + column.choices.joined(separator: ",") + "\"")])
        }
        if !validations.isEmpty {
            children.append(XMLNode("dataValidations", [("count", "\(validations.count)")], validations))
        }
        children.append(
            XMLNode(
                "pageMargins",
                [
                    ("left", "0.7"), ("right", "0.7"), ("top", "0.75"), ("bottom", "0.75"),
                    ("header", "0.3"), ("footer", "0.3"),
                ]))
        return XMLNode("worksheet", [("xmlns", main), ("xmlns:r", officeRelationships)], children)
    }

    private static func row(
        _ number: Int, _ cells: [Cell], styles: (Int) -> Style,
        strings: inout SharedStrings
    ) -> XMLNode {
        var nodes: [XMLNode] = []
        for (index, cell) in cells.enumerated() {
            let reference = CellReference(column: index + 1, row: number).text
            let style = styles(index)
            var attributes = [("r", reference)]
            switch cell {
            case .empty:
                continue
            case .text(let text):
                if style != .plain { attributes.append(("s", "\(style.rawValue)")) }
                attributes.append(("t", "s"))
                nodes.append(XMLNode("c", attributes, [XMLNode("v", text: "\(strings.index(text))")]))
            case .number(let value):
                if style != .plain { attributes.append(("s", "\(style.rawValue)")) }
                nodes.append(XMLNode("c", attributes, [XMLNode("v", text: value.plainString)]))
            case .date(let moment):
                attributes.append(("s", "\((moment.minutes == nil ? Style.date : .dateTime).rawValue)"))
                nodes.append(XMLNode("c", attributes, [XMLNode("v", text: SerialDate.serial(moment).plainString)]))
            }
        }
        return XMLNode("row", [("r", "\(number)")], nodes)
    }

    /// What a cell shows, for the column widths.
    private static func display(_ cell: Cell) -> String {
        switch cell {
        case .empty: return ""
        case .text(let text): return text
        case .number(let value): return value.plainString
        case .date(let moment): return moment.iso
        }
    }

    private static func workbook(_ sheets: [Sheet]) -> XMLNode {
        XMLNode(
            "workbook", [("xmlns", main), ("xmlns:r", officeRelationships)],
            [
                XMLNode("bookViews", [], [XMLNode("workbookView", [("activeTab", "0")])]),
                XMLNode(
                    "sheets", [],
                    sheets.enumerated().map { index, sheet in
                        XMLNode(
                            "sheet", [("name", sheet.name), ("sheetId", "\(index + 1)"), ("r:id", "rId\(index + 1)")])
                    }),
            ])
    }

    private static func relationships(_ items: [(id: String, type: String, target: String)]) -> XMLNode {
        XMLNode(
            "Relationships", [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")],
            items.map {
                XMLNode(
                    "Relationship",
                    [
                        ("Id", $0.id), ("Type", officeRelationships + "/" + $0.type),
                        ("Target", $0.target),
                    ])
            })
    }

    private static func contentTypes(sheetCount: Int) -> XMLNode {
        let office = "application/vnd.openxmlformats-officedocument.spreadsheetml."
        var children = [
            XMLNode(
                "Default",
                [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")]),
            XMLNode("Default", [("Extension", "xml"), ("ContentType", "application/xml")]),
            XMLNode("Override", [("PartName", "/xl/workbook.xml"), ("ContentType", office + "sheet.main+xml")]),
            XMLNode("Override", [("PartName", "/xl/styles.xml"), ("ContentType", office + "styles+xml")]),
            XMLNode(
                "Override", [("PartName", "/xl/sharedStrings.xml"), ("ContentType", office + "sharedStrings+xml")]),
        ]
        children += (1...max(sheetCount, 1)).map {
            XMLNode(
                "Override", [("PartName", "/xl/worksheets/sheet\($0).xml"), ("ContentType", office + "worksheet+xml")])
        }
        return XMLNode("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")], children)
    }

    private static var styles: XMLNode {
        func xf(_ format: Int, font: Int = 0, _ extra: [(String, String)] = [], _ children: [XMLNode] = []) -> XMLNode {
            XMLNode(
                "xf",
                [("numFmtId", "\(format)"), ("fontId", "\(font)"), ("fillId", "0"), ("borderId", "0"), ("xfId", "0")]
                    + extra, children)
        }
        func font(bold: Bool) -> XMLNode {
            XMLNode(
                "font", [],
                (bold ? [XMLNode("b")] : []) + [XMLNode("sz", [("val", "11")]), XMLNode("name", [("val", "Calibri")])])
        }
        // In the order of `Style`.
        let formats = [
            xf(0),
            xf(0, font: 1, [("applyFont", "1")]),
            xf(164, [("applyNumberFormat", "1")]),
            xf(165, [("applyNumberFormat", "1")]),
            xf(0, [("applyAlignment", "1")], [XMLNode("alignment", [("wrapText", "1"), ("vertical", "top")])]),
            xf(49, [("applyNumberFormat", "1")]),
        ]
        return XMLNode(
            "styleSheet", [("xmlns", main)],
            [
                XMLNode(
                    "numFmts", [("count", "2")],
                    [
                        XMLNode("numFmt", [("numFmtId", "164"), ("formatCode", "yyyy-mm-dd hh:mm")]),
                        XMLNode("numFmt", [("numFmtId", "165"), ("formatCode", "yyyy-mm-dd")]),
                    ]),
                XMLNode("fonts", [("count", "2")], [font(bold: false), font(bold: true)]),
                XMLNode(
                    "fills", [("count", "2")],
                    [
                        XMLNode("fill", [], [XMLNode("patternFill", [("patternType", "none")])]),
                        XMLNode("fill", [], [XMLNode("patternFill", [("patternType", "gray125")])]),
                    ]),
                XMLNode(
                    "borders", [("count", "1")],
                    [XMLNode("border", [], ["left", "right", "top", "bottom", "diagonal"].map { XMLNode($0) })]),
                XMLNode(
                    "cellStyleXfs", [("count", "1")],
                    [XMLNode("xf", [("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0")])]),
                XMLNode("cellXfs", [("count", "\(formats.count)")], formats),
                XMLNode(
                    "cellStyles", [("count", "1")],
                    [XMLNode("cellStyle", [("name", "Normal"), ("xfId", "0"), ("builtinId", "0")])]),
            ])
    }

    /// The workbook's shared string table: each distinct text once, in order of first use.
    private struct SharedStrings {
        private var order: [String] = []
        private var indices: [String: Int] = [:]
        private var uses = 0

        mutating func index(_ text: String) -> Int {
            uses += 1
            if let index = indices[text] { return index }
            order.append(text)
            indices[text] = order.count - 1
            return order.count - 1
        }

        var part: XMLNode {
            XMLNode(
                "sst", [("xmlns", main), ("count", "\(uses)"), ("uniqueCount", "\(order.count)")],
                order.map { text in
                    let encoded = SpreadsheetText.encode(text)
                    let preserve = encoded.first?.isWhitespace == true || encoded.last?.isWhitespace == true
                    return XMLNode("si", [], [XMLNode("t", preserve ? [("xml:space", "preserve")] : [], text: encoded)])
                })
        }
    }
}
