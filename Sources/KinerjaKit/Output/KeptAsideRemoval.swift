import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Removes the earlier outputs `OutputWriter` kept aside (`.NAME.old-HEX`) once their folder has switched, on
/// threads of their own, while the run goes on with the next agency.
///
/// Removing the last link to a file frees its blocks, and on a file system mounted with `discard` (ext4 here)
/// unlink(2) then waits for the device to discard them: 2–5 ms a file, against 0,1 ms when the file was never
/// written back. A `--force` run over earlier outputs spent most of its wall time there (the kabupaten: 1,5 s of
/// unlink in a run of 2,7 s), one file after the other on the threads that render. Discards of different files
/// proceed side by side, so the threads here remove them several times faster, and the renderers never wait.
///
/// The kept-aside files are the earlier run's outputs, which nothing reads once the folder holds the new ones;
/// `waitUntilRemoved` is called before a run returns (`BatchRun`) and before a signal ends it (`Interruption`),
/// so none outlives the process that made it. At most `backlog` files wait: beyond that the caller removes its
/// own, so that waiting for them stays short.
enum KeptAsideRemoval {
    /// Threads removing files side by side (the device takes several discards at once: 64 files took 120 ms
    /// on one thread, 35 ms on four, 15 ms on eight, 19 ms on twelve).
    static let threads = 8
    /// The most files waiting to be removed; more are removed by the caller.
    static let backlog = 64

    private static let condition = NSCondition()
    nonisolated(unsafe) private static var waiting: [String] = []
    nonisolated(unsafe) private static var removing = 0
    nonisolated(unsafe) private static var started = false

    /// Removes `paths`, now or soon.
    static func remove(_ paths: [String]) {
        guard !paths.isEmpty else { return }
        condition.lock()
        guard waiting.count + paths.count <= backlog else {
            condition.unlock()
            for path in paths { _ = unlink(path) }
            return
        }
        if !started {
            started = true
            for _ in 0..<threads { Thread.detachNewThread { work() } }
        }
        waiting += paths
        condition.broadcast()
        condition.unlock()
    }

    /// Returns once every file handed to `remove` is removed.
    static func waitUntilRemoved() {
        condition.lock()
        while !waiting.isEmpty || removing > 0 { condition.wait() }
        condition.unlock()
    }

    private static func work() {
        condition.lock()
        while true {
            while waiting.isEmpty { condition.wait() }
            let path = waiting.removeLast()
            removing += 1
            condition.unlock()
            _ = unlink(path)
            condition.lock()
            removing -= 1
            if waiting.isEmpty, removing == 0 { condition.broadcast() }
        }
    }
}
