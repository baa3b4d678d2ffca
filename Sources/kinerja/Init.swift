import ArgumentParser
import Foundation
import KinerjaKit

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a workspace to fill in: profil.yaml, the tables, narasi/ and BACA-SAYA.md.",
        discussion: """
            Every value written is an example; `kinerja report` runs on the workspace as it is and says which values are still examples. With --xlsx the four tables are sheets of one workbook (data.xlsx) with drop-down lists and a `petunjuk` sheet, instead of CSV files. Existing files are never replaced.

            Example:
              kinerja init dinas-contoh --xlsx
              kinerja report dinas-contoh
            """
    )

    @Argument(help: "The folder to write the workspace into (created if needed).", completion: .directory)
    var directory: String

    @Flag(help: "Write the tables as one Excel workbook (data.xlsx) instead of CSV files.")
    var xlsx = false

    @Option(help: "The year the workspace is for.")
    var tahun: Int = StarterWorkspace.defaultYear

    @OptionGroup var language: LanguageOption

    func run() throws {
        // Outside a workspace: --bahasa, else LANG.
        let language = language.language()
        do {
            let paths = try StarterWorkspace.write(to: URL(fileURLWithPath: directory), xlsx: xlsx, year: tahun)
            let shown = directory.asFolder
            for path in paths { print(ReportWords.wrote(shown + path).text(language)) }
            print(
                Message(
                    "Fill in the example values, then run: kinerja report \(directory)",
                    id: "Ganti nilai-nilai contoh dengan data instansi, lalu jalankan: kinerja report \(directory)"
                ).text(language))
        } catch {
            printError(describe(error, language))
            throw ExitCode(74)
        }
    }
}
