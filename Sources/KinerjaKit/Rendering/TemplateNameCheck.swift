import Foundation

/// Warns about names a template uses that its view does not have, and makes a label the label files
/// lack (`{{l.judull}}`) an error: the labels are the user's over the defaults, so such a key is in
/// neither, and the document would lose a fixed word.
///
/// swift-mustache renders an unknown name as nothing, so a misspelled `{{l.judull}}` in a user's
/// template would silently blank a heading. This walks every tag of the template, in every section,
/// against the view's schema (`ViewSchema`, from the view types' `fields`) with the lookup rules
/// Mustache uses (the context stack, dotted names, sections over lists and pieces), following partials,
/// and reports each unknown name at its file, line and column. It reads no agency's data: a typo inside a
/// section that is empty for this workspace is reported too, and the same templates give the same
/// findings for every agency (`TemplateNameCheck.check(_:templates:language:log:)` checks them once).
struct TemplateNameCheck {
    let templates: TemplateSet
    private var reported: Set<String> = []

    init(templates: TemplateSet) { self.templates = templates }

    /// One level of the context stack, as the schema knows it.
    private enum Frame {
        /// A view or one of its pieces (an item of a list).
        case names(ViewSchema)
        /// The labels (`{{#l}}`): every key of the label files.
        case labels
        /// A text entered by a section: it has no names.
        case text
    }

    /// The labels of the document being checked and their language; nil when its view has no `l`.
    private var labels: (values: [String: String], language: Language)?

    /// Checks the templates of `documents` for an agency in `language`, once per template set, language
    /// and documents in a run (the findings depend on nothing else); does nothing for the default
    /// templates (see `TemplateSet.isCustomised`).
    static func check(_ documents: [DocumentKind], templates: TemplateSet, language: Language, log: inout DiagnosticLog)
    {
        guard templates.isCustomised else { return }
        let key =
            ([language.rawValue] + documents.map(\.rawValue)
            + templates.manifestEntries.map { $0.path + ":" + $0.sha256 })
            .joined(separator: "\n")
        log.append(
            contentsOf: Findings.shared.log(for: key) {
                var findings = DiagnosticLog()
                var check = TemplateNameCheck(templates: templates)
                for document in documents {
                    for template in document.templates {
                        check.check(template, schema: document.schema, language: language, log: &findings)
                    }
                }
                return findings
            })
    }

    /// Checks template `name` (`laporan-pemantauan.md`) against `schema`, its document's names; does
    /// nothing for the default templates.
    mutating func check(_ name: String, schema: ViewSchema, language: Language, log: inout DiagnosticLog) {
        guard templates.isCustomised else { return }
        labels = schema["l"]?.kind == .labels ? (templates.labels(language), language) : nil
        check(template: name, document: name, stack: [.names(schema)], depth: 0, log: &log)
    }

    /// For a label name (`l.judul`) the labels lack: logs the error and returns true.
    private mutating func missingLabel(
        _ entry: TemplateSet.Entry, _ tag: MustacheTags.Tag, log: inout DiagnosticLog
    ) -> Bool {
        guard let labels, let path = tag.lookupName, path.hasPrefix("l.") else { return false }
        let key = String(path.dropFirst(2))
        guard labels.values[key] == nil else { return false }
        guard reported.insert("\(entry.source):\(tag.line):\(tag.column)").inserted else { return true }
        let language = labels.language.rawValue
        let files = templates.labelSources[labels.language, default: []].joined(separator: ", ")
        log.error(
            entry.source, line: tag.line, column: tag.column,
            Message(
                "{{\(tag.name)}}: label \(key) is in no label file of bahasa \(language) (\(files)); add the line `\(key): …` to label/\(language).yaml in your templates folder, or correct the name",
                id:
                    "{{\(tag.name)}}: label \(key) tidak ada di berkas label bahasa \(language) mana pun (\(files)); tambahkan baris `\(key): …` ke label/\(language).yaml di folder templat Anda, atau perbaiki namanya"
            ))
        return true
    }

    /// - Parameter document: the template being rendered, whose view this is (partials share it).
    private mutating func check(
        template name: String, document: String, stack initial: [Frame], depth: Int,
        log: inout DiagnosticLog
    ) {
        guard depth < 16, let entry = templates.source(of: name) else { return }
        var stack = initial
        // Each open section keeps the stack height to return to.
        var sections: [Int] = []
        for tag in MustacheTags.scan(entry.text) {
            switch tag.kind {
            case .comment, .pragma: continue
            case .delimiters: return  // custom delimiters: this simple scan stops rather than guess
            case .close:
                if let height = sections.popLast() { stack.removeSubrange(height...) }
            case .variable:
                guard let path = tag.lookupName, !missingLabel(entry, tag, log: &log) else { continue }
                if !known(path, in: stack) { warn(entry, tag, context: document, log: &log) }
            case .section, .inverted:
                sections.append(stack.count)
                guard let path = tag.lookupName, !missingLabel(entry, tag, log: &log) else {
                    stack.append(stack.last!)
                    continue
                }
                guard let found = resolve(path, in: stack) else {
                    warn(entry, tag, context: document, log: &log)
                    stack.append(stack.last!)
                    continue
                }
                // An inverted section renders in the context it is in; a section enters what it names.
                stack.append(tag.kind == .inverted ? stack.last! : Self.frame(entering: found, from: stack.last!))
            case .block:
                sections.append(stack.count)
                stack.append(stack.last!)
            case .partial:
                let partial = tag.name
                if templates.source(of: partial) == nil {
                    log.warning(
                        entry.source, line: tag.line, column: tag.column,
                        Message(
                            "partial {{> \(partial)}} not found among the templates; it renders as nothing",
                            id: "partial {{> \(partial)}} tidak ada di antara templat; hasilnya kosong"))
                } else {
                    check(template: partial, document: document, stack: stack, depth: depth + 1, log: &log)
                }
                if tag.isParent {
                    sections.append(stack.count)
                    stack.append(stack.last!)
                }
            }
        }
    }

