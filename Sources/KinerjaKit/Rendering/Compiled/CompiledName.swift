/// A name as a tag writes it (`l.judul`, `.`, `.nama`), split on `.` once when the template is parsed,
/// where swift-mustache splits it again at every lookup.
///
/// The lookup rules are swift-mustache's: `.` is the current item; a name starting with `.` is looked up in
/// the current item only; any other name's first part is looked up from the innermost item outwards, and
/// the rest of its parts inside what that found (never outwards again). Empty parts are dropped, so `a..b`
/// is `a.b` and an empty name (`{{}}`) is the current item, as in swift-mustache.
struct CompiledName: Sendable, Equatable {
    /// The parts between the dots, empty ones dropped.
    let parts: [String]
    /// The name started with `.`: looked up in the current item alone.
    let isLocal: Bool

    init(_ written: String) {
        parts = written.split(separator: ".").map(String.init)
        isLocal = written.first == "."
    }

    /// The name of a tag as the parser read it: ASCII bytes only (CompiledParser's name characters), so
    /// splitting the bytes at `.` splits the Characters there too, without walking them. One pass over
    /// the bytes, each part made from its bytes in place (a generic `split` and `map` were a quarter of
    /// the parsing of the default templates).
    init(ascii written: ArraySlice<UInt8>) {
        var parts: [String] = []
        written.withUnsafeBufferPointer { bytes in
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: ".") {
                if end > start {
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
                start = end + 1
            }
        }
        self.parts = parts
        isLocal = written.first == UInt8(ascii: ".")
    }
}
