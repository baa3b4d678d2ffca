import Foundation
import Testing

@testable import KinerjaKit

/// A signed folder is never silently invalidated (issue 18): `report` refuses to change what manifest.sig
/// signs unless `--force`, which removes the signature and says so; `sign` refuses example data.
struct SignedFolderTests {
    /// A copy of the example workspace, its outputs written into `out` and signed.
    func signedCopy() throws -> (temp: TemporaryFolder, workspace: URL, out: URL, folder: URL, key: String) {
        let temp = try TemporaryFolder()
        let workspace = temp.url.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: Paths.example, to: workspace)
        let out = temp.url.appendingPathComponent("Out")
        let report = try runKinerja(["report", workspace.path, "--output", out.path], in: temp.url)
        #expect(report.status == 0, "\(report.stderr)")
        let keys = temp.url.appendingPathComponent("kunci")
        _ = try KeyFiles.generate(in: keys)
        let key = keys.appendingPathComponent(KeyFiles.privateName).path
        let folder = out.appendingPathComponent("disdikbud/2024-TW3")
        let sign = try runKinerja(["sign", folder.path, "--key", key], in: temp.url)
        #expect(sign.status == 0, "\(sign.stderr)")
        return (temp, workspace, out, folder, key)
    }

    /// Changes the workspace so that its report changes (the place of signing).
    func change(_ workspace: URL) throws {
        let profile = workspace.appendingPathComponent("profil.yaml")
        let text = try String(contentsOf: profile, encoding: .utf8)
        #expect(text.contains("tempat: Painan\n"))
        try text.replacingOccurrences(of: "tempat: Painan\n", with: "tempat: Painan Kota\n").write(
            to: profile, atomically: true, encoding: .utf8)
    }

    @Test func aReportThatWouldChangeASignedFolderIsRefused() throws {
        let (temp, workspace, out, folder, _) = try signedCopy()
        defer { temp.cleanUp() }
        try change(workspace)
        let before = try snapshot(folder)
        for language in ["en", "id"] {
            let run = try runKinerja(["report", "ws", "--output", "Out", "--bahasa", language], in: temp.url)
            #expect(run.status == 1)
            #expect(run.stdout.isEmpty, "nothing is reported as written: \(run.stdout)")
            #expect(
                run.stderr.contains(
                    language == "en"
                        ? "Out/disdikbud/2024-TW3/manifest.sig: error: this folder is signed, and this report would change what was signed"
                        : "Out/disdikbud/2024-TW3/manifest.sig: kesalahan: folder ini sudah ditandatangani"),
                "\(run.stderr)")
            #expect(
                run.stderr.contains(
                    language == "en" ? "pass --force to replace it" : "pakai --force untuk menggantinya"))
            #expect(run.stderr.contains(language == "en" ? "ws was not written." : "ws tidak ditulis."))
        }
        #expect(try snapshot(folder) == before, "the signed folder is left byte for byte")
        #expect(ArchiveCheck.check(folder).isIntact)
        // The same in a run of many workspaces: that agency fails, the others are written.
        try FileManager.default.copyItem(at: Paths.annualExample, to: temp.url.appendingPathComponent("tahunan"))
        let many = try runKinerja(["report", "ws", "tahunan", "--output", "Out", "--bahasa", "en"], in: temp.url)
        #expect(many.status == 1)
        #expect(
            many.stderr.contains("Out/disdikbud/2024-TW3/manifest.sig: error: this folder is signed"), "\(many.stderr)")
        #expect(many.stdout.contains("2 agencies: 1 reported (1 written, 0 unchanged); 1 failed: ws"), "\(many.stdout)")
        #expect(
            FileManager.default.fileExists(
                atPath: out.appendingPathComponent("disdikbud/2024-TAHUNAN/manifest.json").path))
        #expect(try snapshot(folder) == before)
    }

    @Test func forceReplacesASignedFolderAndRemovesItsSignature() throws {
        let (temp, workspace, _, folder, _) = try signedCopy()
        defer { temp.cleanUp() }
        try change(workspace)
        let run = try runKinerja(["report", "ws", "--output", "Out", "--force", "--bahasa", "en"], in: temp.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains(
                "wrote Out/disdikbud/2024-TW3/manifest.json\nremoved Out/disdikbud/2024-TW3/manifest.sig: it signed the outputs this run replaced"
            ), "\(run.stdout)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(ManifestSignature.fileName).path))
        let check = ArchiveCheck.check(folder)
        #expect(check.signature == .missing)
        #expect(check.files.filter { $0.state != .intact }.map(\.name) == [ManifestSignature.fileName])
        #expect(
            try String(contentsOf: folder.appendingPathComponent("ringkasan.md"), encoding: .utf8).contains(
                "Painan Kota"))
    }

    /// Nothing would change: the folder and its signature stay as they are, with or without --force.
    @Test func anUnchangedSignedFolderKeepsItsSignature() throws {
        let (temp, _, _, folder, _) = try signedCopy()
        defer { temp.cleanUp() }
        let before = try snapshot(folder)
        let again = try runKinerja(["report", "ws", "--output", "Out", "--bahasa", "en"], in: temp.url)
        #expect(
            again.status == 0 && again.stdout.contains("is up to date with its inputs; nothing was written"),
            "\(again.stdout)")
        let forced = try runKinerja(["report", "ws", "--output", "Out", "--force", "--bahasa", "en"], in: temp.url)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(!forced.stdout.contains("removed"))
        #expect(try snapshot(folder) == before)
        #expect(ArchiveCheck.check(folder).isIntact)
        // A file edited by hand is restored, which makes the signature hold again.
        try Data("x".utf8).write(to: folder.appendingPathComponent("capaian.csv"))
        #expect(!ArchiveCheck.check(folder).isIntact)
        #expect(try runKinerja(["report", "ws", "--output", "Out"], in: temp.url).status == 0)
        #expect(try snapshot(folder) == before)
    }

    @Test func signRefusesAFolderMadeFromTheStarterExamples() throws {
        let temp = try TemporaryFolder()
        defer { temp.cleanUp() }
        #expect(try runKinerja(["init", "ws"], in: temp.url).status == 0)
        #expect(try runKinerja(["report", "ws", "--output", "Out"], in: temp.url).status == 0)
        let folder = temp.url.appendingPathComponent("Out/contoh/2026-TW1")
        let manifest = try JSONDecoder().decode(
            Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
        #expect(
            manifest.examples?.first
                == "profil.yaml: pemerintah, instansi, alamat, tempat, kepala.nama, kepala.jabatan, kepala.pangkat, kepala.nip, penyusun.nama, penyusun.jabatan, penyusun.nip"
        )
        #expect(manifest.examples?.contains("indikator: IKU-01, PRG-01") == true)
        _ = try KeyFiles.generate(in: temp.url.appendingPathComponent("kunci"))
        let key = temp.url.appendingPathComponent("kunci/\(KeyFiles.privateName)").path
        for language in ["en", "id"] {
            let sign = try runKinerja(["sign", folder.path, "--key", key, "--bahasa", language], in: temp.url)
            #expect(sign.status == 1)
            #expect(
                sign.stderr.contains(
                    language == "en"
                        ? "not signed: its reports were made from the example values `kinerja init` wrote"
                        : "tidak ditandatangani: laporannya dibuat dari nilai contoh yang ditulis `kinerja init`"),
                "\(sign.stderr)")
            #expect(sign.stderr.contains("indikator: IKU-01, PRG-01"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(ManifestSignature.fileName).path))
    }

    /// Real data records no examples: the key is absent, so manifest.json keeps its bytes (GoldenTests).
    @Test func aManifestWithoutExamplesHasNoExamplesKey() throws {
        let (temp, _, _, folder, _) = try signedCopy()
        defer { temp.cleanUp() }
        let text = try String(contentsOf: folder.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(!text.contains("\"examples\""))
    }
}
