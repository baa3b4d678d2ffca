import Foundation
import Mustache
import Yams

/// The templates of a run: every `*.mustache` file and every label file (`label/<bahasa>.yaml`) of the
/// default folder, each template replaced by the user's file of the same name (`--templates DIR`); files
/// only the user has (new partials) are added. A user's label file overlays the default one: it needs only
/// the lines the user changed, every other key keeps its default (issue 18). Files are read here, not by
/// `MustacheLibrary(directory:)`, so parse errors name our own paths.
package struct TemplateSet: Sendable {
    /// One file as used: its name relative to the template folder, where it came from and its bytes.
    struct Entry: Sendable {
        let name: String
        let source: String
        let data: Data
        var text: String { String(decoding: data, as: UTF8.self) }
    }

    /// Every file of the set by name (`laporan-pemantauan.md.mustache`, `label/id.yaml`).
    private(set) var entries: [String: Entry] = [:]
    /// Which renderer a set renders with: kinerja's compiled renderer (the default), or swift-mustache
    /// for every template (the reference the tests compare the compiled renderer with).
    enum Renderer: Sendable { case compiled, reference }
    let renderer: Renderer
    /// The compiled templates, by name without `.mustache` (`laporan-pemantauan.md`, `_kepala.md`).
    private var compiled = CompiledLibrary()
    /// The compiled templates resolved for the view types they are rendered from (`ViewResolver`).
    private let resolved = ResolvedTemplates()
    /// The templates parsed by swift-mustache: every template with `Renderer.reference`; else none, unless a
    /// template is one the compiled renderer does not cover (`CompiledTemplate`): then all of them.
    private var library = MustacheLibrary()
    /// The templates rendered by swift-mustache although the set is compiled: those that are, or reach
    /// through partials, a template the compiled renderer does not cover.
    private(set) var renderedByReference: Set<String> = []
    /// The fixed labels of each language, from `label/<bahasa>.yaml`.
    private var labels: [Language: [String: String]] = [:]
    /// The labels of a language whose file is the binary's own default one, which no user's file overlays:
    /// parsed the first time a run asks for that language (a one-agency run in Indonesian never parses
    /// the English file). Such a file reads without a word (PlainLabelLinesTests), so no message moves.
    private var deferredLabels: [Language: OnFirstUse<[String: String]>] = [:]
    /// True when `--templates` gave at least one file. Only then does a run check the templates' names
    /// against their contexts (TemplateNameCheck): the default templates are checked by the test suite,
    /// and the check costs about a fifth of a run (BENCHMARKS.md).
    private(set) var isCustomised = false
    /// Every file's manifest entry (name, SHA-256, size), by name: hashed once, shared by every agency of a run.
    /// A default label file beneath a user's is listed as `default/label/<bahasa>.yaml`.
    private(set) var manifestEntries: [Manifest.Entry] = []
    /// The files the labels of each language come from, defaults first (for messages).
    private(set) var labelSources: [Language: [String]] = [:]

    /// The most a user's template or label file may hold: 1 MB (the default templates are 2–20 KB each).
    static let largestFile = 1 << 20

    /// The name under which a default label file overlaid by the user's is kept (and hashed into the manifest).
    static let beneathPrefix = "default/"

    /// Templates every run needs; a missing one is an error.
    static let required = DocumentKind.allCases.flatMap(\.templates)

    /// Registers kinerja's content types with swift-mustache; must happen before any template is parsed.
    static let contentTypes: Void = {
        MustacheContentTypes.register(CSVContentType(), named: CSVContentType.name)
        MustacheContentTypes.register(MarkdownContentType(), named: MarkdownContentType.name)
        MustacheContentTypes.register(HTMLContent(), named: HTMLContent.name)
    }()

    /// The templates of the many-agency index; a run of one workspace does not render them.
    static let indexTemplates = Set(DocumentKind.allCases.filter(\.isIndex).flatMap(\.templates))

    /// The LKjIP's templates and the partials no other default template names (a test checks the list): a
    /// run with no agency at TW4 or TAHUNAN does not render them.
    static let annualTemplates: Set<String> = [
        "lkjip.md", "lkjip.html", "_lkjip-bab-1-2.md", "_lkjip-bab-1-2.html", "_lkjip-sasaran.md",
        "_lkjip-sasaran.html", "_lkjip-analisis-4-7.html", "_lkjip-anggaran.md", "_lkjip-anggaran.html",
        "_lkjip-daftar-isi.html", "_lkjip-ikhtisar.html", "_lkjip-penutup.html", "_gaya-lkjip.html", "_tren.html",
        "_gaya-svg-tren.html",
    ]

    /// Loads every file from `defaults`, then from `user` (if given) over them.
    /// - Parameter unused: templates the run will not render (`indexTemplates` for one workspace,
    ///   `annualTemplates` when no agency reports the year end). They are read and hashed like the others, so
    ///   the manifest does not change, but not parsed (0,8–1,4 ms of CPU in a one-agency run), unless one of
    ///   the user's templates names them, e.g. as a partial. (No other default template names them, which a
    ///   test checks; searching them all would cost half the saving.) A user's own LKjIP template is parsed
    ///   all the same, so that its errors stop the run at TW3 as at TW4.
    init(defaults: URL, user: URL?, unused: Set<String> = [], log: inout DiagnosticLog) {
        self.init(defaults: .templates(in: defaults), user: user, unused: unused, log: &log)
    }

    /// The same set rendered by `renderer` (the tests compare the two).
    init(defaults: URL, user: URL?, unused: Set<String> = [], renderer: Renderer, log: inout DiagnosticLog) {
        self.init(defaults: .templates(in: defaults), user: user, unused: unused, renderer: renderer, log: &log)
    }

    /// Loads every file of `defaults` (the binary's own unless `$KINERJA_TEMPLATES` names a folder), then
    /// the user's folder (if given) over them.
    init(defaults: BundledFiles, user: URL?, unused: Set<String> = [], log: inout DiagnosticLog) {
        self.init(defaults: defaults, user: user, unused: unused, renderer: .compiled, log: &log)
    }

    init(defaults: BundledFiles, user: URL?, unused: Set<String> = [], renderer: Renderer, log: inout DiagnosticLog) {
        self.init(reading: defaults, user: user, renderer: renderer, log: &log)
        parse(unused: unused, log: &log)
    }

    /// The default templates, the user's files that replace them.
    private let defaults: BundledFiles
    /// The names of the user's files (`--templates`).
    private var userFiles: Set<String> = []
    /// A user's templates include themselves or nest without end: nothing is parsed.
    private var endlessNesting = false

    /// The first half of loading: every file read and hashed (`manifestEntries`), the user's checked for endless
    /// nesting, nothing parsed; `parse(unused:log:)` is the second. A run's fingerprints need only the first
    /// (`ReportRun`).
    init(reading defaults: BundledFiles, user: URL?, renderer: Renderer = .compiled, log: inout DiagnosticLog) {
        _ = Self.contentTypes
        (self.renderer, self.defaults) = (renderer, defaults)
        var sources: [String: (path: String, data: Data?)] = [:]
        for name in defaults.names { sources[name] = (defaults.path(name), defaults.files[name]) }
        var userFiles: Set<String> = []
        if let user {
            let names = Self.files(in: user)
            for name in names {
                // A label file the user also has stays, beneath the user's, under its own name.
                if Self.labelLanguage(name) != nil, let below = sources[name] {
                    sources[Self.beneathPrefix + name] = below
                }
                let url = user.appendingPathComponent(name)
                // Bounded like a workspace's files (a template is a few kilobytes; at most 5 000 tags).
                switch WorkspaceFile.read(url, limit: Self.largestFile) {
                case .success(let data): sources[name] = (url.path, data)
                case .failure(let problem):
                    log.error(url.path, WorkspaceFile.message(problem, name, limit: Self.largestFile))
                }
            }
            (isCustomised, userFiles) = (!names.isEmpty, Set(names))
            if !FileManager.default.fileExists(atPath: user.path) {
                log.error(
                    user.path,
                    Message(
                        "the templates folder does not exist; create it with `kinerja templates export \(user.path)`",
                        id: "folder templat ini tidak ada; buat dengan `kinerja templates export \(user.path)`"))
            }
        }
        for name in sources.keys.sorted() {
            let (path, data) = sources[name]!
            guard let data, String(data: data, encoding: .utf8) != nil else {
                log.error(
                    path,
                    Message(
                        "cannot read the template as UTF-8 text",
                        id: "templat ini tidak dapat dibaca sebagai teks UTF-8; simpan sebagai UTF-8"))
                continue
            }
            entries[name] = Entry(name: name, source: path, data: data)
        }
        // A user's templates could include themselves or nest without end, which swift-mustache would follow
        // until the stack overflows; they are checked first, and not parsed when they do (the defaults are
        // checked by the test suite).
        var structure = DiagnosticLog()
        if isCustomised {
            let templates = entries.values.filter { $0.name.hasSuffix(".mustache") }.sorted { $0.name < $1.name }
            TemplateStructure.check(
                templates.map { (String($0.name.dropLast(".mustache".count)), $0.source, $0.text) },
                log: &structure)
        }
        log.append(contentsOf: structure)
        self.userFiles = userFiles
        guard !structure.hasErrors else {
            endlessNesting = true
            return
        }
        manifestEntries = entries.values.sorted { $0.name < $1.name }.map { Manifest.entry($0.name, $0.data) }
    }

    /// The second half of loading: parses every template and label file but `unused` (see `init`), then
    /// says which required templates and label files are missing.
    mutating func parse(unused: Set<String>, log: inout DiagnosticLog) {
        guard !endlessNesting else { return }
        parse(skipping: unparsed(unused, userFiles: userFiles), log: &log)
        // A file that exists but does not parse has its own error already.
        for name in Self.required where entries[name + ".mustache"] == nil {
            log.error(
                defaults.path(name + ".mustache"),
                Message(
                    "template \(name).mustache not found; pass --templates DIR with the templates, or set KINERJA_TEMPLATES",
                    id:
                        "templat \(name).mustache tidak ditemukan; pakai --templates DIR berisi templat, atau atur KINERJA_TEMPLATES"
                ))
        }
        for language in [Language.id, .en] where labels[language] == nil && deferredLabels[language] == nil {
            log.error(
                defaults.path("label/\(language.rawValue).yaml"),
                Message(
                    "the labels for bahasa \(language.rawValue) are missing from the templates",
                    id:
                        "label untuk bahasa \(language.rawValue) tidak ada di templat; tambahkan label/\(language.rawValue).yaml"
                ))
        }
    }

    /// The files of the `unused` templates that none of the user's other templates mentions by name.
    private func unparsed(_ unused: Set<String>, userFiles: Set<String>) -> Set<String> {
        let userTexts = userFiles.compactMap { entries[$0] }.map { ($0.name, $0.text) }
        return Set(
            unused.filter { name in
                !(Self.annualTemplates.contains(name) && userFiles.contains(name + ".mustache"))
                    && !userTexts.contains {
                        $0.0 != name + ".mustache" && $0.1.withCString { strstr($0, name) != nil }
                    }
            }.map { $0 + ".mustache" })
    }

    /// Parses every template and label file but `skipping`, several at a time. A template is compiled
    /// (`CompiledTemplate`, in linear time); one the compiled renderer does not cover, or that does not
    /// parse, is parsed by swift-mustache, which reports its error or renders it. Errors are logged in name order.
    private mutating func parse(skipping: Set<String>, log: inout DiagnosticLog) {
        enum Parsed: Sendable {
            case compiled(CompiledTemplate)
            case template(Result<MustacheTemplate, Error>)
            case labels(Language, [String: String], DiagnosticLog)
        }
        let renderer = self.renderer
        // `default/label/…` sorts before `label/…`, so the defaults are laid down first and the user's over them.
        var listed = entries.values
            .filter {
                ($0.name.hasSuffix(".mustache") && !skipping.contains($0.name))
                    || Self.labelFileLanguage($0.name) != nil
            }
            .sorted { $0.name < $1.name }
        listed.removeAll { entry in
            guard let language = Self.labelLanguage(entry.name), !userFiles.contains(entry.name),
                isBuiltIn(entry)
            else { return false }
            let (text, source) = (entry.text, entry.source)
            deferredLabels[language] = OnFirstUse {
                var unused = DiagnosticLog()
                return LabelFile.load(text, file: source, log: &unused)
            }
            labelSources[language, default: []].append(entry.source)
            return true
        }
        let files = listed
        let parsed = ConcurrentSlots<Parsed>.map(files.count) { index in
            let entry = files[index]
            if let language = Self.labelFileLanguage(entry.name) {
                var log = DiagnosticLog()
                let labels = LabelFile.load(entry.text, file: entry.source, log: &log)
                return .labels(language, labels, log)
            }
            if renderer == .compiled, let template = CompiledTemplate(entry.text) { return .compiled(template) }
            return .template(Result { try MustacheTemplate(string: entry.text) })
        }
        var fallbacks: Set<String> = []
        var defaultKeys: [Language: Set<String>] = [:]
        for (entry, result) in zip(files, parsed) {
            switch result {
            case .labels(let language, let values, let labelLog)?:
                if entry.name.hasPrefix(Self.beneathPrefix) { defaultKeys[language] = Set(values.keys) }
                labels[language, default: [:]].merge(values) { _, user in user }
                labelSources[language, default: []].append(entry.source)
                log.append(contentsOf: labelLog)
            case .compiled(let template)?:
                let name = String(entry.name.dropLast(".mustache".count))
                compiled.register(template, named: name)
                if !name.hasPrefix("_"), printsNothing(name) {
                    log.note(
                        entry.source,
                        Message(
                            "this template prints nothing, so every \(name) is written as an empty file (a document cannot be left out of a run; delete the file to get the default template back)",
                            id:
                                "templat ini tidak mencetak apa pun, jadi setiap \(name) ditulis sebagai berkas kosong (dokumen tidak dapat ditiadakan dari laporan; hapus berkas ini untuk kembali ke templat bawaan)"
                        ))
                }
            case .template(.success(let template))?:
                let name = String(entry.name.dropLast(".mustache".count))
                library.register(template, named: name)
                if renderer == .compiled { fallbacks.insert(name) }
            case .template(.failure(let error as MustacheTemplate.ParserError))?:
                let syntax = TemplateSyntaxError(error, text: entry.text)
                log.error(entry.source, line: syntax.line, column: syntax.column, syntax.message)
            case .template(.failure(let error))?:
                log.error(entry.source, Message("template error: \(error)", id: "templat tidak dapat dibaca: \(error)"))
            case nil:
                continue
            }
        }
        warnUnknownLabels(defaultKeys: defaultKeys, log: &log)
        if !fallbacks.isEmpty { routeToReference(fallbacks) }
    }

    /// A template the compiled renderer does not cover is rendered by swift-mustache, and so is every
    /// template that reaches it through partials (a document is rendered by one renderer throughout);
    /// swift-mustache then parses the compiled templates too, for the partials it needs.
    private mutating func routeToReference(_ fallbacks: Set<String>) {
        for (name, _) in compiled.templates {
            guard let entry = source(of: name), let template = try? MustacheTemplate(string: entry.text) else {
                continue
            }
            library.register(template, named: name)
        }
        // The partials each template names; a dynamic one (`{{>*x}}`) may be any template.
        var partials: [String: Set<String>] = compiled.templates.mapValues(\.partials)
        for name in fallbacks {
            let tags = source(of: name).map { MustacheTags.scan($0.text) } ?? []
            partials[name] = Set(tags.filter { $0.kind == .partial }.map(\.name))
        }
        func reachesFallback(_ start: String) -> Bool {
            var seen: Set<String> = [start], pending = [start]
            while let name = pending.popLast() {
                if fallbacks.contains(name) { return true }
                for partial in partials[name] ?? [] {
                    if partial.hasPrefix("*") { return true }
                    if seen.insert(partial).inserted { pending.append(partial) }
                }
            }
            return false
        }
        renderedByReference = Set(partials.keys.filter(reachesFallback))
    }

    /// A key of the user's label file that the default one lacks and no template uses changes nothing:
    /// most likely a misspelled key, which the overlay would otherwise ignore in silence.
    private func warnUnknownLabels(defaultKeys: [Language: Set<String>], log: inout DiagnosticLog) {
        guard !defaultKeys.isEmpty else { return }
        var used = Set<String>()
        for entry in entries.values where entry.name.hasSuffix(".mustache") {
            for tag in MustacheTags.scan(entry.text) {
                if let path = tag.lookupName, path.hasPrefix("l.") { used.insert(String(path.dropFirst(2))) }
            }
        }
        for (language, known) in defaultKeys.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            guard let user = entries["label/\(language.rawValue).yaml"] else { continue }
            LabelFile.warnUnused(user.text, file: user.source, known: known.union(used), log: &log)
        }
    }

    /// The template files and label files directly in `folder` and its `label/` folder, sorted.
    static func files(in folder: URL) -> [String] {
        let manager = FileManager.default
        let top = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
        let labels = (try? manager.contentsOfDirectory(atPath: folder.appendingPathComponent("label").path)) ?? []
        return
            (top.filter { $0.hasSuffix(".mustache") } + labels.filter { $0.hasSuffix(".yaml") }.map { "label/" + $0 })
            .sorted()
    }

    /// The language of a label file of the set, the user's (`label/id.yaml`) or a default beneath it
    /// (`default/label/id.yaml`).
    static func labelFileLanguage(_ name: String) -> Language? {
        labelLanguage(name.hasPrefix(beneathPrefix) ? String(name.dropFirst(beneathPrefix.count)) : name)
    }

    static func labelLanguage(_ name: String) -> Language? {
        guard name.hasPrefix("label/"), name.hasSuffix(".yaml") else { return nil }
        return Language(rawValue: String(name.dropFirst("label/".count).dropLast(".yaml".count)))
    }

    /// The labels of `language` (empty when the label file failed to load; that is already an error).
    func labels(_ language: Language) -> [String: String] {
        labels[language] ?? deferredLabels[language]?.value ?? [:]
    }

    /// Whether `entry` (a default file) holds the bytes of the binary's own file of that name: the defaults
    /// are the binary's, or `$KINERJA_TEMPLATES` holds the same file.
    private func isBuiltIn(_ entry: Entry) -> Bool {
        if defaults.origin == BundledFiles.templates.origin { return true }
        return EmbeddedFiles.templates[entry.name].flatMap { Data(base64Encoded: $0) } == entry.data
    }

    /// The source text of template `name` (without `.mustache`), for the name check.
    func source(of name: String) -> Entry? { entries[name + ".mustache"] }

    /// Renders the template `name` (e.g. `capaian.csv`, `laporan-pemantauan.html`); nil when it failed to load.
    func render(_ name: String, _ context: Any) -> String? {
        if renderer == .reference || renderedByReference.contains(name) {
            return library.render(context, withTemplate: name)
        }
        return compiled.render(context, withTemplate: name)
    }

    /// Renders template `name` from a typed view by the view renderer; nil when this set renders it
    /// another way (swift-mustache, or a template `ViewResolver` leaves to the `[String: Any]` path): the
    /// caller then renders `view.context` with `render(_:_:)`.
    func render(_ name: String, view: any TemplateView) -> String? {
        renderBytes(name, view: view).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `render(_:view:)`'s UTF-8 bytes, without making a String of them: the bytes are valid UTF-8 as
    /// they are (the templates' text is read as a String and cut only at ASCII tags; every value is a
    /// String), so the String would hold the same bytes, and the files are written from bytes.
    func renderBytes(_ name: String, view: any TemplateView) -> [UInt8]? {
        guard renderer == .compiled, !renderedByReference.contains(name),
            let program = resolved.program(name, root: type(of: view), templates: compiled.templates)
        else { return nil }
        var renderer = ViewRenderer(program, view: view, capacity: 16_384)
        renderer.render()
        if renderer.numbering.stale {
            // The footnotes were listed before their last marker was printed: again, numbered from the start.
            var again = ViewRenderer(
                program, view: view, capacity: renderer.written.count, numbering: .seeded(renderer.numbering))
            again.render()
            renderer = again
        }
        return renderer.output
    }

    /// Whether template `name` prints nothing whatever it is given: it holds only comments and content-type
    /// pragmas, as a planner leaves a document they do not want (`ringkasan.md.mustache` emptied). Such a
    /// document's view is not built (`Document.renderAll`).
    func printsNothing(_ name: String) -> Bool {
        guard let nodes = compiled.templates[name]?.nodes else { return false }
        return nodes.allSatisfy {
            if case .contentType = $0 { return true }
            return false
        }
    }

    /// Whether template `name` is rendered from a view of `root` by the view renderer (for the tests).
    func rendersFromView(_ name: String, root: any TemplateView.Type) -> Bool {
        renderer == .compiled && !renderedByReference.contains(name)
            && resolved.program(name, root: root, templates: compiled.templates) != nil
    }
}

