import Mustache

/// A template that swift-mustache cannot parse, said in plain words with the position of the tag at
/// fault (issue 18): `x.html.mustache:12:5: error: section {{#baris}} is closed by {{/bariss}}; …`
/// instead of the parser's case name (`sectionCloseNameIncorrect`).
///
/// The parser says only which rule broke and where it stopped reading; the names of the tags involved
/// are found again with kinerja's own tag scanner (`MustacheTags`), and the position moved to the tag
/// the user has to change (the opening tag of a section never closed, not the end of the file).
struct TemplateSyntaxError {
    let line: Int
    let column: Int
    let message: Message

    init(_ error: MustacheTemplate.ParserError, text: String) {
        let context = error.context
        let tags = MustacheTags.scan(text)
        /// The last tag of `kind` that starts before where the parser stopped.
        func tag(_ kinds: Set<MustacheTags.Kind>) -> MustacheTags.Tag? {
            tags.last { kinds.contains($0.kind) && ($0.line, $0.column) < (context.lineNumber, context.columnNumber) }
        }
        var at = (context.lineNumber, context.columnNumber)
        func place(_ tag: MustacheTags.Tag?) { if let tag { at = (tag.line, tag.column) } }

        let words: Message
        switch error.error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?:
            let close = tag([.close])
            place(close)
            let closing = "{{/\(close?.name ?? "")}}"
            if let open = close.flatMap({ Self.openSection(before: $0, in: tags) }) {
                let opening = "{{\(Self.sigil(open))\(open.name)}}"
                words = Message(
                    "section \(opening) (line \(open.line), column \(open.column)) is closed by \(closing); close it with {{/\(open.name)}}, or correct the opening name",
                    id:
                        "bagian \(opening) (baris \(open.line), kolom \(open.column)) ditutup dengan \(closing); tutup dengan {{/\(open.name)}}, atau perbaiki nama pembukanya"
                )
            } else {
                words = Message(
                    "\(closing) closes no section: none is open here; remove it, or open the section with {{#\(close?.name ?? "")}}",
                    id:
                        "\(closing) tidak menutup bagian apa pun: tidak ada bagian yang terbuka di sini; hapus tag ini, atau buka bagiannya dengan {{#\(close?.name ?? "")}}"
                )
            }
        case .expectedSectionEnd?:
            let open = Self.unclosedSection(in: tags)
            place(open)
            let name = open?.name ?? ""
            words = Message(
                "section {{\(open.map(Self.sigil) ?? "#")\(name)}} is never closed; add {{/\(name)}} where it ends",
                id:
                    "bagian {{\(open.map(Self.sigil) ?? "#")\(name)}} tidak pernah ditutup; tambahkan {{/\(name)}} di tempat bagian itu berakhir"
            )
        case .unfinishedName?:
            let unfinished = tag(Set(MustacheTags.Kind.allCases))
            place(unfinished)
            let shown = unfinished.map { "tag {{\($0.name)}}" }
            words = Message(
                "\(shown ?? "this tag") is not finished: a name holds only letters, digits and _ . - ( ), without spaces, and ends with }} (as in {{periode.nama}})",
                id:
                    "\(shown ?? "tag ini") tidak lengkap: nama hanya berisi huruf, angka, dan _ . - ( ), tanpa spasi, dan diakhiri }} (seperti {{periode.nama}})"
            )
        case .invalidSetDelimiter?:
            place(tag([.delimiters]))
            words = Message(
                "this change of delimiters is not valid: write the new opening and closing delimiters, separated by a space, between = signs, as in {{=<% %>=}}",
                id:
                    "penggantian pembatas ini tidak sah: tulis pembatas pembuka dan penutup yang baru, dipisah spasi, di antara tanda =, seperti {{=<% %>=}}"
            )
        case .transformAppliedToInheritanceSection?:
            place(tag([.block]))
            words = Message(
                "a block {{$name}} cannot take a transform such as first(…) or count(…); write the plain name",
                id: "blok {{$nama}} tidak dapat diberi transformasi seperti first(…) atau count(…); tulis namanya saja")
        case .illegalTokenInsideInheritSection?:
            place(tags.last { $0.isParent && ($0.line, $0.column) < (context.lineNumber, context.columnNumber) })
            words = Message(
                "between {{<parent}} and its {{/parent}} only blocks {{$name}}…{{/name}} may stand; move this tag into a block, or out of the parent",
                id:
                    "di antara {{<induk}} dan {{/induk}}-nya hanya boleh ada blok {{$nama}}…{{/nama}}; pindahkan tag ini ke dalam blok, atau ke luar induknya"
            )
        case .textInsideInheritSection?:
            words = Message(
                "between {{<parent}} and its {{/parent}} only blocks {{$name}}…{{/name}} may stand, no text; move the text into a block",
                id:
                    "di antara {{<induk}} dan {{/induk}}-nya hanya boleh ada blok {{$nama}}…{{/nama}}, bukan teks; pindahkan teksnya ke dalam blok"
            )
        case .invalidConfigVariableSyntax?:
            place(tag([.pragma]))
            words = Message(
                "a pragma is written {{% NAME: value }}, as in {{% CONTENT_TYPE: Markdown }}",
                id: "pragma ditulis {{% NAMA: nilai }}, seperti {{% CONTENT_TYPE: Markdown }}")
        case .unrecognisedConfigVariable?:
            let pragma = tag([.pragma])
            place(pragma)
            let parts = (pragma?.name ?? "").split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces() }
            if parts.first == "CONTENT_TYPE" {
                let value = parts.count > 1 ? parts[1] : ""
                words = Message(
                    "content type \(value) is not one of Markdown, CSV, HTML, TEXT",
                    id: "jenis isi \(value) bukan salah satu dari Markdown, CSV, HTML, TEXT")
            } else {
                let name = parts.first ?? ""
                words = Message(
                    "pragma \(name) is unknown; the only one is CONTENT_TYPE, as in {{% CONTENT_TYPE: Markdown }}",
                    id:
                        "pragma \(name) tidak dikenal; satu-satunya adalah CONTENT_TYPE, seperti {{% CONTENT_TYPE: Markdown }}"
                )
            }
        case nil:
            // swift-mustache's reader ran out of text inside a tag (an unclosed `{{! comment`): its own
            // error type is internal, so it is told by the lack of a closing `}}`.
            if let open = Self.unclosedTag(in: text) {
                at = open
                words = Message(
                    "this tag is never closed: {{ without }} before the end of the file",
                    id: "tag ini tidak pernah ditutup: ada {{ tanpa }} sampai akhir berkas")
            } else {
                words = Message(
                    "the template cannot be read: \(error.error)", id: "templat tidak dapat dibaca: \(error.error)")
            }
        }
        (line, column, message) = (at.0, at.1, words)
    }

    private static func sigil(_ tag: MustacheTags.Tag) -> String {
        tag.kind == .inverted ? "^" : tag.kind == .block ? "$" : tag.isParent ? "<" : "#"
    }

    /// The tags that open a section (`{{#…}}`, `{{^…}}`, `{{$…}}`, `{{<…}}`).
    private static func opens(_ tag: MustacheTags.Tag) -> Bool {
        tag.kind == .section || tag.kind == .inverted || tag.kind == .block || tag.isParent
    }

    /// The section still open where `close` stands, closes matched by position as the parser does.
    private static func openSection(before close: MustacheTags.Tag, in tags: [MustacheTags.Tag]) -> MustacheTags.Tag? {
        var stack: [MustacheTags.Tag] = []
        for tag in tags {
            if tag.line == close.line, tag.column == close.column { return stack.last }
            if opens(tag) { stack.append(tag) } else if tag.kind == .close { _ = stack.popLast() }
        }
        return stack.last
    }

    /// The innermost section never closed.
    private static func unclosedSection(in tags: [MustacheTags.Tag]) -> MustacheTags.Tag? {
        var stack: [MustacheTags.Tag] = []
        for tag in tags {
            if opens(tag) { stack.append(tag) } else if tag.kind == .close { _ = stack.popLast() }
        }
        return stack.last
    }

    /// The line and column of the last `{{` that no `}}` follows.
    private static func unclosedTag(in text: String) -> (Int, Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var last: (Int, Int)?
        var open = false
        for (number, line) in lines.enumerated() {
            let scalars = Array(line.unicodeScalars)
            var i = 0
            while i + 1 < scalars.count {
                if scalars[i] == "{", scalars[i + 1] == "{", !open {
                    (open, last) = (true, (number + 1, i + 1))
                    i += 2
                } else if scalars[i] == "}", scalars[i + 1] == "}", open {
                    open = false
                    i += 2
                } else {
                    i += 1
                }
            }
        }
        return open ? last : nil
    }
}
