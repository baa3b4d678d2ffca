import Foundation
import KinerjaKit

#if canImport(Glibc)
    import Glibc
#endif

/// Progress of a many-agency run on stderr: on a terminal one line that updates in place
/// (`12/50 agencies, 1 failed, 3.4 s`); otherwise one plain line per finished agency; none with --quiet.
/// `update` is called one agency at a time (BatchRun serialises the calls), so no lock is needed here.
final class ProgressLine: @unchecked Sendable {
    enum Mode { case terminal, lines, quiet }

    private let mode: Mode
    private let total: Int
    private let language: Language
    private let start = DispatchTime.now()
    private var done = 0, failed = 0

    init(total: Int, quiet: Bool, language: Language) {
        self.total = total
        self.language = language
        mode = quiet || total < 2 ? .quiet : (isatty(STDERR_FILENO) == 1 ? .terminal : .lines)
    }

    private var elapsed: String {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return String(format: "%.1f s", seconds)
    }

    func update(_ outcome: AgencyOutcome) {
        done += 1
        if outcome.row == nil { failed += 1 }
        switch mode {
        case .quiet: return
        case .terminal:
            let failures = failed > 0 ? Message(", \(failed) failed", id: ", \(failed) gagal") : Message("", id: "")
            let line = Message("\(done)/\(total) agencies", id: "\(done)/\(total) instansi") + failures
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(line.text(language)), \(elapsed)".utf8))
        case .lines:
            let state: Message
            switch outcome.state {
            case .written: state = Message("written", id: "ditulis")
            case .unchanged: state = Message("unchanged", id: "tidak berubah")
            case .failed:
                let count = outcome.log.errors.count
                state = Message("FAILED (\(count) error\(count == 1 ? "" : "s"))", id: "GAGAL (\(count) kesalahan)")
            case .unwritable: state = Message("FAILED (cannot write)", id: "GAGAL (tidak dapat menulis)")
            case .checked: state = Message("checked", id: "diperiksa")
            }
            printError("[\(done)/\(total)] \(outcome.workspace.displayPath): \(state.text(language)), \(elapsed)")
        }
    }

    /// Ends the updating line so that what follows starts on a line of its own.
    func finish() {
        if mode == .terminal, done > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