/// The resolved templates of a set by template and view type, each resolved the first time it is rendered.
private final class ResolvedTemplates: @unchecked Sendable {
    // @unchecked: `resolved` is only read and written under `lock`.
    private let lock = NSLock()
    private var resolved: [String: [ObjectIdentifier: ResolvedProgram?]] = [:]

    func program(
        _ name: String, root: any TemplateView.Type, templates: [String: CompiledTemplate]
    ) -> ResolvedProgram? {
        lock.lock()
        let found = resolved[name]?[ObjectIdentifier(root)]
        lock.unlock()
        if let found { return found }
        // Resolved outside the lock, so that the documents of a run rendered at the same time resolve
        // their templates at the same time (held, the lock made them wait for each other's); two threads
        // resolving the same template get the same program, and the first kept serves every later call.
        let program = ViewResolver.resolve(name, root: root, templates: templates)
        lock.lock()
        defer { lock.unlock() }
        if let first = resolved[name]?[ObjectIdentifier(root)] { return first }
        resolved[name, default: [:]][ObjectIdentifier(root)] = .some(program)
        return program
    }
}

/// Where the default templates come from: the folder `$KINERJA_TEMPLATES` names (with the SOPs in `SOP/`
/// beside it), else the copies built into the executable, which therefore runs from anywhere.
package enum TemplateLocator {
    package static func defaultDirectory(environment: [String: String]) -> URL? {
        guard let path = environment["KINERJA_TEMPLATES"], !path.isEmpty else { return nil }
        return URL(fileURLWithPath: path)
    }

    /// This process's `$KINERJA_TEMPLATES`, looked up alone (ProcessInfo would copy the whole environment).
    package static func defaultDirectory() -> URL? {
        guard let path = getenv("KINERJA_TEMPLATES").map({ String(cString: $0) }), !path.isEmpty else { return nil }
        return URL(fileURLWithPath: path)
    }

    /// The default templates and label files.
    package static func templates(environment: [String: String] = ProcessInfo.processInfo.environment) -> BundledFiles {
        defaultDirectory(environment: environment).map(BundledFiles.templates(in:)) ?? .templates
    }

    /// The bundled SOPs: `SOP/` beside `$KINERJA_TEMPLATES`, else the binary's own.
    package static func sops(environment: [String: String] = ProcessInfo.processInfo.environment) -> SOPLibrary {
        defaultDirectory(environment: environment).map(SOPLibrary.init(besideTemplates:)) ?? SOPLibrary()
    }
}
