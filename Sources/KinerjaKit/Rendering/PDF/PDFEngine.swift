import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One WeasyPrint process (PDFDriver's loop under `python3`), kept for as many documents as a run has:
/// Python and WeasyPrint start once (about half a second), not once per document. One job at a time;
/// `PDFEngines` keeps one per core for a batch.
final class PDFEngine: @unchecked Sendable {
    // @unchecked: the process and its pipes are used only by `render`, under `lock`.
    private let process: Process
    private let input: FileHandle
    private let output: Int32
    private var buffer = Data()
    private let lock = NSLock()
    /// `WeasyPrint 70.0`.
    private(set) var version = ""

    enum Failure: Error {
        /// No engine: why, in the engine's or the system's words.
        case unavailable(String)
        /// The engine refused or failed one document.
        case failed(String)
    }

    /// Starts the driver with `python` (a path or a name on PATH) and reads its first line.
    init(python: String) throws(Failure) {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", PDFDriver.source]
        // The PDF must not depend on the user's locale or time zone (no date comes from the clock, but a
        // locale could reach text shaping or number forms inside the engine).
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        environment["LANG"] = "C.UTF-8"
        environment["TZ"] = "UTC"
        environment["PYTHONHASHSEED"] = "0"
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        input = stdin.fileHandleForWriting
        output = stdout.fileHandleForReading.fileDescriptor
        do {
            try process.run()
        } catch {
            throw .unavailable("\(python): \(error.localizedDescription)")
        }
        guard let first = try? readAnswer() else {
            process.waitUntilExit()
            throw .unavailable("\(python) could not be run (exit status \(process.terminationStatus))")
        }
        if let missing = first["missing"] as? String { throw .unavailable(missing) }
        guard let engine = first["engine"] as? String else { throw .unavailable("\(python) did not start the engine") }
        version = engine
    }

    var isRunning: Bool { process.isRunning }

    deinit {
        try? input.close()
        if process.isRunning { process.terminate() }
    }

    /// The PDF of `job`.
    func render(_ job: PDFJob) throws(Failure) -> (pdf: Data, pages: Int) {
        lock.lock()
        defer { lock.unlock() }
        do {
            try input.write(contentsOf: job.encoded())
        } catch {
            throw .failed("the engine stopped (\(error.localizedDescription))")
        }
        let answer = try readAnswer()
        if let error = answer["error"] as? String { throw .failed(error) }
        guard let text = answer["pdf"] as? String, let pdf = Data(base64Encoded: text) else {
            throw .failed("the engine gave no PDF")
        }
        return (pdf, answer["pages"] as? Int ?? 0)
    }

    /// The next line of the driver's output, as a JSON object.
    private func readAnswer() throws(Failure) -> [String: Any] {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[buffer.startIndex..<end]
                buffer = Data(buffer[buffer.index(after: end)...])
                guard let object = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any] else {
                    throw .failed("the engine answered something that is not JSON")
                }
                return object
            }
            let count = read(output, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw .failed("the engine stopped") }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }
}
