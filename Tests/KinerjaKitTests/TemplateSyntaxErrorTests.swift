import Foundation
import Mustache
import Testing

@testable import KinerjaKit

/// Template syntax errors in plain words at the tag to change (issue 18), one case per error of
/// swift-mustache's parser, in both languages; never the parser's case name.
struct TemplateSyntaxErrorTests {
    struct Case: Sendable, CustomStringConvertible {
        let template: String
        /// `line:column: message`, in English and Indonesian.
        let en: String
        let id: String
        var description: String { en }
    }

    static let cases: [Case] = [
        Case(
            template: "{{% CONTENT_TYPE: CSV }}\nkode\n{{#baris}}\n  {{kode}}\n{{/bariss}}\n",
            en:
                "5:1: section {{#baris}} (line 3, column 1) is closed by {{/bariss}}; close it with {{/baris}}, or correct the opening name",
            id:
                "5:1: bagian {{#baris}} (baris 3, kolom 1) ditutup dengan {{/bariss}}; tutup dengan {{/baris}}, atau perbaiki nama pembukanya"
        ),
        Case(
            template: "a\n {{/baris}}\n",
            en: "2:2: {{/baris}} closes no section: none is open here; remove it, or open the section with {{#baris}}",
            id:
                "2:2: {{/baris}} tidak menutup bagian apa pun: tidak ada bagian yang terbuka di sini; hapus tag ini, atau buka bagiannya dengan {{#baris}}"
        ),
        Case(
            template: "a\n  {{^baris}}\n{{#ada}}x{{/ada}}\n",
            en: "2:3: section {{^baris}} is never closed; add {{/baris}} where it ends",
            id: "2:3: bagian {{^baris}} tidak pernah ditutup; tambahkan {{/baris}} di tempat bagian itu berakhir"),
        Case(
            template: "x {{nama lengkap}}\n",
            en:
                "1:3: tag {{nama lengkap}} is not finished: a name holds only letters, digits and _ . - ( ), without spaces, and ends with }} (as in {{periode.nama}})",
            id:
                "1:3: tag {{nama lengkap}} tidak lengkap: nama hanya berisi huruf, angka, dan _ . - ( ), tanpa spasi, dan diakhiri }} (seperti {{periode.nama}})"
        ),
        Case(
            template: "a\n{{=<% =}}\n",
            en:
                "2:1: this change of delimiters is not valid: write the new opening and closing delimiters, separated by a space, between = signs, as in {{=<% %>=}}",
            id:
                "2:1: penggantian pembatas ini tidak sah: tulis pembatas pembuka dan penutup yang baru, dipisah spasi, di antara tanda =, seperti {{=<% %>=}}"
        ),
        Case(
            template: "{{$first(x)}}{{/first(x)}}\n",
            en: "1:1: a block {{$name}} cannot take a transform such as first(…) or count(…); write the plain name",
            id: "1:1: blok {{$nama}} tidak dapat diberi transformasi seperti first(…) atau count(…); tulis namanya saja"
        ),
        Case(
            template: "a\n{{<_induk}}{{nama}}{{/_induk}}\n",
            en:
                "2:1: between {{<parent}} and its {{/parent}} only blocks {{$name}}…{{/name}} may stand; move this tag into a block, or out of the parent",
            id:
                "2:1: di antara {{<induk}} dan {{/induk}}-nya hanya boleh ada blok {{$nama}}…{{/nama}}; pindahkan tag ini ke dalam blok, atau ke luar induknya"
        ),
        Case(
            template: "{{% CONTENT_TYPE Markdown }}\n",
            en: "1:1: a pragma is written {{% NAME: value }}, as in {{% CONTENT_TYPE: Markdown }}",
            id: "1:1: pragma ditulis {{% NAMA: nilai }}, seperti {{% CONTENT_TYPE: Markdown }}"),
        Case(
            template: "{{% CONTENT_TYPE: Word }}\n",
            en: "1:1: content type Word is not one of Markdown, CSV, HTML, TEXT",
            id: "1:1: jenis isi Word bukan salah satu dari Markdown, CSV, HTML, TEXT"),
        Case(
            template: "{{% FOO: x }}\n",
            en: "1:1: pragma FOO is unknown; the only one is CONTENT_TYPE, as in {{% CONTENT_TYPE: Markdown }}",
            id: "1:1: pragma FOO tidak dikenal; satu-satunya adalah CONTENT_TYPE, seperti {{% CONTENT_TYPE: Markdown }}"
        ),
        Case(
            template: "a\nb {{! never closed\n",
            en: "2:3: this tag is never closed: {{ without }} before the end of the file",
            id: "2:3: tag ini tidak pernah ditutup: ada {{ tanpa }} sampai akhir berkas"),
    ]

    @Test(arguments: cases)
    func aSyntaxErrorIsSaidInWordsAtItsTag(_ example: Case) throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write(["capaian.csv.mustache": example.template])
        var log = DiagnosticLog()
        _ = TemplateSet(defaults: Paths.templates, user: folder.url, log: &log)
        let path = folder.url.appendingPathComponent("capaian.csv.mustache").path
        /// `path:line:column: error: message` from `line:column: message`.
        func line(_ text: String, _ severity: String) -> String {
            let split = text.range(of: ": ")!
            return "\(path):\(text[..<split.lowerBound]): \(severity): \(text[split.upperBound...])"
        }
        #expect(log.errors.map { $0.text(.en) } == [line(example.en, "error")])
        #expect(log.errors.map { $0.text(.id) } == [line(example.id, "kesalahan")])
        #expect(!log.errors.contains { $0.text(.en).contains("Incorrect") || $0.text(.en).contains("unfinishedName") })
    }

    /// Every case of swift-mustache's parse error has words: a template for each that the parser rejects
    /// with it (but `textInsideInheritSection`, which the parser declares and never throws; its words are
    /// in TemplateSyntaxError all the same, where the switch has no default).
    @Test func theCasesCoverTheParser() throws {
        #expect(Self.cases.count >= 11)
        for example in Self.cases {
            #expect(throws: (any Error).self) { _ = try MustacheTemplate(string: example.template) }
        }
        // The correct template parses and gives no diagnostic.
        var log = DiagnosticLog()
        _ = TemplateSet(defaults: Paths.templates, user: nil, log: &log)
        #expect(log.diagnostics.isEmpty)
    }
}
