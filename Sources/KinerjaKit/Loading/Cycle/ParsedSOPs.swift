import Foundation

/// The bundled SOPs a run has parsed, by name, with what parsing them logged: every agency of a run that
/// uses the same bundled SOP gets the one parse (issue 22: the default SOP's YAML was parsed again for
/// every agency, about 2,5 % of a kabupaten run), and the same diagnostics, which name `SOP/<name>.yaml`.
/// One per `SOPLibrary`; shared by the threads that load agencies.
final class ParsedSOPs: @unchecked Sendable {
    // @unchecked: `parsed` is only touched under `lock`.
    private let lock = NSLock()
    private var parsed: [String: (sop: SOP?, log: DiagnosticLog)] = [:]

    /// The SOP `name` parsed from `data` the first time it is asked for; its diagnostics each time. Parsed under
    /// the lock: two threads that ask at once for the same SOP (the first agencies of a run) wait for one parse,
    /// not make one each (the default SOP was parsed twice in every run of two threads, issue 22).
    func sop(_ name: String, data: Data, log: inout DiagnosticLog) -> SOP? {
        lock.lock()
        defer { lock.unlock() }
        if let known = parsed[name] {
            log.append(contentsOf: known.log)
            return known.sop
        }
        var own = DiagnosticLog()
        let sop = SOPLoader.load(data, file: "SOP/\(name).yaml", log: &own)
        parsed[name] = (sop, own)
        log.append(contentsOf: own)
        return sop
    }
}
