import Yams

/// A YAML file Yams cannot read (profil.yaml, sop.yaml, a label file), at its line and column, with
/// Yams' English detail and, in the Indonesian message, what it means and what to do (issue 18): Yams
/// (libyaml) says only `mapping values are not allowed in this context`, which a planner cannot act on.
struct YAMLSyntaxError {
    let line: Int?
    let column: Int?
    /// `this is not valid YAML: <Yams' detail>` / `ini bukan YAML yang sah: <penjelasan> (Yams: <detail>)`.
    let message: Message

    init(_ error: Error, text: String) {
        var at: (line: Int, column: Int)?
        var problem = "\(error)"
        var explanation: String?
        switch error as? YamlError {
        case .scanner(let context, let found, let foundAt, _)?, .parser(let context, let found, let foundAt, _)?,
            .composer(let context, let found, let foundAt, _)?:
            problem = found
            // A key without `:` or a quote never closed: the place to change is where the key or the quote
            // starts (the context), not where the reader gave up.
            let startsThere = found == "could not find expected ':'" || found == "found unexpected end of stream"
            let mark = startsThere ? (context?.mark ?? foundAt) : foundAt
            at = (mark.line, mark.column)
        case .reader(let found, _, _, _)?:
            problem = found
        case .duplicatedKeysInMapping(let duplicates, let context)?:
            let keys = duplicates.sorted()
            let list = keys.map { "`\($0)`" }.joined(separator: ", ")
            problem =
                "the key\(keys.count == 1 ? "" : "s") \(list) appear\(keys.count == 1 ? "s" : "") more than once in one mapping"
            explanation =
                "nama isian \(list) ditulis lebih dari sekali di tingkat yang sama; sisakan satu baris dan hapus yang lain"
            at =
                Self.secondOccurrence(of: keys.first ?? "", in: text, mapping: context.mark) ?? (
                    context.mark.line, context.mark.column
                )
        default:
            break
        }
        line = at?.line
        column = at?.column
        // libyaml calls a tab where indentation is read "a character that cannot start any token".
        if problem.hasPrefix("found character that cannot start any token"), let at, Self.isTab(at: at, in: text) {
            explanation =
                "indentasi memakai karakter tab; YAML hanya menerima spasi di awal baris: ganti tab dengan spasi"
            problem += " (a tab; indent with spaces)"
        }
        let meaning = explanation ?? Self.explanation(of: problem)
        message = Message(
            "this is not valid YAML: \(problem)", id: "ini bukan YAML yang sah: \(meaning) (Yams: \(problem))")
    }