    private mutating func warn(
        _ entry: TemplateSet.Entry, _ tag: MustacheTags.Tag, context: String, log: inout DiagnosticLog
    ) {
        guard reported.insert("\(entry.source):\(tag.line):\(tag.column)").inserted else { return }
        log.warning(
            entry.source, line: tag.line, column: tag.column,
            Message(
                "{{\(tag.name)}} is not a name the context of \(context) has, so it renders as nothing; see docs/templates.md for the names",
                id:
                    "{{\(tag.name)}} bukan nama yang ada di konteks \(context), jadi hasilnya kosong; lihat daftar nama di docs/templates.md"
            ))
    }

    /// What a name found in the schema is: a name of a view or piece, or a label key.
    private enum Found {
        case name(ViewSchema.Name)
        case label
        case current(Frame)
    }

    /// The frame a section pushes: a list's item or a piece for those, the labels for `l`; a true/false
    /// section keeps the frame it is in; a text has no names.
    private static func frame(entering found: Found, from current: Frame) -> Frame {
        switch found {
        case .current(let frame): return frame
        case .label: return .text
        case .name(let name):
            switch name.kind {
            case .flag: return current
            case .text: return .text
            case .labels: return .labels
            case .object, .optionalObject, .list: return name.children.map(Frame.names) ?? .text
            }
        }
    }

    private func known(_ path: String, in stack: [Frame]) -> Bool { resolve(path, in: stack) != nil }

    /// Looks a (dotted) name up the stack, innermost first: its first part in the first level that has
    /// it, the rest inside that piece. A dotted name does not look into a list (Mustache does not).
    private func resolve(_ path: String, in stack: [Frame]) -> Found? {
        if path == "." { return .current(stack.last!) }
        let localOnly = path.hasPrefix(".")
        let parts = path.split(separator: ".").map(String.init)
        let frames = localOnly ? [stack.last!] : Array(stack.reversed())
        for frame in frames {
            guard var found = Self.lookup(parts[0], in: frame) else { continue }
            for part in parts.dropFirst() {
                guard let next = Self.child(part, of: found) else { return nil }
                found = next
            }
            return found
        }
        return nil
    }

    private static func lookup(_ name: String, in frame: Frame) -> Found? {
        switch frame {
        case .names(let schema): return schema[name].map(Found.name)
        case .labels: return .label
        case .text: return nil
        }
    }

    private static func child(_ name: String, of found: Found) -> Found? {
        guard case .name(let parent) = found else { return nil }
        switch parent.kind {
        case .labels: return .label
        case .object, .optionalObject: return parent.children?[name].map(Found.name)
        case .text, .flag, .list: return nil
        }
    }
}

/// The name check's findings by template set, language and documents, for the run: every agency of a
/// run that shares them is told the same, checked once.
private final class Findings: @unchecked Sendable {
    // @unchecked: `logs` is only read and written under `lock`.
    static let shared = Findings()
    private let lock = NSLock()
    private var logs: [String: DiagnosticLog] = [:]

    /// The findings for `key`, made by `check` the first time (agencies checked meanwhile wait for it).
    func log(for key: String, check: () -> DiagnosticLog) -> DiagnosticLog {
        lock.lock()
        defer { lock.unlock() }
        if let log = logs[key] { return log }
        let log = check()
        logs[key] = log
        return log
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
            if chars[i] == "\n" {
                line += 1
                lineStart = i + 1
                i += 1
                continue
            }
            guard chars[i] == "{", i + 1 < chars.count, chars[i + 1] == "{" else {
                i += 1
                continue
            }
            let column = i - lineStart + 1, tagLine = line
            var j = i + 2
            let triple = j < chars.count && chars[j] == "{"
            if triple { j += 1 }
            let closing: [Unicode.Scalar] = triple ? ["}", "}", "}"] : ["}", "}"]
            var k = j
            while k + closing.count <= chars.count, Array(chars[k..<k + closing.count]) != closing { k += 1 }
            guard k + closing.count <= chars.count else { break }
            var body = String(String.UnicodeScalarView(chars[j..<k])).trimmingSpaces()
            for p in i..<k where chars[p] == "\n" {
                line += 1
                lineStart = p + 1
            }
            var kind = Kind.variable, isParent = false
            if !triple, let first = body.first {
                switch first {
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .close
                case ">": kind = .partial
                case "<":
                    kind = .partial
                    isParent = true
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
