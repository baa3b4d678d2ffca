import Foundation
import SWXMLHash
import ZIPFoundation

/// An .xlsx workbook (SpreadsheetML, ECMA-376), read for the values of its worksheets' cells.
///
/// The archive is opened with ZIPFoundation and each XML part is parsed with SWXMLHash (FoundationXML
/// underneath). What real workbooks hold is covered: shared strings (plain and rich text), inline
/// strings, numbers, booleans, error values, formulas (their saved result), the 1904 date system,
/// hidden sheets, and namespace prefixes (`x:row`) as some generators write them.
struct Workbook {
    struct Sheet: Equatable {
        let name: String
        /// `hidden` or `veryHidden` in workbook.xml.
        let hidden: Bool
        /// The worksheet part in the archive, `xl/worksheets/sheet1.xml`.
        let part: String
    }

    /// Why a file could not be read as a workbook, in words for the planner.
    struct Unreadable: Error, Equatable {
        let reason: Message
    }

    let sheets: [Sheet]
    /// Dates are counted from 1904-01-01 (`<workbookPr date1904="1"/>`) instead of 1900.
    let date1904: Bool
    private let archive: Archive
    private let sharedStrings: [String]
    /// The number format of each cell style (`<c s="3">` is `cellFormats[3]`), from styles.xml.
    private let cellFormats: [NumberFormat]

    /// A part larger than this (uncompressed) is refused rather than read into memory.
    static let largestPart = 16 * 1024 * 1024
    /// More rows than this in one sheet are refused (FoundationXML fails on far larger trees).
    static let mostRows = 100_000

    /// A spreadsheet's last row and column (XFD).
    static let lastRow = 1_048_576, lastColumn = 16_384

    init(data: Data) throws(Unreadable) {
        guard data.starts(with: [0x50, 0x4B]) else {
            throw Unreadable(
                reason: Message(
                    "it is not an .xlsx workbook (not a ZIP archive); save it from Excel or LibreOffice as \"Excel Workbook (.xlsx)\"",
                    id:
                        "berkas ini bukan buku kerja .xlsx (bukan arsip ZIP); simpan dari Excel atau LibreOffice sebagai \"Excel Workbook (.xlsx)\""
                ))
        }
        if let damage = ZIPStructure.damage(data) {
            throw Unreadable(
                reason: Message(
                    "the .xlsx archive is damaged (\(damage.en)); save it again from Excel or LibreOffice",
                    id: "arsip .xlsx ini rusak (\(damage.id)); simpan ulang dari Excel atau LibreOffice"))
        }
        do { archive = try Archive(data: data, accessMode: .read) } catch {
            throw Unreadable(
                reason: Message(
                    "the .xlsx archive is damaged or password-protected (\(error)); save it again from Excel or LibreOffice without a password",
                    id:
                        "arsip .xlsx ini rusak atau berkata sandi (\(error)); simpan ulang dari Excel atau LibreOffice tanpa kata sandi"
                ))
        }
        let packageRels = try Self.relationships(archive, of: "")
        guard
            let workbookPart = packageRels.first(where: { $0.type.hasSuffix("/officeDocument") })?.target
                ?? (Self.entry(archive, "xl/workbook.xml") != nil ? "xl/workbook.xml" : nil)
        else {
            throw Unreadable(
                reason: Message(
                    "it has no workbook part (xl/workbook.xml); it may be another kind of Office file",
                    id: "tidak ada bagian buku kerja (xl/workbook.xml); mungkin ini jenis berkas Office yang lain"))
        }
        let workbookXML = try Self.xml(archive, workbookPart)
        let rels = try Self.relationships(archive, of: workbookPart)
        let root = workbookXML["workbook"]
        date1904 = Self.isTrue(root["workbookPr"].element.flatMap { Self.attribute($0, "date1904") })

        var sheets: [Sheet] = []
        for sheet in root["sheets"]["sheet"].all {
            guard let element = sheet.element, let name = Self.attribute(element, "name"),
                let id = Self.attribute(element, "id"),
                let target = rels.first(where: { $0.id == id })?.target
            else { continue }
            let state = Self.attribute(element, "state") ?? "visible"
            sheets.append(Sheet(name: name, hidden: state != "visible", part: target))
        }
        self.sheets = sheets

        if let stringsPart = rels.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target {
            sharedStrings = try Self.xml(archive, stringsPart)["sst"]["si"].all.map { item in
                item.element.map(Self.richText) ?? ""
            }
        } else {
            sharedStrings = []
        }
        if let stylesPart = rels.first(where: { $0.type.hasSuffix("/styles") })?.target {
            cellFormats = Self.cellFormats(try Self.xml(archive, stylesPart))
        } else {
            cellFormats = []
        }
    }

