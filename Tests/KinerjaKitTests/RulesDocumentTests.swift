import Foundation
import Testing

@testable import KinerjaKit

/// The project carries its own rules: docs/aturan-capaian.md and docs/siklus.md, printed by `kinerja aturan`,
/// named by every report's footer, and the only documents the code cites.
struct RulesDocumentTests {
    static func read(_ path: String) throws -> String {
        try String(contentsOf: Paths.root.appendingPathComponent(path), encoding: .utf8)
    }

    /// `kinerja aturan` prints the documents byte for byte (RulesText reads them from the binary, embedded at build time).
    @Test func theBinaryHoldsTheDocuments() throws {
        #expect(
            RulesText.capaian + "\n" == (try Self.read("docs/aturan-capaian.md")),
            "docs/aturan-capaian.md  is not what the binary carries")
        #expect(
            RulesText.siklus + "\n" == (try Self.read("docs/siklus.md")),
            "docs/siklus.md  is not what the binary carries")
        let printed = try runKinerja(["aturan"], in: Paths.root)
        #expect(printed.status == 0)
        #expect(printed.stdout == (try Self.read("docs/aturan-capaian.md")))
        let cycle = try runKinerja(["aturan", "--siklus"], in: Paths.root)
        #expect(cycle.stdout == (try Self.read("docs/siklus.md")))
        #expect(
            RulesText.panduan + "\n" == (try Self.read("docs/panduan.md")),
            "docs/panduan.md  is not what the binary carries")
        let guide = try runKinerja(["panduan"], in: FileManager.default.temporaryDirectory)
        #expect(guide.status == 0)
        #expect(guide.stdout == (try Self.read("docs/panduan.md")))
    }

    /// The documents say which version of kinerja they describe; bumping the version means reading them again.
    @Test func theDocumentsNameThisVersion() {
        #expect(RulesText.capaian.contains("kinerja \(KinerjaVersion.current) computes"))
        #expect(RulesText.siklus.contains("kinerja \(KinerjaVersion.current) measures"))
    }

    /// The footer names the document by its title, in both languages; the version follows it (alat.versi).
    @Test func theFooterNamesTheDocument() throws {
        let title = try #require(RulesText.capaian.split(separator: "\n").first).dropFirst(2)
        #expect(title == "Aturan Perhitungan Capaian")
        for language in ["id", "en"] {
            let labels = try Self.read("Templates/label/\(language).yaml")
            let footer = try #require(labels.split(separator: "\n").first { $0.hasPrefix("keterangan_dokumen:") })
            #expect(footer.contains(title), "\(language): \(footer)")
            #expect(footer.contains("kinerja aturan"), "\(language): \(footer)")
        }
        let report = try Self.read("Tests/KinerjaKitTests/Golden/disdikbud-2024-TW3/laporan-pemantauan.md")
        #expect(report.contains("Aturan Perhitungan Capaian"))
        #expect(report.contains("Dibuat dengan kinerja \(KinerjaVersion.current)."))
    }

    /// No file cites a document the repository does not hold: not the product specification's files
    /// (capaian.md, reports.md, cycle.md, data-format.md, which live outside it), and every `docs/…​.md` and
    /// relative Markdown link names a file that exists.
    @Test func everyCitedDocumentIsInTheRepository() throws {
        let fm = FileManager.default
        var files: [String] = ["README.md", "BENCHMARKS.md"]
        for folder in ["Sources", "Tests/KinerjaKitTests", "Templates", "docs", "scripts", "SOP", "examples"] {
            let base = Paths.root.appendingPathComponent(folder)
            for case let url as URL in fm.enumerator(at: base, includingPropertiesForKeys: nil)! {
                let path = url.path.replacingOccurrences(of: Paths.root.path + "/", with: "")
                guard ["swift", "md", "mustache", "yaml", "py", "sh"].contains(url.pathExtension),
                    !path.contains("/Fixtures/") || path.hasSuffix(".swift")
                else { continue }
                files.append(path)
            }
        }
        #expect(files.count > 100)
        // The specification's files and the notes beside it, which the repository does not contain.
        let spec = try Regex(
            #"(?:^|[^-\w/])(capaian|reports|cycle|data-format|domain|toolchain|style)\.md|\.\./shared/|shared/(?:spec|notes|seeds)"#
        )
        let cited = try Regex(#"docs/([-\w]+\.md)"#)
        let link = try Regex(#"\]\(([-\w./]+\.md)\)"#)
        for file in files {
            let text = try Self.read(file)
            // This file names them to find them.
            for match in text.matches(of: spec) where !file.hasSuffix("/RulesDocumentTests.swift") {
                Issue.record("\(file) cites \(text[match.range].drop { !$0.isLetter }), which is not in the repository")
            }
            for match in text.matches(of: cited) {
                let name = String(text[match.range].dropFirst(5))
                #expect(
                    fm.fileExists(atPath: Paths.root.appendingPathComponent("docs/" + name).path),
                    "\(file): docs/\(name)")
            }
            guard file.hasSuffix(".md") else { continue }
            let folder = Paths.root.appendingPathComponent(file).deletingLastPathComponent()
            for match in text.matches(of: link) {
                let target = String(text[match.range].dropFirst(2).dropLast())
                #expect(fm.fileExists(atPath: folder.appendingPathComponent(target).path), "\(file) links \(target)")
            }
        }
    }
}
