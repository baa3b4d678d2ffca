import Foundation
import Testing

@testable import KinerjaKit

/// YAML aliases are refused before Yams expands them (issue 20: nine levels of nine aliases as keys took hours).
struct YAMLAliasTests {
    static let bomb: String = {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            let list = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(list)]")
        }
        lines.append("? *a9")
        lines.append(": boom")
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func anAliasBombInTheProfileIsAnErrorAtOnce() {
        var log = DiagnosticLog()
        let profile = ProfileLoader.load(Data((minimalProfile + Self.bomb).utf8), file: "profil.yaml", log: &log)
        #expect(profile == nil)
        #expect(
            log.errors.first?.description.hasPrefix("profil.yaml:11:10: error: the alias *a0 refers to an anchor")
                == true, "\(log.errors)")
        #expect(ProfileDocument(Data((minimalProfile + Self.bomb).utf8), file: "profil.yaml").rawField("bahasa") == nil)
    }

    @Test func labelsAndTextThatOnlyLookLikeAliasesAreRead() {
        var log = DiagnosticLog()
        _ = LabelFile.load("judul: &x Laporan\nsub: *x\n", file: "label/id.yaml", log: &log)
        #expect(
            log.errors.first?.description
                == "label/id.yaml:2:6: error: the alias *x refers to an anchor; kinerja's files do not use YAML anchors and aliases: write the value out where it is needed"
        )
        var fine = DiagnosticLog()
        let labels = LabelFile.load(
            "judul: \"Laporan *penting* & benar\"\ncatatan: teks **tebal** dan R&D\n", file: "label/id.yaml", log: &fine
        )
        #expect(fine.diagnostics.isEmpty && labels["catatan"] == "teks **tebal** dan R&D", "\(fine.diagnostics)")
    }
}
