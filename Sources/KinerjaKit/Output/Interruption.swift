import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-C (SIGINT), SIGTERM and SIGHUP end a `kinerja report`, but never while an agency's folder switches
/// from its earlier outputs to the new ones (`OutputWriter`'s renames): a run stopped there had left a folder
/// whose capaian.csv held the new figures and whose manifest and ringkasan the old (a planner's trial). The
/// signals are blocked in every thread and taken by one thread of their own (`sigwait`), which ends the process
/// at once when no folder is switching, else when the last switching folder is whole. A folder is then all of
/// the earlier run or all of this one; the temporaries of files not yet switched are removed by the next run
/// (`OutputWriter.removeLeftovers`).
package enum Interruption {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var switching = 0
    nonisolated(unsafe) private static var pending: Int32 = 0
    nonisolated(unsafe) private static var farewell: [UInt8] = []

    private static var signals: sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, signal) }
        return set
    }

    /// Called by `kinerja report` before it starts any other thread (threads inherit the blocked signals).
    /// `message` is said on standard error when a signal ends the run.
    package static func deferWhileSwitching(message: String) {
        farewell = Array((message + "\n").utf8)
        var set = signals
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let thread = Thread {
            var set = signals
            var signal: Int32 = 0
            while sigwait(&set, &signal) == 0 {
                lock.lock()
                if switching == 0 { end(signal) }
                pending = signal
                lock.unlock()
            }
        }
        thread.start()
    }

    /// Runs `body` (one folder's renames) with the signals held until it returns.
    static func whileSwitching<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        if pending != 0, switching == 0 { end(pending) }  // a folder not yet begun is left as it was
        switching += 1
        lock.unlock()
        defer {
            lock.lock()
            switching -= 1
            if switching == 0, pending != 0 { end(pending) }
            lock.unlock()
        }
        return try body()
    }

    /// Says so and ends the process with the shell's status for the signal (130 for Ctrl-C).
    /// The earlier outputs still kept aside in folders already whole are removed first (`KeptAsideRemoval`).
    private static func end(_ signal: Int32) -> Never {
        KeptAsideRemoval.waitUntilRemoved()
        _ = farewell.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        _exit(128 + signal)
    }
}
