import Foundation

/// The bundled SOPs a run has parsed, by name, with what parsing them logged: every agency of a run that
/// uses the same bundled SOP gets the one parse (issue 22: the default SOP's YAML was parsed again for
/// every agency, about 2,5 % of a kabupaten run), and the same diagnostics, which name `SOP/<name>.yaml`.
/// One per `SOPLibrary`; shared by the threads that load agencies.
final class ParsedSOPs: @unchecked Sendable {
    // @unchecked: `parsed` is only touched under `lock`.
    private let lock = NSLock()
    private var parsed: [String: (sop: SOP?, log: DiagnosticLog)] = [:]

    /// The SOP `name` parsed from `data` the first time it is asked for; its diagnostics each time.
    func sop(_ name: String, data: Data, log: inout DiagnosticLog) -> SOP? {
        lock.lock()
        if let known = parsed[name] {
            lock.unlock()
            log.append(contentsOf: known.log)
            return known.sop
        }
        lock.unlock()
        var own = DiagnosticLog()
        let sop = SOPLoader.load(data, file: "SOP/\(name).yaml", log: &own)
        lock.lock()
        parsed[name] = (sop, own)
        lock.unlock()
        log.append(contentsOf: own)
        return sop
    }
}
