import Foundation

/// Warns about names a template uses that its context does not have, and makes a label the label files
/// lack (`{{l.judull}}`) an error: the labels are the user's over the defaults, so such a key is in
/// neither, and the document would lose a fixed word.
///
/// swift-mustache renders an unknown name as nothing, so a misspelled `{{l.judull}}` in a user's
/// template would silently blank a heading. This walks the template's tags with the same lookup rules
/// Mustache uses (the context stack, dotted names, sections over lists), following partials, and
/// reports each unknown name at its file, line and column. Inside a section over an empty list, or
/// a true/false section that does not render with this context, nothing can be known, so nothing is
/// reported there.
struct TemplateNameCheck {
    let templates: TemplateSet
    private var reported: Set<String> = []

    init(templates: TemplateSet) { self.templates = templates }

    /// One level of the context stack: the values a name may be looked up in (every element of a list).
    private struct Frame {
        var values: [Any]
        /// A section over an empty list: its contents are never rendered here.
        var unknowable: Bool { values.isEmpty }
    }

    /// Checks `name` against `context`; does nothing for the default templates (see `TemplateSet.isCustomised`).
    mutating func check(_ name: String, context: Any, log: inout DiagnosticLog) {
        guard templates.isCustomised else { return }
        let root = context as? [String: Any]
        labels = (root?["l"] as? [String: String]).map { ($0, (root?["bahasa"] as? String).flatMap(Language.init) ?? .id) }
        check(template: name, document: name, stack: [Frame(values: [context])], depth: 0, log: &log)
    }

    /// The labels of the document being checked (its context's `l`) and their language; nil without labels.
    private var labels: (values: [String: String], language: Language)?

    /// For a label name (`l.judul`) the labels lack: logs the error and returns true. A label is looked up
    /// in the document's labels whatever section the tag is in: they are the same everywhere.
    private mutating func missingLabel(_ entry: TemplateSet.Entry, _ tag: MustacheTags.Tag, log: inout DiagnosticLog) -> Bool {
        guard let labels, let path = tag.lookupName, path.hasPrefix("l.") else { return false }
        let key = String(path.dropFirst(2))
        guard labels.values[key] == nil else { return false }
        guard reported.insert("\(entry.source):\(tag.line):\(tag.column)").inserted else { return true }
        let language = labels.language.rawValue
        let files = templates.labelSources[labels.language, default: []].joined(separator: ", ")
        log.error(entry.source, line: tag.line, column: tag.column,
                  Message("{{\(tag.name)}}: label \(key) is in no label file of bahasa \(language) (\(files)); add the line `\(key): …` to label/\(language).yaml in your templates folder, or correct the name",
                          id: "{{\(tag.name)}}: label \(key) tidak ada di berkas label bahasa \(language) mana pun (\(files)); tambahkan baris `\(key): …` ke label/\(language).yaml di folder templat Anda, atau perbaiki namanya"))
        return true
    }

    /// - Parameter document: the template being rendered, whose context this is (partials share it).
    private mutating func check(template name: String, document: String, stack initial: [Frame], depth: Int,
                                log: inout DiagnosticLog) {
        guard depth < 16, let entry = templates.source(of: name) else { return }
        var stack = initial
        // Each open section keeps the stack height to return to.
        var sections: [Int] = []
        for tag in MustacheTags.scan(entry.text) {
            switch tag.kind {
            case .comment, .pragma: continue
            case .delimiters: return   // custom delimiters: this simple scan stops rather than guess
            case .close:
                if let height = sections.popLast() { stack.removeSubrange(height...) }
            case .variable:
                guard let path = tag.lookupName, !missingLabel(entry, tag, log: &log) else { continue }
                if resolve(path, in: stack) == nil { warn(entry, tag, context: document, log: &log) }
            case .section, .inverted:
                sections.append(stack.count)
                guard let path = tag.lookupName else { stack.append(stack.last!); continue }
                if missingLabel(entry, tag, log: &log) { stack.append(Frame(values: [])); continue }
                guard let values = resolve(path, in: stack) else {
                    warn(entry, tag, context: document, log: &log)
                    stack.append(Frame(values: []))
                    continue
                }
                // A section that does not render with this context (`{{#ada}}` over false, `{{^ada}}` over
                // true) holds names this context need not have: nothing inside is checked.
                let flags = values.compactMap { $0 as? Bool }
                if !values.isEmpty, flags.count == values.count, flags.allSatisfy({ $0 == (tag.kind == .inverted) }) {
                    stack.append(Frame(values: []))
                    continue
                }
                stack.append(tag.kind == .inverted ? stack.last! : Self.frame(entering: values, from: stack.last!))
            case .block:
                sections.append(stack.count)
                stack.append(stack.last!)
            case .partial:
                let partial = tag.name
                if templates.source(of: partial) == nil {
                    log.warning(entry.source, line: tag.line, column: tag.column,
                                Message("partial {{> \(partial)}} not found among the templates; it renders as nothing", id: "partial {{> \(partial)}} tidak ada di antara templat; hasilnya kosong"))
                } else if !stack.contains(where: \.unknowable) {
                    check(template: partial, document: document, stack: stack, depth: depth + 1, log: &log)
                }
                if tag.isParent { sections.append(stack.count); stack.append(stack.last!) }
            }
        }
    }

