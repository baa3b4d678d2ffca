/// Lines `report`, `check` and the other commands say, in both languages.
package enum ReportWords {
    package static let nothingWritten = Message("nothing was written.", id: "tidak ada yang ditulis.")

    /// `wrote Output/disdik/2024-TW3/capaian.csv` / `ditulis Output/…`.
    package static func wrote(_ path: String) -> Message { Message("wrote \(path)", id: "ditulis \(path)") }

    /// The line of a signature `--force` removed (SignedFolder).
    static func removed(_ signature: String) -> Message {
        Message(
            "removed \(signature): it signed the outputs this run replaced and no longer holds; sign the folder again (kinerja sign)",
            id:
                "dihapus \(signature): berkas ini menandatangani keluaran yang kini diganti dan tidak berlaku lagi; tandatangani folder ini lagi (kinerja sign)"
        )
    }

    /// The line of an earlier run's output this run no longer makes, removed (StaleOutputs).
    static func removedStale(_ file: String) -> Message {
        Message(
            "removed \(file): an output of an earlier run that this run does not make (its figures were that run's)",
            id: "dihapus \(file): keluaran proses sebelumnya yang tidak dibuat proses ini (angkanya angka proses itu)")
    }

    /// The line after a many-agency index that leaves out agency folders of the same periods (IndexCoverage).
    static func indexLeavesOut(_ shown: String, listed: Int, others: [String]) -> Message {
        let first = others.prefix(5).joined(separator: ", ") + (others.count > 5 ? ", …" : "")
        return Message(
            "\(shown)index.md, index.html and rekap.csv list the \(listed) agenc\(listed == 1 ? "y" : "ies") of this run; \(others.count) other folder\(others.count == 1 ? "" : "s") of the same period under \(shown) \(others.count == 1 ? "is" : "are") not in them (\(first)): report all the workspaces together to list them all",
            id:
                "\(shown)index.md, index.html dan rekap.csv memuat \(listed) instansi proses ini; \(others.count) folder lain untuk periode yang sama di \(shown) tidak termuat (\(first)): laporkan semua ruang kerja bersama agar semuanya termuat"
        )
    }

    /// What follows "… was not written." when the agency's folder holds an earlier run's reports.
    static func earlierReports(_ folder: String) -> Message {
        Message(
            " \(folder) still holds the reports of an earlier run, which are not of these inputs.",
            id: " \(folder) masih memuat laporan proses sebelumnya, yang bukan dari masukan ini.")
    }

    /// The line after a many-agency index whose rows are of more than one period (IndexCoverage.periods).
    static func indexMixesPeriods(_ shown: String, _ periods: [(period: String, slugs: [String])]) -> Message {
        let listed = periods.map { entry in
            let slugs = entry.slugs.prefix(3).joined(separator: ", ") + (entry.slugs.count > 3 ? ", …" : "")
            return "\(entry.period) (\(entry.slugs.count): \(slugs))"
        }.joined(separator: "; ")
        return Message(
            "\(shown)index.md, index.html and rekap.csv put agencies of different periods side by side: \(listed); their figures are not of one time: report each period in a run, or check the profiles' periode and tahun",
            id:
                "\(shown)index.md, index.html dan rekap.csv memuat instansi dari periode yang berbeda: \(listed); angkanya bukan dari waktu yang sama: laporkan setiap periode dalam proses tersendiri, atau periksa periode dan tahun di profilnya"
        )
    }

    /// The line after a run of one agency whose row in an earlier rekap.csv differs from the one it would write.
    static func rekapNotRewritten(_ rekap: String, directory: String) -> Message {
        Message(
            "\(rekap) was not rewritten (a run of one workspace writes no index), and its row for \(directory) is no longer this agency's: it shows the figures of an earlier run; report all the workspaces together to bring it up to date",
            id:
                "\(rekap) tidak ditulis ulang (proses satu ruang kerja tidak menulis indeks), dan barisnya untuk \(directory) tidak lagi sesuai dengan instansi ini: masih memuat angka proses sebelumnya; laporkan semua ruang kerja bersama agar mutakhir"
        )
    }

    /// `50 agencies: 48 reported (12 written, 36 unchanged); 2 failed: kab/dinkes, kab/bpbd` /
    /// `50 instansi: 48 dilaporkan (12 ditulis, 36 tidak berubah); 2 gagal: kab/dinkes, kab/bpbd`.
    static func summary(_ outcomes: [AgencyOutcome]) -> Message {
        let written = outcomes.filter { $0.state == .written }.count
        let unchanged = outcomes.filter { $0.state == .unchanged }.count
        let failed = outcomes.filter { $0.row == nil }.map(\.workspace.displayPath)
        var line = Message(
            "\(outcomes.count) agenc\(outcomes.count == 1 ? "y" : "ies"): \(written + unchanged) reported "
                + "(\(written) written, \(unchanged) unchanged)",
            id:
                "\(outcomes.count) instansi: \(written + unchanged) dilaporkan (\(written) ditulis, \(unchanged) tidak berubah)"
        )
        if !failed.isEmpty {
            let list = failed.joined(separator: ", ")
            line = line + Message("; \(failed.count) failed: \(list)", id: "; \(failed.count) gagal: \(list)")
        }
        return line
    }
}
