import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The PDF engines of a run: WeasyPrint processes started when the first PDF is asked for and reused for
/// every later one, one per core at most (a batch renders an agency per core: BatchRun). When the engine
/// cannot be started, every PDF of the run fails with the same message naming what to install.
package final class PDFEngines: @unchecked Sendable {
    // @unchecked: every field is read and changed under `condition`.
    /// The engines of this process (`kinerja report` makes one run per process).
    static let shared = PDFEngines()

    private let python: String
    private let limit: Int
    private let condition = NSCondition()
    private var idle: [PDFEngine] = []
    private var started = 0
    private var unavailable: String?
    private var engineVersion: String?

    /// - Parameter python: the interpreter with WeasyPrint; `$KINERJA_PYTHON`, else `python3` on PATH.
    init(python: String? = nil, limit: Int = ProcessInfo.processInfo.activeProcessorCount) {
        // Looked up alone: every run makes the shared engines, and ProcessInfo would copy the whole environment.
        self.python = python ?? getenv("KINERJA_PYTHON").map { String(cString: $0) } ?? "python3"
        self.limit = max(1, limit)
        // A write to an engine that died must be an error of that document, not the end of kinerja.
        signal(SIGPIPE, SIG_IGN)
    }

    /// What to say when there is no engine: what is missing and the command that installs it.
    static func missing(_ reason: String) -> Message {
        Message(
            "PDF output (--pdf, or `pdf: ya` in profil.yaml) needs WeasyPrint \(PDFDriver.minimumVersion) or later for Python 3, and \(reason); install it with `pip install \"weasyprint>=\(PDFDriver.minimumVersion)\"` (or `make pdf`), or report without --pdf",
            id:
                "keluaran PDF (--pdf, atau `pdf: ya` di profil.yaml) memerlukan WeasyPrint \(PDFDriver.minimumVersion) atau lebih baru untuk Python 3, dan \(reason); pasang dengan `pip install \"weasyprint>=\(PDFDriver.minimumVersion)\"` (atau `make pdf`), atau buat laporan tanpa --pdf"
        )
    }

    /// The engine's name and version (`WeasyPrint 70.0`), recorded in manifest.json; starts one engine.
    func version() throws(PDFEngine.Failure) -> String {
        let engine = try take()
        give(engine)
        return engine.version
    }

    /// Renders one document on an idle engine, starting one when none is idle and fewer than `limit` run.
    func render(_ job: PDFJob) throws(PDFEngine.Failure) -> (pdf: Data, pages: Int) {
        let engine = try take()
        do {
            let result = try engine.render(job)
            give(engine)
            return result
        } catch {
            // An engine that stopped is not reused; the next document starts another.
            if engine.isRunning { give(engine) } else { retire() }
            throw error
        }
    }

    private func retire() {
        condition.lock()
        started -= 1
        condition.signal()
        condition.unlock()
    }

    private func take() throws(PDFEngine.Failure) -> PDFEngine {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let reason = unavailable { throw .unavailable(reason) }
            if let engine = idle.popLast() { return engine }
            if started < limit {
                started += 1
                // Started outside the lock: another thread may take an idle engine meanwhile.
                condition.unlock()
                let result = Result { () throws(PDFEngine.Failure) in try PDFEngine(python: python) }
                condition.lock()
                switch result {
                case .success(let engine):
                    engineVersion = engine.version
                    return engine
                case .failure(let failure):
                    started -= 1
                    if case .unavailable(let reason) = failure, engineVersion == nil { unavailable = reason }
                    condition.broadcast()
                    throw failure
                }
            }
            condition.wait()
        }
    }

    private func give(_ engine: PDFEngine) {
        condition.lock()
        idle.append(engine)
        condition.signal()
        condition.unlock()
    }
}
