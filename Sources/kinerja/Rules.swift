import ArgumentParser
import KinerjaKit

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aturan",
        abstract: "Print the rules every figure of the reports is computed by (Aturan Perhitungan Capaian).",
        discussion: """
            The reports' footer names this document. It is docs/aturan-capaian.md of kinerja \(KinerjaVersion.current), kept in the binary; --siklus prints docs/siklus.md, the rules of the monitoring cycle (deadlines, statuses, lateness, on-time share). Example:
              kinerja aturan > aturan-capaian.md
            """
    )

    @Flag(help: "Print the rules of the monitoring cycle (Aturan Siklus Pemantauan) instead.")
    var siklus = false

    func run() {
        print(siklus ? RulesText.siklus : RulesText.capaian)
    }
}

struct Guide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "panduan",
        abstract:
            "Print the planner's guide, in Indonesian (Panduan Perencana): init, the workbook, check, report, signing, archiving.",
        discussion:
            "It is docs/panduan.md of kinerja \(KinerjaVersion.current), kept in the binary. Example:\n  kinerja panduan > panduan.md"
    )

    func run() {
        print(RulesText.panduan)
    }
}
