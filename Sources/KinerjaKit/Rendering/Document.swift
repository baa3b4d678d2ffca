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

/// One document of a workspace's outputs: its view, built when the document is rendered, and the
/// templates it fills (a CSV; or a report in Markdown and HTML, each with the archivists' footer line).
struct Document: Sendable {
    /// The file name without its format's extension: `capaian`, `laporan-pemantauan`.
    let name: String
    let formats: [OutputFormat]
    let isFullReport: Bool
    let view: @Sendable () -> any TemplateView

    /// A document filled by `view` (a CSV).
    init(_ kind: DocumentKind, view: @escaping @Sendable () -> any TemplateView) {
        (name, formats, isFullReport, self.view) = (kind.rawValue, kind.formats, kind.isFullReport, view)
    }

    /// A report: its view gets the footer (`arsip`), the example-values warning (`contoh`) and the values to
    /// check (`periksa`).
    init<Body: TemplateView>(_ kind: DocumentKind, _ computed: ComputedWorkspace, view: @escaping @Sendable () -> Body)
    {
        self.init(kind) {
            ReportView(
                body: view(), archive: ArchiveNote(directory: computed.directory),
                examples: computed.examples.isEmpty ? nil : ExampleNote(computed.examples),
                doubts: computed.doubts.isEmpty
                    ? nil : DoubtNote(computed.doubts, language: computed.workspace.profile.language))
        }
    }

    /// What rendering a document gave: its files in format order.
    struct Rendered: Sendable {
        let isFullReport: Bool
        let files: [OutputFile]
    }

    /// Builds each document's view and renders its templates, several documents at a time; the results
    /// come back in the order of `documents`. A template that failed to load (already an error of the
    /// template set) gives no file. A template the view renderer does not render (`TemplateSet.render(_:view:)`)
    /// is rendered from the view's `[String: Any]` context, built once for the document. A document whose
    /// templates all print nothing (`TemplateSet.printsNothing`) gets its empty files without a view.
    static func renderAll(_ documents: [Document], templates: TemplateSet, dialect: CSVDialect) -> [Rendered] {
        ConcurrentSlots<Rendered>.map(documents.count) { index in
            let document = documents[index]
            let silent = document.formats.map { templates.printsNothing(document.name + $0.fileExtension) }
            let view = silent.allSatisfy { $0 } ? nil : document.view()
            var context: [String: Any]?
            var files: [OutputFile] = []
            for (format, silent) in zip(document.formats, silent) {
                let name = document.name + format.fileExtension
                if silent {
                    files.append(OutputFile(name: name, data: format == .csv ? dialect.finish("") : Data()))
                    continue
                }
                if let view, let bytes = templates.renderBytes(name, view: view) {
                    files.append(OutputFile(name: name, data: format == .csv ? dialect.finish(bytes) : Data(bytes)))
                    continue
                }
                if context == nil { context = view?.context }
                guard
                    let rendered = ContextFootnotes.render(
                        name, context!, notes: view?.footnoteList, templates: templates)
                else { continue }
                files.append(
                    OutputFile(name: name, data: format == .csv ? dialect.finish(rendered) : Data(rendered.utf8)))
            }
            return Rendered(isFullReport: document.isFullReport, files: files)
        }.map { $0! }
    }
}
