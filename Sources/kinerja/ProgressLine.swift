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
    private let start = DispatchTime.now()
    private var done = 0, failed = 0

    init(total: Int, quiet: Bool) {
        self.total = total
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
            let failures = failed > 0 ? ", \(failed) failed" : ""
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(done)/\(total) agencies\(failures), \(elapsed)".utf8))
        case .lines:
            let state: String
            switch outcome.state {
            case .written: state = "written"
            case .unchanged: state = "unchanged"
            case .failed: state = "FAILED (\(outcome.log.errors.count) errors)"
            case .unwritable: state = "FAILED (cannot write)"
            }
            printError("[\(done)/\(total)] \(outcome.workspace.displayPath): \(state), \(elapsed)")
        }
    }

    /// Ends the updating line so that what follows starts on a line of its own.
    func finish() {
        if mode == .terminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