    /// Each `cellXfs` entry's number format: its `numFmtId`, with the code `numFmts` gives it, if any.
    private static func cellFormats(_ styles: XMLIndexer) -> [NumberFormat] {
        let sheet = styles["styleSheet"]
        var codes: [Int: String] = [:]
        for format in sheet["numFmts"]["numFmt"].all {
            guard let element = format.element, let id = attribute(element, "numFmtId").flatMap({ Int($0) }),
                let code = attribute(element, "formatCode")
            else { continue }
            codes[id] = code
        }
        return sheet["cellXfs"]["xf"].all.map { xf in
            let id = xf.element.flatMap { attribute($0, "numFmtId") }.flatMap { Int($0) } ?? 0
            return NumberFormat(id: id, code: codes[id])
        }
    }

    /// The sheet whose name is `name`, compared case-insensitively (`Realisasi` is `realisasi`).
    func sheet(named name: String) -> Sheet? {
        sheets.first { $0.name.trimmingSpaces().lowercased() == name.lowercased() }
    }

    /// Every non-empty cell of `sheet`, row by row; the cells of a merged range hold its top-left value.
    func rows(of sheet: Sheet) throws(Unreadable) -> SheetRows {
        let xml = try Self.xml(archive, sheet.part)
        var rows: [(row: Int, cells: [SheetCell])] = []
        var lastRow = 0
        let merges = xml["worksheet"]["mergeCells"]["mergeCell"].all.compactMap { merge in
            merge.element.flatMap { Self.attribute($0, "ref") }.flatMap(MergedRange.init)
        }
        // Hidden columns as the ranges the file gives (a hostile `1:16384` is one range, not 16 384 entries).
        let hiddenColumns = xml["worksheet"]["cols"]["col"].all.compactMap { column -> ClosedRange<Int>? in
            guard let element = column.element, Self.isTrue(Self.attribute(element, "hidden")),
                let low = Self.attribute(element, "min").flatMap({ Int($0) }),
                let high = Self.attribute(element, "max").flatMap({ Int($0) }),
                1 <= low, low <= high, low <= Self.lastColumn
            else { return nil }
            return low...min(high, Self.lastColumn)
        }
        var hiddenRows: Set<Int> = []
        for row in xml["worksheet"]["sheetData"]["row"].all {
            guard let rowElement = row.element else { continue }
            let number = Self.attribute(rowElement, "r").flatMap { Int($0) } ?? lastRow + 1
            // A spreadsheet has at most 1 048 576 rows and 16 384 columns (XFD); anything past them is not a
            // workbook Excel or LibreOffice wrote, and would overflow or take the memory of a huge table.
            guard (1...Self.lastRow).contains(number) else {
                throw Unreadable(
                    reason: Message(
                        "row number \(Self.attribute(rowElement, "r") ?? "") in \(sheet.name) is beyond a spreadsheet's last row (\(Self.lastRow)); the file is damaged",
                        id:
                            "nomor baris \(Self.attribute(rowElement, "r") ?? "") di \(sheet.name) melewati baris terakhir lembar kerja (\(Self.lastRow)); berkas rusak"
                    ))
            }
            lastRow = number
            var cells: [SheetCell] = []
            var lastColumn = 0
            for cell in row["c"].all {
                guard let element = cell.element else { continue }
                let reference =
                    Self.attribute(element, "r").flatMap(CellReference.init)
                    ?? CellReference(column: lastColumn + 1, row: number)
                guard reference.column <= Self.lastColumn else {
                    throw Unreadable(
                        reason: Message(
                            "the cell \(Self.attribute(element, "r") ?? "") in \(sheet.name) is beyond a spreadsheet's last column (XFD); the file is damaged",
                            id:
                                "sel \(Self.attribute(element, "r") ?? "") di \(sheet.name) melewati kolom terakhir lembar kerja (XFD); berkas rusak"
                        ))
                }
                lastColumn = reference.column
                if let value = value(of: cell, element) {
                    let style = Self.attribute(element, "s").flatMap { Int($0) } ?? 0
                    let format = cellFormats.indices.contains(style) ? cellFormats[style] : .plain
                    cells.append(
                        SheetCell(
                            reference: CellReference(column: reference.column, row: number),
                            value: value, format: format))
                }
            }
            if !cells.isEmpty {
                rows.append((number, cells))
                if Self.isTrue(Self.attribute(rowElement, "hidden")) { hiddenRows.insert(number) }
            }
        }
        return SheetRows(
            rows: try MergedRange.fill(rows, merges), hiddenRows: hiddenRows, hiddenColumns: hiddenColumns)
    }

