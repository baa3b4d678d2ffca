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