    /// Whether the character at `at` (1-based line and column, as Yams counts) is a tab.
    static func isTab(at: (line: Int, column: Int), in text: String) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard at.line >= 1, at.line <= lines.count else { return false }
        let line = Array(lines[at.line - 1])
        return [at.column - 1, at.column].contains { $0 >= 0 && $0 < line.count && line[$0] == "\t" }
    }

    /// What libyaml's problems mean, in Indonesian, with what to do; by the start of the problem's text.
    static let explanations: [(problem: String, meaning: String)] = [
        (
            "mapping values are not allowed",
            "ada titik dua (:) di tempat yang tidak boleh, biasanya di dalam nilai atau pada baris yang menjorok tanpa induk; jika nilainya memuat titik dua, apit dengan tanda kutip, mis. `jabatan: \"Kepala Dinas: Plt.\"`, dan periksa indentasi baris ini"
        ),
        ("could not find expected ':'", "nama isian ini tidak diikuti titik dua (:); tulis `nama: nilai`"),
        (
            "did not find expected key",
            "baris ini tidak sejajar dengan isian di atasnya, atau ada teks setelah nilai bertanda kutip; samakan indentasinya (spasi di awal baris) dengan isian lain di tingkat yang sama"
        ),
        (
            "block sequence entries are not allowed",
            "butir daftar (`- …`) tidak boleh di sini; tulis di baris baru, menjorok di bawah nama isiannya"
        ),
        ("did not find expected '-' indicator", "butir daftar harus diawali `- ` dan sejajar dengan butir lainnya"),
        (
            "found character that cannot start any token",
            "nilai ini diawali karakter yang tidak boleh ada di awal (mis. @, ` atau %); apit nilainya dengan tanda kutip"
        ),
        ("found a tab character", "indentasi memakai karakter tab; YAML hanya menerima spasi di awal baris"),
        (
            "found unexpected end of stream",
            "tanda kutip yang dibuka di sini tidak pernah ditutup; tambahkan tanda kutip penutupnya"
        ),
        (
            "found unknown escape character",
            "di dalam tanda kutip ganda, \\ harus diikuti kode yang sah; pakai tanda kutip tunggal, atau tulis \\\\"
        ),
        (
            "found invalid Unicode character escape code",
            "kode \\u atau \\U di dalam tanda kutip ganda tidak sah; pakai tanda kutip tunggal"
        ),
        (
            "did not find expected hexdecimal number",
            "kode \\x, \\u atau \\U di dalam tanda kutip ganda tidak lengkap; pakai tanda kutip tunggal"
        ),
        (
            "did not find expected node content",
            "nilai di sini tidak lengkap; isi nilainya, atau apit dengan tanda kutip"
        ),
        (
            "did not find expected ',' or ']'",
            "daftar dalam kurung siku [ ] tidak ditutup, atau butirnya tidak dipisah koma"
        ),
        ("did not find expected ',' or '}'", "isian dalam kurung kurawal { } tidak ditutup, atau tidak dipisah koma"),
        (
            "did not find expected comment or line break",
            "ada teks setelah nilai yang seharusnya sudah berakhir; hapus teks itu, atau apit seluruh nilai dengan tanda kutip"
        ),
        (
            "found unexpected document indicator",
            "baris `---` atau `...` memotong nilai bertanda kutip; tutup tanda kutipnya sebelum baris itu"
        ),
        (
            "found undefined alias",
            "alias (*nama) merujuk ke jangkar (&nama) yang tidak ada; jika ini teks biasa, apit dengan tanda kutip"
        ),
        (
            "did not find expected alphabetic or numeric character",
            "setelah & atau * harus ada nama; jika ini teks biasa, apit nilainya dengan tanda kutip"
        ),
        (
            "found undefined tag handle",
            "tanda ! memulai tag YAML; jika ini teks biasa, apit nilainya dengan tanda kutip"
        ),
        (
            "did not find expected tag URI",
            "tanda ! memulai tag YAML; jika ini teks biasa, apit nilainya dengan tanda kutip"
        ),
        (
            "did not find expected '!'",
            "tanda ! memulai tag YAML; jika ini teks biasa, apit nilainya dengan tanda kutip"
        ),
        ("found an indentation indicator equal to 0", "angka setelah | atau > (indentasi teks) tidak boleh 0"),
        ("found an incorrect", "berkas ini bukan teks UTF-8 yang sah; simpan sebagai UTF-8"),
        ("invalid", "berkas ini memuat karakter yang tidak sah; simpan sebagai teks UTF-8"),
        (
            "control characters are not allowed",
            "berkas ini memuat karakter kendali yang tidak boleh ada; simpan ulang sebagai teks biasa UTF-8"
        ),
    ]

    static func explanation(of problem: String) -> String {
        explanations.first { problem.hasPrefix($0.problem) }?.meaning
            ?? (problem.hasPrefix("found") && problem.contains("directive")
                ? "baris yang diawali % adalah direktif YAML; jika ini teks, apit dengan tanda kutip"
                : "periksa indentasi dan titik dua setelah setiap nama isian")
    }

    /// Where `key` is written the second time in the mapping that starts at `mapping` (same indentation).
    private static func secondOccurrence(of key: String, in text: String, mapping: Mark) -> (line: Int, column: Int)? {
        let indent = String(repeating: " ", count: max(mapping.column - 1, 0))
        var seen = 0
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where number + 1 >= mapping.line {
            guard line.hasPrefix(indent), line.dropFirst(indent.count).first != " " else { continue }
            let rest = line.dropFirst(indent.count)
            let name = rest.prefix { $0 != ":" }.trimmingSpaces()
            let unquoted =
                name.count >= 2 && (name.first == "\"" || name.first == "'")
                ? String(name.dropFirst().dropLast()) : name
            guard rest.contains(":"), unquoted == key else { continue }
            seen += 1
            if seen == 2 { return (number + 1, indent.count + 1) }
        }
        return nil
    }
}
