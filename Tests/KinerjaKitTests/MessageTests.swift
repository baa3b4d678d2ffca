import Foundation
import Testing

@testable import KinerjaKit

/// Issue 7: every message in Indonesian and English, and which one a run uses.
struct MessageTests {
    /// A message quoting a cell of megabytes prints its start and its end (where what to do is said).
    @Test func aHugeMessageIsCutInTheMiddle() {
        let text =
            "unknown kode \"" + String(repeating: "X", count: 3_000_000)
            + "\"; expected one of the kode of indikator.csv"
        let line = Diagnostic(.error, file: "realisasi.csv", Message(text, id: text)).text(.en)
        #expect(line.count < 1_200)
        #expect(
            line.hasSuffix("expected one of the kode of indikator.csv")
                && line.contains("(\(text.count - 800) characters left out)"), "\(line.prefix(80))")
        #expect(Diagnostic.bounded("short") == "short")
    }

    @Test func theLanguageOfARun() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try folder.write([
            "id/profil.yaml": "instansi: A\nbahasa: id\n", "en/profil.yaml": "instansi: B\nbahasa: en\n",
            "default/profil.yaml": "instansi: C\n", "broken/profil.yaml": "instansi: [unclosed\n",
            "none/indikator.csv": "kode\n",
        ])
        let url = { (name: String) in folder.url.appendingPathComponent(name) }
        let english = ["LANG": "en_US.UTF-8"], indonesian = ["LANG": "id_ID.UTF-8"]
        // The workspace's bahasa, Indonesian when it has none or the profile does not parse.
        #expect(MessageLanguage.choose(option: nil, workspaces: [url("id")], environment: english) == .id)
        #expect(MessageLanguage.choose(option: nil, workspaces: [url("en")], environment: indonesian) == .en)
        #expect(MessageLanguage.choose(option: nil, workspaces: [url("default")], environment: english) == .id)
        #expect(MessageLanguage.choose(option: nil, workspaces: [url("broken")], environment: english) == .id)
        // --bahasa wins over everything.
        #expect(MessageLanguage.choose(option: .en, workspaces: [url("id")], environment: indonesian) == .en)
        #expect(MessageLanguage.choose(option: .id, workspaces: [url("en")], environment: english) == .id)
        // Outside a workspace, or workspaces that disagree: LANG (LC_ALL first, as POSIX says).
        #expect(MessageLanguage.choose(option: nil, workspaces: [url("none")], environment: indonesian) == .id)
        #expect(MessageLanguage.choose(option: nil, workspaces: [], environment: english) == .en)
        #expect(MessageLanguage.choose(option: nil, workspaces: [url("id"), url("en")], environment: english) == .en)
        #expect(
            MessageLanguage.choose(option: nil, workspaces: [], environment: ["LC_ALL": "id_ID", "LANG": "C"]) == .id)
        #expect(MessageLanguage.choose(option: nil, workspaces: [], environment: [:]) == .en)
    }

    @Test func aDiagnosticInBothLanguages() {
        var log = DiagnosticLog()
        log.error(
            "ws/indikator.csv", line: 7, column: 5, "polaritas \"naik\" is not one of positif, negatif, rentang",
            id: "kolom polaritas berisi \"naik\"; isi dengan positif, negatif, atau rentang")
        log.warning("ws/data.xlsx[realisasi]", line: 14, column: 3, addressing: .cell, "w", id: "p")
        #expect(
            log.diagnostics[0].text(.id)
                == "ws/indikator.csv:7:5: kesalahan: kolom polaritas berisi \"naik\"; isi dengan positif, negatif, atau rentang"
        )
        #expect(
            log.diagnostics[0].text(.en)
                == "ws/indikator.csv:7:5: error: polaritas \"naik\" is not one of positif, negatif, rentang")
        #expect(log.diagnostics[1].text(.id) == "ws/data.xlsx[realisasi]!C14: peringatan: p")
        #expect(log.diagnostics[1].description == "ws/data.xlsx[realisasi]!C14: warning: w")
    }

    @Test func alternatives() {
        #expect(
            Message.alternatives(["positif", "negatif", "rentang"])
                == Message("positif, negatif or rentang", id: "positif, negatif, atau rentang"))
        #expect(Message.alternatives(["ya", "tidak"]).id == "ya atau tidak")
        #expect(Message.alternatives(["TW1"]).id == "TW1")
    }

    /// A starter workspace is Indonesian: the run speaks Indonesian unless --bahasa says otherwise, and
    /// says the same things (one line for each) in both.
    @Test func theCommandLineSpeaksTheWorkspacesLanguage() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let made = try runKinerja(["init", "ws", "--bahasa", "id"], in: folder.url)
        #expect(made.status == 0)
        #expect(made.stdout.contains("ditulis ws/profil.yaml"))
        #expect(made.stdout.contains("Ganti nilai-nilai contoh"))
        try Data("kode,periode,nilai\nIKU-01,TW1,delapan\n".utf8).write(
            to: folder.url.appendingPathComponent("ws/realisasi.csv"))
        let id = try runKinerja(["check", "ws"], in: folder.url)
        let en = try runKinerja(["check", "ws", "--bahasa", "en"], in: folder.url)
        #expect(id.status == 1 && en.status == 1)
        #expect(
            id.stderr.contains(
                "ws/realisasi.csv:2:12: kesalahan: nilai \"delapan\" bukan angka; isi dengan angka seperti 87,5 atau 1.234,5 atau 1234.5"
            ), "\(id.stderr)")
        #expect(en.stderr.contains("ws/realisasi.csv:2:12: error: nilai \"delapan\" is not a number"), "\(en.stderr)")
        #expect(!id.stderr.contains(": warning:") && !id.stderr.contains(": error:"))
        #expect(id.stderr.split(separator: "\n").count == en.stderr.split(separator: "\n").count)
        // Outside a workspace, LANG decides.
        let english = try runKinerja(
            ["init", "ws2"], in: folder.url, environment: ["LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(english.stdout.contains("wrote ws2/profil.yaml"))
    }
}
