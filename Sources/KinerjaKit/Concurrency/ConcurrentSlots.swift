import Foundation

/// One slot per item of a `DispatchQueue.concurrentPerform` loop, filled in from its threads under a
/// lock, read when the loop is over. `set` runs its `then` closure under the same lock, so callers
/// see one fill at a time (the progress line relies on it).
final class ConcurrentSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value, then: (Value) -> Void = { _ in }) {
        lock.withLock {
            slots[index] = value
            then(value)
        }
    }

    /// Every slot, nil where nothing was set.
    var values: [Value?] { lock.withLock { slots } }

    /// Fills every slot with `body(index)`, running across the machine's cores.
    static func map(
        _ count: Int, _ body: @Sendable (Int) -> Value,
        then: @Sendable (Value) -> Void = { _ in }
    ) -> [Value?] {
        let slots = ConcurrentSlots(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.set(index, body(index), then: then) }
        return slots.values
    }
}
