import Foundation
import Testing

@testable import KinerjaKit

/// `kinerja report --pdf` with the real engine (WeasyPrint) and read back with real readers: qpdf,
/// pikepdf (scripts/check-pdfa.py), poppler's pdftoppm and pdftotext, and zbarimg for the QR code.
@Suite(
    .enabled(
        if: PDFTools.available || PDFTools.required,
        "WeasyPrint ≥ 62, pikepdf, qpdf, poppler-utils or zbar-tools is missing (make pdf installs them); the PDF checks are skipped"
    ))
struct PDFTests {
    func examples() throws -> PDFExamples.Run {
        let run = try PDFExamples.run.get()
        #expect(run.status == 0, "\(run.stderr)")
        return run
    }

    @Test func everyPDFIsWrittenAfterItsHTMLAndListedInTheManifest() throws {
        let run = try examples()
        for (folder, reports) in [
            (run.quarter, ["laporan-pemantauan", "ringkasan"]),
            (run.annual, ["laporan-pemantauan", "lkjip", "ringkasan"]),
        ] {
            let manifest = try JSONDecoder().decode(
                Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
            let names = manifest.outputs.map(\.path)
            #expect(names.filter { $0.hasSuffix(".pdf") } == reports.map { $0 + ".pdf" })
            for report in reports {
                let html = try #require(names.firstIndex(of: report + ".html"))
                #expect(names[html + 1] == report + ".pdf")
                let pdf = try Data(contentsOf: folder.appendingPathComponent(report + ".pdf"))
                #expect(manifest.outputs[html + 1].sha256 == Hashing.sha256(pdf))
                #expect(pdf.starts(with: Data("%PDF-1.7".utf8)))
            }
            #expect(manifest.options["pdf"]?.hasPrefix("WeasyPrint ") == true)
            let verify = try runKinerja(["verify", folder.path], in: Paths.root, environment: ["LANG": "C"])
            for report in reports {
                #expect(verify.stdout.contains("intact     \(folder.path)/\(report).pdf"), "\(verify.stdout)")
            }
        }
        // Signed, the PDFs are under the signature: one changed byte in a PDF is caught by name.
        let keys = try TemporaryFolder(), copy = try TemporaryFolder()
        defer {
            keys.cleanUp()
            copy.cleanUp()
        }
        for (name, data) in try snapshot(run.quarter) { try data.write(to: copy.url.appendingPathComponent(name)) }
        #expect(try runKinerja(["keygen", "--out", keys.url.path], in: Paths.root).status == 0)
        let sign = try runKinerja(
            ["sign", copy.url.path, "--key", keys.url.appendingPathComponent("kunci-privat.pem").path], in: Paths.root)
        #expect(sign.status == 0, "\(sign.stderr)")
        let key = keys.url.appendingPathComponent("kunci-publik.pem").path
        #expect(try runKinerja(["verify", copy.url.path, "--key", key], in: Paths.root).status == 0)
        let pdf = copy.url.appendingPathComponent("ringkasan.pdf")
        var bytes = try Data(contentsOf: pdf)
        bytes[bytes.count / 2] ^= 1
        try bytes.write(to: pdf)
        let broken = try runKinerja(
            ["verify", copy.url.path, "--key", key], in: Paths.root, environment: ["LANG": "C"])
        #expect(
            broken.status == 1 && broken.stdout.contains("changed    \(copy.url.path)/ringkasan.pdf"),
            "\(broken.stdout)")
    }

