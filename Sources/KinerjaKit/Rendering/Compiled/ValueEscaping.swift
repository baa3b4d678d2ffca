/// How a printed value is escaped: the content types a template can name in `{{% CONTENT_TYPE: NAME }}`,
/// each escaping exactly as the content type registered with swift-mustache under that name
/// (`TemplateSet.contentTypes`), and swift-mustache's own HTML escaping for a template without the pragma.
enum ValueEscaping: Sendable {
    /// No pragma (and every partial until its own pragma): swift-mustache's HTML escaping.
    case referenceHTML
    /// `HTML`: kinerja's HTML escaping (`HTMLContent`), which replaces swift-mustache's under that name.
    case html
    case markdown
    case csv
    /// `TEXT`: values as they are.
    case text

    /// The content type a pragma names; nil for a name kinerja has not registered (swift-mustache then
    /// reports it, or renders it with a type registered elsewhere).
    init?(pragma name: String) {
        switch name {
        case HTMLContent.name: self = .html
        case MarkdownContentType.name: self = .markdown
        case CSVContentType.name: self = .csv
        case "TEXT": self = .text
        default: return nil
        }
    }

    private static let csvWriter = CSVContentType()

    func escape(_ text: String) -> String {
        switch self {
        case .referenceHTML: return Self.referenceHTMLEscape(text)
        case .html: return HTMLContent.escape(text)
        case .markdown: return MarkdownContentType.escape(text)
        case .csv: return Self.csvWriter.escapeText(text)
        case .text: return text
        }
    }

    /// Appends `text`, escaped, to `output` (the view renderer's): the bytes `escape(text)` has, but read
    /// in place and written where they go, without a String made for them, when the escaping can be done
    /// on bytes (a value with nothing to escape, as most are; HTML; most Markdown); else
    /// `escape(text)`'s. (A String made for each of some 35 000 values printed for five agencies cost
    /// about 580 instructions a value; issue 22.)
    func append<Output: ByteOutput>(_ text: String, to output: inout Output) {
        let appended = text.utf8.withContiguousStorageIfAvailable { append($0, to: &output) }
        if appended != true { Self.append(bytesOf: escape(text), to: &output) }
    }

    /// Appends the escaped bytes of a text of these UTF-8 bytes where they can be had without its
    /// Characters; false, with nothing appended, where they cannot.
    private func append<Output: ByteOutput>(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout Output) -> Bool {
        switch self {
        case .referenceHTML:
            // `referenceHTMLEscape` walks the Characters of a text with any of the five bytes.
            guard !bytes.contains(where: HTMLContent.isSpecial) else { return false }
        case .html:
            HTMLContent.escape(bytes, into: &output)
            return true
        case .markdown:
            guard !MarkdownContentType.needsEscaping(bytes) else {
                return MarkdownContentType.escape(bytes, into: &output)
            }
        case .csv:
            guard !Self.csvWriter.writer.mayNeedQuotes(bytes) else { return false }
        case .text:
            break
        }
        output.appendBytes(bytes)
        return true
    }

    /// Appends `text`'s UTF-8 bytes, copied from its contiguous storage when it has one.
    static func append<Output: ByteOutput>(bytesOf text: String, to output: inout Output) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { output.appendBytes($0) }
        guard copied == nil else { return }
        var text = text
        text.withUTF8 { output.appendBytes($0) }
    }

    /// swift-mustache's HTML escaping (`String.htmlEscape`, internal to it), to the same text: the five
    /// Characters `<` `>` `&` `"` `'` are replaced, compared as Characters, so a `<` that carries a
    /// combining mark is a different Character and stays. A text without any of their bytes is returned
    /// as it is (no other Character equals one of them: GraphemeCheck).
    static func referenceHTMLEscape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
