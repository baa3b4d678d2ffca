/// A small XML writer for the parts of a workbook kinerja writes: elements are built as values and
/// every attribute value and text is escaped on output, so no input can break the markup.
struct XMLNode {
    enum Content {
        case element(XMLNode)
        case text(String)
    }

    let name: String
    /// In the order given, so the same values always give the same bytes.
    let attributes: [(String, String)]
    let children: [Content]

    init(_ name: String, _ attributes: [(String, String)] = [], _ children: [XMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children.map(Content.element)
    }

    init(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        self.name = name
        self.attributes = attributes
        self.children = [.text(text)]
    }

    /// The whole part: the XML declaration, then this element.
    var document: String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        out += "<" + name
        for (key, value) in attributes {
            out += " " + key + "=\"" + Self.escape(value, quotes: true) + "\""
        }
        guard !children.isEmpty else {
            out += "/>"
            return
        }
        out += ">"
        for child in children {
            switch child {
            case .element(let node): node.write(to: &out)
            case .text(let text): out += Self.escape(text, quotes: false)
            }
        }
        out += "</" + name + ">"
    }

    /// `&`, `<`, `>` (and in attributes `"` and `'`) as entities. A character XML 1.0 cannot hold at all
    /// (a control character other than tab, newline and carriage return) becomes U+FFFD; a cell's text
    /// keeps such characters by `SpreadsheetText.encode` first.
    static func escape(_ text: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let invalid = scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                out.unicodeScalars.append(invalid ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }
}

/// SpreadsheetML's escape for cell text: a character XML cannot hold is written `_xHHHH_`, and a
/// literal `_x` followed by four hex digits and `_` has its underscore escaped (`_x005F_`), so that
/// reading back (`Workbook.unescape`) gives the text exactly.
enum SpreadsheetText {
    static func encode(_ text: String) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "_", looksEscaped(scalars[(index + 1)...]) {
                out += "_x005F_"
            } else if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" {
                out += "_x" + hex4(scalar.value) + "_"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `xHHHH_` follows.
    private static func looksEscaped(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        let next = Array(rest.prefix(6))
        guard next.count == 6, next[0] == "x", next[5] == "_" else { return false }
        return next[1...4].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func hex4(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