    /// A cell's value by its type attribute `t`; nil for a cell with nothing in it (only a style).
    private func value(of cell: XMLIndexer, _ element: SWXMLHash.XMLElement) -> SheetCell.Value? {
        let type = Self.attribute(element, "t") ?? "n"
        // openpyxl writes a formula it did not calculate with an empty `<v></v>`: no saved result.
        // A formula's empty text result (`t="str"`, `=IF(…;"";…)`) is an empty `<v></v>` too: empty text.
        let written = cell["v"].element?.text
        let saved = written?.nilWhenBlank
        let formula = cell["f"].element?.text
        switch type {
        case "s":
            guard let saved, let index = Int(saved.trimmingSpaces()), sharedStrings.indices.contains(index) else {
                return saved == nil ? nil : .error("a shared string that the workbook does not have")
            }
            return .text(sharedStrings[index])
        case "inlineStr":
            return cell["is"].element.map { .text(Self.richText($0)) }
        case "str", "d":
            if let written { return .text(Self.unescape(written)) }
        case "b":
            if let saved { return .bool(saved.trimmingSpaces() == "1" || saved.lowercased() == "true") }
        case "e":
            if let saved { return .error(saved) }
        default:
            if let saved {
                guard let number = Self.number(saved) else { return .error(saved) }
                return .number(number)
            }
        }
        if let formula { return .formulaWithoutValue(formula) }
        return nil
    }

