import Foundation

/// The formats a document is rendered in, each from its own template (`capaian.csv.mustache`,
/// `ringkasan.md.mustache`, `ringkasan.html.mustache`).
enum OutputFormat: Sendable {
    case csv, markdown, html

    /// `.csv`, `.md`, `.html`: after the document's name in the file and in its template's name.
    var fileExtension: String {
        switch self {
        case .csv: ".csv"
        case .markdown: ".md"
        case .html: ".html"
        }
    }
}

/// One document of a workspace's outputs: a template context, built when the document is rendered, and
/// the templates it fills (a CSV; or a report in Markdown and HTML, each with the archivists' footer line).
struct Document: @unchecked Sendable {
    // @unchecked: `context` builds a `[String: Any]` tree of values (strings, numbers, lists, dictionaries)
    // that nothing changes once it is built; swift-mustache only reads it.
    /// The file name without its format's extension: `capaian`, `laporan-pemantauan`.
    let name: String
    let formats: [OutputFormat]
    let isFullReport: Bool
    let context: @Sendable () -> [String: Any]

    /// A document filled by `context` (a CSV).
    init(_ kind: DocumentKind, context: @escaping @Sendable () -> [String: Any]) {
        (name, formats, isFullReport, self.context) = (kind.rawValue, kind.formats, kind.isFullReport, context)
    }

    /// A report: its context gets the footer (`arsip`), the example-values warning (`contoh`) and the values
    /// to check (`periksa`).
    init(_ kind: DocumentKind, _ computed: ComputedWorkspace, context: @escaping @Sendable () -> [String: Any]) {
        self.init(kind) {
            var values = context()
            values["arsip"] = ArchiveNote.context(directory: computed.directory)
            values["contoh"] = ExampleValues.context(computed.examples) ?? false
            // `context()`, called: as an `Any`, `.context` would be the method itself, not the dictionary.
            values["periksa"] =
                computed.doubts.isEmpty
                ? false : DoubtNote(computed.doubts, language: computed.workspace.profile.language).context()
            return values
        }
    }

    /// What rendering a document gave: its files in format order.
    struct Rendered: Sendable {
        let isFullReport: Bool
        let files: [OutputFile]
    }

    /// Builds each document's context and renders its templates, several documents at a time; the results
    /// come back in the order of `documents`. A template that failed to load (already an error of the
    /// template set) gives no file.
    static func renderAll(_ documents: [Document], templates: TemplateSet, dialect: CSVDialect) -> [Rendered] {
        ConcurrentSlots<Rendered>.map(documents.count) { index in
            let document = documents[index]
            let context = document.context()
            var files: [OutputFile] = []
            for format in document.formats {
                let name = document.name + format.fileExtension
                guard let text = templates.render(name, context) else { continue }
                files.append(OutputFile(name: name, data: format == .csv ? dialect.finish(text) : Data(text.utf8)))
            }
            return Rendered(isFullReport: document.isFullReport, files: files)
        }.map { $0! }
    }
}
