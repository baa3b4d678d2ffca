import Foundation
import Testing

@testable import KinerjaKit

/// YAML that Yams cannot read: at its line and column, Yams' English detail, and in Indonesian what it
/// means and what to do (issue 18), for profil.yaml and label files alike.
struct YAMLSyntaxErrorTests {
    struct Case: Sendable, CustomStringConvertible {
        let yaml: String
        let position: String
        /// Yams' detail, as the English message prints it.
        let problem: String
        /// The start of the Indonesian explanation.
        let meaning: String
        var description: String { problem }
    }

    static let cases: [Case] = [
        Case(
            yaml: "pemerintah: A\n  instansi: B\n", position: "2:11",
            problem: "mapping values are not allowed in this context",
            meaning: "ada titik dua (:) di tempat yang tidak boleh"),
        Case(
            yaml: "pemerintah: A\ninstansi B\ntahun: 1\n", position: "2:1", problem: "could not find expected ':'",
            meaning: "nama isian ini tidak diikuti titik dua (:); tulis `nama: nilai`"),
        Case(
            yaml: "kepala:\n  nama: A\n jabatan: B\n", position: "3:2", problem: "did not find expected key",
            meaning: "baris ini tidak sejajar dengan isian di atasnya"),
        Case(
            yaml: "pemerintah: A\n\tinstansi: B\n", position: "2:1",
            problem: "found a tab character that violates indentation",
            meaning: "indentasi memakai karakter tab"),
        Case(
            yaml: "pemerintah: A\njabatan: \"Kepala\n", position: "2:10", problem: "found unexpected end of stream",
            meaning: "tanda kutip yang dibuka di sini tidak pernah ditutup"),
        Case(
            yaml: "a: @x\n", position: "1:4", problem: "found character that cannot start any token",
            meaning: "nilai ini diawali karakter yang tidak boleh ada di awal"),
        // A tab where a nested key's indentation is read: libyaml says "cannot start any token" here too.
        Case(
            yaml:
                "kepala:    # wajib\n  nama: A      #   wajib: nama\n\tjabatan: B      #   wajib: jabatan\n  nip: 1\n",
            position: "3:1",
            problem: "found character that cannot start any token (a tab; indent with spaces)",
            meaning: "indentasi memakai karakter tab"),
        Case(
            yaml: "libur: [2024-08-17, 2024-12-25\n", position: "2:1", problem: "did not find expected ',' or ']'",
            meaning: "daftar dalam kurung siku [ ] tidak ditutup"),
        Case(
            yaml: "pemerintah: A\ntahun: 2024\ntahun: 2025\n", position: "3:1",
            problem: "the key `tahun` appears more than once in one mapping",
            meaning: "nama isian `tahun` ditulis lebih dari sekali di tingkat yang sama"),
        Case(
            yaml: "kepala:\n  nama: A\n  jabatan: B\n  nama: C\n", position: "4:3",
            problem: "the key `nama` appears more than once in one mapping",
            meaning: "nama isian `nama` ditulis lebih dari sekali"),
    ]

    @Test(arguments: cases)
    func aYAMLErrorIsExplainedInIndonesian(_ example: Case) throws {
        for load in ["profile", "labels"] {
            var log = DiagnosticLog()
            if load == "profile" {
                _ = ProfileLoader.load(Data(example.yaml.utf8), file: "profil.yaml", log: &log)
            } else {
                _ = LabelFile.load(example.yaml, file: "profil.yaml", log: &log)
            }
            let error = try #require(log.errors.first, "\(load)")
            #expect(log.errors.count == 1)
            #expect(
                error.text(.en) == "profil.yaml:\(example.position): error: this is not valid YAML: \(example.problem)",
                "\(load)")
            let id = error.text(.id)
            #expect(
                id.hasPrefix("profil.yaml:\(example.position): kesalahan: ini bukan YAML yang sah: \(example.meaning)"),
                "\(load): \(id)")
            #expect(id.hasSuffix(" (Yams: \(example.problem))"), "\(load): \(id)")
        }
    }

    /// Every explanation is Indonesian and says what to do; an unknown problem still gets the general advice.
    @Test func everyProblemHasAnExplanation() {
        #expect(YAMLSyntaxError.explanations.count >= 20)
        #expect(
            YAMLSyntaxError.explanation(of: "something new")
                == "periksa indentasi dan titik dua setelah setiap nama isian")
        #expect(YAMLSyntaxError.explanation(of: "found duplicate %YAML directive").hasPrefix("baris yang diawali %"))
        // A valid file: no diagnostic.
        var log = DiagnosticLog()
        #expect(LabelFile.load("judul: Laporan\n", file: "id.yaml", log: &log) == ["judul": "Laporan"])
        #expect(log.diagnostics.isEmpty)
    }
}