    /// A number as SpreadsheetML writes it (`87.5`, `1.2E-3`, `0.30000000000000004`), rounded to the
    /// 15 significant digits a spreadsheet shows, so binary noise in a formula's result is not taken
    /// for data: `0.30000000000000004` → 0.3.
    static func number(_ text: String) -> Decimal? {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty,
            trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
            var value = Decimal(string: trimmed, locale: .posix), !value.isNaN,
            abs(value.exponent) < 100
        else { return nil }  // far beyond any table's figures (and Decimal's range)
        guard !value.isZero else { return 0 }
        let digits = value.significand.magnitude.description.count
        let scale = 15 - (value.exponent + digits)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, scale, .plain)
        return rounded
    }

    // MARK: - Parts

    private struct Relationship {
        let id: String
        let type: String
        /// The part's path in the archive, resolved against the part that refers to it.
        let target: String
    }

    /// The relationships of `part` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; "" → `_rels/.rels`).
    private static func relationships(_ archive: Archive, of part: String) throws(Unreadable) -> [Relationship] {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard entry(archive, relsPath) != nil else { return [] }
        return try xml(archive, relsPath)["Relationships"]["Relationship"].all.compactMap { item in
            guard let element = item.element, let id = attribute(element, "Id"),
                let target = attribute(element, "Target")
            else { return nil }
            if attribute(element, "TargetMode") == "External" { return nil }
            return Relationship(id: id, type: attribute(element, "Type") ?? "", target: resolve(target, from: folder))
        }
    }

    /// `worksheets/sheet1.xml` from `xl` → `xl/worksheets/sheet1.xml`; `/xl/…` is from the root.
    private static func resolve(_ target: String, from folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    private static func entry(_ archive: Archive, _ path: String) -> Entry? {
        archive[path] ?? archive.first { $0.path.lowercased() == path.lowercased() }
    }

    private static func xml(_ archive: Archive, _ path: String) throws(Unreadable) -> XMLIndexer {
        guard let entry = entry(archive, path) else {
            throw Unreadable(
                reason: Message(
                    "the part \(path) is missing from the archive; save the workbook again from Excel or LibreOffice",
                    id: "bagian \(path) tidak ada di arsip; simpan ulang buku kerja dari Excel atau LibreOffice"))
        }
        guard entry.uncompressedSize <= largestPart else {
            throw Unreadable(
                reason: Message(
                    "the part \(path) is larger than \(largestPart / 1024 / 1024) MB; a workspace's tables are far smaller",
                    id:
                        "bagian \(path) lebih besar dari \(largestPart / 1024 / 1024) MB; tabel ruang kerja jauh lebih kecil"
                ))
        }
        // The size in the ZIP headers is the archive's claim, not a fact: the bytes are counted as they
        // inflate, so a zip bomb stops at the limit instead of filling the memory.
        struct TooLarge: Error {}
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= largestPart else { throw TooLarge() }
                data.append(chunk)
            }
        } catch is TooLarge {
            throw Unreadable(
                reason: Message(
                    "the part \(path) unpacks to more than \(largestPart / 1024 / 1024) MB; a workspace's tables are far smaller (the file may be damaged or hostile)",
                    id:
                        "bagian \(path) lebih besar dari \(largestPart / 1024 / 1024) MB setelah dibuka; tabel ruang kerja jauh lebih kecil (berkas mungkin rusak atau berbahaya)"
                ))
        } catch {
            throw Unreadable(
                reason: Message(
                    "the part \(path) cannot be unpacked (\(error)); the file may be damaged",
                    id: "bagian \(path) tidak dapat dibuka (\(error)); berkas mungkin rusak"))
        }
        // The archive's own check of what was unpacked: a part edited without updating its CRC-32 is damaged.
        guard data.crc32(checksum: 0) == entry.checksum else {
            throw Unreadable(
                reason: Message(
                    "the part \(path) does not match its checksum (CRC-32); the file is damaged: save the workbook again from Excel or LibreOffice",
                    id:
                        "bagian \(path) tidak cocok dengan checksum-nya (CRC-32); berkas rusak: simpan ulang buku kerja dari Excel atau LibreOffice"
                ))
        }
        // FoundationXML traps on invalid UTF-8 in names, and expands internal entities silently: neither
        // reaches it. Excel and LibreOffice write UTF-8 parts without a DOCTYPE.
        guard String(data: data, encoding: .utf8) != nil else {
            throw Unreadable(
                reason: Message(
                    "the part \(path) is not valid UTF-8 text; the file is damaged: save the workbook again from Excel or LibreOffice",
                    id:
                        "bagian \(path) bukan teks UTF-8 yang sah; berkas rusak: simpan ulang buku kerja dari Excel atau LibreOffice"
                ))
        }
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!doctype".utf8)) != nil {
            throw Unreadable(
                reason: Message(
                    "the part \(path) declares a DOCTYPE, which no spreadsheet writes; it is not read (entities in it could change the text)",
                    id:
                        "bagian \(path) memuat DOCTYPE, yang tidak pernah ditulis aplikasi lembar kerja; bagian ini tidak dibaca (entitas di dalamnya dapat mengubah teks)"
                ))
        }
        // FoundationXML gives up on very large trees with "line 0, column 0", and its tree costs time per
        // element and is freed recursively: the part's shape is checked before it is parsed (XMLShape).
        let shape = XMLShape(data)
        if shape.rows > mostRows {
            throw Unreadable(
                reason: Message(
                    "the part \(path) has more than \(mostRows) rows; a workspace's tables have hundreds: keep only the agency's own tables in the workbook",
                    id:
                        "bagian \(path) memuat lebih dari \(mostRows) baris; tabel ruang kerja hanya ratusan baris: simpan hanya tabel instansi di buku kerja ini"
                ))
        }
        if shape.depth > XMLShape.deepest {
            throw Unreadable(
                reason: Message(
                    "the part \(path) nests its elements \(shape.depth) levels deep, more than the \(XMLShape.deepest) kinerja reads (a spreadsheet writes under 10); the file is damaged or hostile",
                    id:
                        "bagian \(path) bersarang \(shape.depth) tingkat, lebih dari \(XMLShape.deepest) yang dibaca kinerja (aplikasi lembar kerja menulis kurang dari 10); berkas rusak atau berbahaya"
                ))
        }
        if shape.elements > XMLShape.mostElements {
            throw Unreadable(
                reason: Message(
                    "the part \(path) has \(shape.elements) XML elements, more than the \(XMLShape.mostElements) kinerja reads (a workspace's tables have a few thousand cells): keep only the agency's own tables in the workbook",
                    id:
                        "bagian \(path) memuat \(shape.elements) elemen XML, lebih dari \(XMLShape.mostElements) yang dibaca kinerja (tabel ruang kerja hanya beberapa ribu sel): simpan hanya tabel instansi di buku kerja ini"
                ))
        }
        if shape.attributes > XMLShape.mostAttributes {
            throw Unreadable(
                reason: Message(
                    "an element of the part \(path) has \(shape.attributes) attributes, more than the \(XMLShape.mostAttributes) kinerja reads (a spreadsheet writes a handful); the file is damaged or hostile",
                    id:
                        "sebuah elemen bagian \(path) memuat \(shape.attributes) atribut, lebih dari \(XMLShape.mostAttributes) yang dibaca kinerja (aplikasi lembar kerja menulis beberapa saja); berkas rusak atau berbahaya"
                ))
        }
        let parsed = XMLHash.config { options in
            options.shouldProcessNamespaces = true
            options.detectParsingErrors = true
        }.parse(data)
        if case .parsingError(let problem) = parsed {
            throw Unreadable(
                reason: Message(
                    "the part \(path) is not well-formed XML (line \(problem.line), column \(problem.column)); the file may be damaged",
                    id:
                        "bagian \(path) bukan XML yang sah (baris \(problem.line), kolom \(problem.column)); berkas mungkin rusak"
                ))
        }
        return parsed
    }

    // MARK: - Values

    /// The text of a string item: its `t`, or the `t` of each rich-text run; phonetic runs (`rPh`) are not text.
    private static func richText(_ element: SWXMLHash.XMLElement) -> String {
        var text = ""
        for child in element.children {
            guard let child = child as? SWXMLHash.XMLElement else { continue }
            if child.name == "t" {
                text += child.text
            } else if child.name == "r" {
                text += richText(child)
            }
        }
        return unescape(text)
    }

    /// SpreadsheetML writes characters XML cannot hold as `_xHHHH_` (`_x000D_` is a carriage return).
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let code = UInt32(hex, radix: 16),
                let scalar = Unicode.Scalar(code)
            {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }

    /// An attribute by local name: `id` finds `r:id` too (prefixes vary between generators).
    private static func attribute(_ element: SWXMLHash.XMLElement, _ name: String) -> String? {
        if let value = element.allAttributes[name]?.text { return value }
        return element.allAttributes.first { $0.key.hasSuffix(":" + name) }?.value.text
    }

    private static func isTrue(_ text: String?) -> Bool {
        guard let text = text?.lowercased() else { return false }
        return text == "1" || text == "true"
    }
}

private extension String {
    var nilWhenBlank: String? { trimmingSpaces().isEmpty ? nil : self }
}