    private mutating func warn(_ entry: TemplateSet.Entry, _ tag: MustacheTags.Tag, context: String, log: inout DiagnosticLog) {
        guard reported.insert("\(entry.source):\(tag.line):\(tag.column)").inserted else { return }
        log.warning(entry.source, line: tag.line, column: tag.column,
                    Message("{{\(tag.name)}} is not a name the context of \(context) has, so it renders as nothing; see docs/templates.md for the names", id: "{{\(tag.name)}} bukan nama yang ada di konteks \(context), jadi hasilnya kosong; lihat daftar nama di docs/templates.md"))
    }

    /// The frame a section pushes: the elements of lists, the value itself otherwise; a true/false
    /// section keeps the frame it is in.
    private static func frame(entering values: [Any], from current: Frame) -> Frame {
        var elements: [Any] = []
        var onlyFlags = true
        for value in values {
            if let list = value as? [Any] { elements += list; onlyFlags = false }
            else if value is Bool { continue }
            else { elements.append(value); onlyFlags = false }
        }
        return onlyFlags ? current : Frame(values: elements)
    }

    /// Looks a (dotted) name up the stack; nil when no level has it and every level was knowable.
    /// A lookup that passes an unknowable level returns an empty result instead of nil.
    private func resolve(_ path: String, in stack: [Frame]) -> [Any]? {
        if path == "." { return stack.last!.values }
        let localOnly = path.hasPrefix(".")
        let parts = path.split(separator: ".").map(String.init)
        let frames = localOnly ? [stack.last!] : Array(stack.reversed())
        for frame in frames {
            if frame.unknowable { return [] }
            let found = frame.values.compactMap { ($0 as? [String: Any])?[parts[0]] }
            guard !found.isEmpty else { continue }
            var current = found
            for part in parts.dropFirst() {
                current = current.compactMap { ($0 as? [String: Any])?[part] }
                if current.isEmpty { return nil }
            }
            return current
        }
        return nil
    }
}

/// A small scanner of Mustache tags with their positions, for `TemplateNameCheck`.
enum MustacheTags {
    enum Kind: CaseIterable { case variable, section, inverted, close, partial, comment, pragma, delimiters, block }

    struct Tag {
        let kind: Kind
        /// The tag's name as written, trimmed (`l.judul`, `count(baris)`).
        let name: String
        let line: Int
        let column: Int
        /// `{{< parent}}`: a partial whose tag opens a section of overrides.
        var isParent = false

        /// The context name the tag looks up: the argument of a transform (`count(baris)` → `baris`),
        /// nil for a transform of the section itself (`first()`).
        var lookupName: String? {
            var name = self.name
            while let open = name.firstIndex(of: "("), name.hasSuffix(")") {
                name = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
            }
            name = name.trimmingSpaces()
            return name.isEmpty ? nil : name
        }
    }

    static func scan(_ text: String) -> [Tag] {
        var tags: [Tag] = []
        let chars = Array(text.unicodeScalars)
        var i = 0, line = 1, lineStart = 0
        while i < chars.count {
            if chars[i] == "\n" { line += 1; lineStart = i + 1; i += 1; continue }
            guard chars[i] == "{", i + 1 < chars.count, chars[i + 1] == "{" else { i += 1; continue }
            let column = i - lineStart + 1, tagLine = line
            var j = i + 2
            let triple = j < chars.count && chars[j] == "{"
            if triple { j += 1 }
            let closing: [Unicode.Scalar] = triple ? ["}", "}", "}"] : ["}", "}"]
            var k = j
            while k + closing.count <= chars.count, Array(chars[k..<k + closing.count]) != closing { k += 1 }
            guard k + closing.count <= chars.count else { break }
            var body = String(String.UnicodeScalarView(chars[j..<k])).trimmingSpaces()
            for p in i..<k where chars[p] == "\n" { line += 1; lineStart = p + 1 }
            var kind = Kind.variable, isParent = false
            if !triple, let first = body.first {
                switch first {
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .close
                case ">": kind = .partial
                case "<": kind = .partial; isParent = true
                case "$": kind = .block
                case "!": kind = .comment
                case "%": kind = .pragma
                case "=": kind = .delimiters
                case "&": kind = .variable
                default: break
                }
                if "#^/><$!%=&".contains(first) { body = String(body.dropFirst()).trimmingSpaces() }
            }
            tags.append(Tag(kind: kind, name: body, line: tagLine, column: column, isParent: isParent))
            i = k + closing.count
        }
        return tags
    }
}
