import Foundation

/// A value made on a thread of its own from the moment it is asked for; `value` waits until it is ready.
///
/// `kinerja report` parses its templates this way while the first agencies load and compute, which
/// need no templates: on two cores a run of one agency finishes several milliseconds sooner (BENCHMARKS.md).
final class Eventually<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `result` is only read and written under `condition`.
    private let condition = NSCondition()
    private var result: Value?

    init(_ make: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            let made = make()
            condition.lock()
            result = made
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The value, waiting for it when it is still being made.
    var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}
