/// The values of a run that may not be the ones the planner meant: the warnings marked `isDoubt` (a percent
/// typed as a fraction or with a stray thousands mark, a negative percent or count, quarterly values that look
/// cumulative, a budget line that looks like a total or a pagu below its lines). They are read as written,
/// so a wrong figure would otherwise reach a signed report with nothing in the document to say so: each is
/// listed at the top of every report (`periksa`, `DoubtNote`) and in manifest.json (`doubts`), and
/// `kinerja sign` refuses the folder until they are corrected, or confirmed with `--values-checked`.
///
///     realisasi.csv:5:12: nilai 73,600 untuk IKU-01 dibaca 73,600 %, lebih dari seratus kali targetnya 75 %; …
enum Doubts {
    struct Item: Sendable, Equatable {
        /// In the workspace, not as the command line named it (`realisasi.csv:5:12`, `data.xlsx[realisasi]!C5`),
        /// so the documents do not depend on where the run was started.
        let location: String
        let message: Message
    }

    /// The doubts among an agency's diagnostics; `prefix` is how they name the workspace (`ws/`).
    static func items(_ diagnostics: [Diagnostic], workspacePrefix prefix: String) -> [Item] {
        diagnostics.filter(\.isDoubt).map { diagnostic in
            let file =
                diagnostic.file.hasPrefix(prefix) ? String(diagnostic.file.dropFirst(prefix.count)) : diagnostic.file
            return Item(location: diagnostic.location(file), message: diagnostic.message)
        }
    }

    /// manifest.json's `doubts`: nil when there are none, else each as `location: the English message`.
    static func manifestList(_ items: [Item]) -> [String]? {
        items.isEmpty ? nil : items.map { "\($0.location): \($0.message.en)" }
    }
}

/// `periksa`: the values the report was made from that may not be the ones meant (`Doubts`), in the
/// document's language.
struct DoubtNote: TemplateView {
    let items: [Item]

    static let fields: [ViewField<Self>] = [.list("daftar", "one item per doubtful value", \.items)]

    init(_ doubts: [Doubts.Item], language: Language) {
        items = doubts.map { Item(place: $0.location, text: $0.message.text(language)) }
    }

    struct Item: TemplateView {
        let place: String, text: String
        static let fields: [ViewField<Self>] = [
            .text("tempat", "the cell: `realisasi.csv:5:12`, `data.xlsx[realisasi]!C5`", \.place),
            .text("pesan", "what was read and what to check, as `kinerja check` says it", \.text),
        ]
    }
}