    /// The print layout: the ringkasan on one A4 page, the quarterly report in at most 8.
    @Test func pageCounts() throws {
        let run = try examples()
        for folder in [run.quarter, run.annual] {
            #expect(
                try PDFTools.pageCount(folder.appendingPathComponent("ringkasan.pdf")) == 1,
                "\(folder.lastPathComponent)")
        }
        let quarterly = try PDFTools.pageCount(run.quarter.appendingPathComponent("laporan-pemantauan.pdf"))
        #expect(quarterly > 1 && quarterly <= 8, "\(quarterly) pages")
        for page in 1...quarterly {
            let size = try PDFTools.run(
                "pdfinfo",
                ["-f", "\(page)", "-l", "\(page)", run.quarter.appendingPathComponent("laporan-pemantauan.pdf").path])
            #expect(size.contains("(A4)"), "page \(page): \(size)")
        }
    }

    /// Daftar Isi: each chapter's page number is the page its heading is printed on.
    @Test func theContentsOfTheLKjIPHaveThePagesOfTheirChapters() throws {
        let lkjip = try examples().annual.appendingPathComponent("lkjip.pdf")
        let pages = try PDFTools.pageCount(lkjip)
        let texts = try (1...pages).map { try PDFTools.text(lkjip, page: $0) }
        let contents = try #require(texts.firstIndex { $0.contains("Daftar Isi") })
        var checked = 0
        for chapter in [
            "BAB I Pendahuluan", "BAB II Perencanaan Kinerja", "BAB III Akuntabilitas Kinerja", "BAB IV Penutup",
        ] {
            let line = try #require(texts[contents].split(separator: "\n").first { $0.contains(chapter) }, "\(chapter)")
            let number = try #require(Int(line.split(separator: " ").last.map(String.init) ?? ""), "\(line)")
            #expect(number > contents + 1 && number <= pages, "\(line)")
            let heading = texts[number - 1].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(heading.contains(chapter), "\(chapter) is not on page \(number)")
            checked += 1
        }
        #expect(checked == 4)
    }

    /// PDF/A-3b as far as pikepdf and qpdf can tell (veraPDF cannot be installed here): identification,
    /// metadata from profil.yaml, output intent, tags, embedded fonts, and the CSV files inside.
    @Test func thePDFsAreArchivalWithTheirDataInside() throws {
        let run = try examples()
        for (folder, workspace, reports) in [
            (run.quarter, Paths.example, ["laporan-pemantauan", "ringkasan"]),
            (run.annual, Paths.annualExample, ["laporan-pemantauan", "lkjip", "ringkasan"]),
        ] {
            let profile = try PDFExamples.profile(workspace)
            for report in reports {
                let pdf = folder.appendingPathComponent(report + ".pdf")
                _ = try PDFTools.run("qpdf", ["--check", pdf.path])
                let facts = try PDFTools.facts(pdf)
                #expect(facts["pdfaid_part"] as? String == "3")
                #expect(facts["pdfaid_conformance"] as? String == "B")
                let html = String(
                    decoding: try Data(contentsOf: folder.appendingPathComponent(report + ".html")), as: UTF8.self)
                let title = try #require(html.firstMatch(of: /<title>([^<]*)<\/title>/)).1
                #expect(facts["title"] as? String == String(title))
                #expect(facts["creator"] as? [String] == [profile.agency])
                #expect(facts["create_date"] as? String == profile.date.iso)
                #expect(facts["modify_date"] as? String == profile.date.iso)
                #expect(
                    (facts["info_creation_date"] as? String)?.hasPrefix(
                        "D:" + profile.date.iso.replacingOccurrences(of: "-", with: "")) == true)
                #expect(facts["lang"] as? String == profile.language.rawValue)
                #expect(facts["tagged"] as? Bool == true)
                #expect(facts["output_intents"] as? [String] == ["/GTS_PDFA1"])
                let fonts = try #require(facts["fonts"] as? [String: Bool])
                #expect(!fonts.isEmpty && fonts.values.allSatisfy { $0 }, "\(fonts)")
                let attachments = try #require(facts["attachments"] as? [String: [String: String]])
                let expected = report == "ringkasan" ? [] : ["capaian.csv", "serapan-anggaran.csv"]
                #expect(attachments.keys.sorted() == expected, "\(report)")
                #expect(facts["associated_files"] as? Int == expected.count)
                for name in expected {
                    let onDisk = try Data(contentsOf: folder.appendingPathComponent(name))
                    #expect(attachments[name]?["sha256"] == Hashing.sha256(onDisk), "\(report): \(name)")
                    #expect(attachments[name]?["relationship"] == "/Data")
                    #expect(attachments[name]?["mime"] == "text/csv")
                }
            }
        }
    }

    /// The QR code of the printed ringkasan, read by a real QR reader, names the folder and the hash that
    /// `kinerja verify` prints for it, which is the manifest's without the ringkasan's lines.
    @Test func theQRCodeReadsWhatVerifyPrints() throws {
        let run = try examples()
        for folder in [run.quarter, run.annual] {
            let read = try PDFTools.qrCodes(folder.appendingPathComponent("ringkasan.pdf"))
            let manifest = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
            let digest = try #require(PaperCode.digest(manifestJSON: manifest))
            #expect(read == ["disdikbud/\(folder.lastPathComponent) sha256:\(digest)"])
            let verify = try runKinerja(["verify", folder.path], in: Paths.root, environment: ["LANG": "C"])
            #expect(verify.stdout.contains("qr code    sha256:\(digest)"), "\(verify.stdout)")
            // The ringkasan lists the PDFs it summarises, with their hashes, like the HTML.
            let ringkasan = String(
                decoding: try Data(contentsOf: folder.appendingPathComponent("ringkasan.html")), as: UTF8.self)
            let pdf = try Data(contentsOf: folder.appendingPathComponent("laporan-pemantauan.pdf"))
            #expect(ringkasan.contains("laporan-pemantauan.pdf: <code>\(Hashing.sha256(pdf))</code>"))
        }
    }

    /// Same input, same bytes: another time zone and locale, another run, the same PDFs; and a second run
    /// into the same folder finds it current.
    @Test func sameInputSameBytesUnderAnotherTimeZoneAndLocale() throws {
        let a = try TemporaryFolder(), b = try TemporaryFolder()
        defer {
            a.cleanUp()
            b.cleanUp()
        }
        let first = try runKinerja(
            ["report", Paths.example.path, "--output", a.url.path, "--pdf"], in: Paths.root,
            environment: ["TZ": "UTC", "LANG": "C", "LC_ALL": "C"])
        let second = try runKinerja(
            ["report", Paths.example.path, "--output", b.url.path, "--pdf"], in: Paths.root,
            environment: ["TZ": "Asia/Jayapura", "LANG": "id_ID.UTF-8", "LC_ALL": "id_ID.UTF-8"])
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        let (one, two) = (try snapshot(a.url), try snapshot(b.url))
        #expect(one.keys.filter { $0.hasSuffix(".pdf") }.count == 2)
        #expect(one == two, "\(one.keys.filter { one[$0] != two[$0] }.sorted())")
        let again = try runKinerja(
            ["report", Paths.example.path, "--output", a.url.path, "--pdf", "--bahasa", "en"],
            in: Paths.root)
        #expect(again.stdout.contains("is up to date"), "\(again.stdout)")
    }
}
