/// What a renderer writes its bytes into, and the escapings with it (`ValueEscaping.append`): a
/// `[UInt8]` (`CompiledRenderer`, the tests) or the view renderer's `OutputBytes`.
protocol ByteOutput {
    var count: Int { get }
    subscript(_ index: Int) -> UInt8 { get }
    mutating func appendByte(_ byte: UInt8)
    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>)
    mutating func reserveCapacity(_ capacity: Int)
    mutating func insertByte(_ byte: UInt8, at index: Int)
    mutating func removeLastBytes(_ count: Int)
    /// Calls `body` with the bytes from `start` to the end, read in place.
    func withBytes<Result>(from start: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result
}

extension [UInt8]: ByteOutput {
    mutating func appendByte(_ byte: UInt8) { append(byte) }
    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
    mutating func insertByte(_ byte: UInt8, at index: Int) { insert(byte, at: index) }
    mutating func removeLastBytes(_ count: Int) { removeLast(count) }

    func withBytes<Result>(from start: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start...])) }
    }
}

/// The view renderer's output: bytes in one allocation that doubles when full, appended by a copy of
/// the bytes and an add to the count. An append into a `[UInt8]` (`append(contentsOf:)`, its
/// uniqueness and capacity checks, the generic copy) cost about 100 instructions, and a document of
/// 60 indicators makes some 16 000 of them (issue 22, eleventh round).
///
///     var output = OutputBytes(capacity: 4)
///     output.appendBytes(<bytes of "abcdef">)   // grows to 8: "abcdef", count 6
///     output.bytes                               // [0x61, …, 0x66]
///
/// A value type over memory it shares with its copies: a copy must not be written to while the
/// original is used (the renderer keeps one, in place).
struct OutputBytes: ByteOutput {
    /// Owns the current allocation (freed with the last copy), which moves only when the buffer grows.
    private final class Storage {
        var start: UnsafeMutablePointer<UInt8>
        init(_ start: UnsafeMutablePointer<UInt8>) { self.start = start }
        deinit { start.deallocate() }
    }

    private let storage: Storage
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 16)
        start = .allocate(capacity: self.capacity)
        storage = Storage(start)
    }

    /// The bytes written, as an array.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    subscript(_ index: Int) -> UInt8 {
        precondition(index >= 0 && index < count, "OutputBytes index out of range")
        return start[index]
    }

    mutating func appendByte(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        start[count] = byte
        count += 1
    }

    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if bytes.count > capacity - count { grow(to: count + bytes.count) }
        (start + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func reserveCapacity(_ capacity: Int) {
        if capacity > self.capacity { grow(to: capacity) }
    }

    mutating func insertByte(_ byte: UInt8, at index: Int) {
        precondition(index >= 0 && index <= count, "OutputBytes index out of range")
        if count == capacity { grow(to: count + 1) }
        // Backwards, the regions overlapping (a Markdown value's line-start backslash: rare, near the end).
        var at = count
        while at > index {
            start[at] = start[at - 1]
            at -= 1
        }
        start[index] = byte
        count += 1
    }

    mutating func removeLastBytes(_ count: Int) {
        precondition(count >= 0 && count <= self.count, "OutputBytes has fewer bytes")
        self.count -= count
    }

    func withBytes<Result>(from start: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        precondition(start >= 0 && start <= count, "OutputBytes index out of range")
        return body(UnsafeBufferPointer(start: self.start + start, count: count - start))
    }

    /// Moves the bytes to an allocation of at least `needed` bytes, at least twice the current one.
    private mutating func grow(to needed: Int) {
        let capacity = Swift.max(needed, self.capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        moved.initialize(from: start, count: count)
        start.deallocate()
        (start, self.capacity, storage.start) = (moved, capacity, moved)
    }
}
