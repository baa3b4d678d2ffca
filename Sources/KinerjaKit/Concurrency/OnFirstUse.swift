import Foundation

/// A value made once, by the first caller that asks for it (the others wait for it under the lock).
///
/// The default templates are read this way (`BundledFiles`): by the thread that parses them, not by the
/// command line's thread before the run starts (BENCHMARKS.md, seventh round).
final class OnFirstUse<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `made` is only read and written under `lock`.
    private let lock = NSLock()
    private var made: Value?
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        lock.withLock {
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
