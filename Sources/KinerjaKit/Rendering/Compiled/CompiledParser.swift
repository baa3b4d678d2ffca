/// Reads a template's bytes once, front to back, into `CompiledNode`s: the same tokens swift-mustache's
/// parser (`MustacheTemplate.parse`) makes for the same text, step for step, including its whitespace rules
/// (a tag alone on its line takes the line with it; the whitespace before a partial becomes its indentation;
/// the whitespace at the end of the last line, after its last tag, is dropped), but in time linear in the
/// template's length (swift-mustache measures the rest of the text at each tag).
///
/// It reads only what kinerja supports. Anything else — a transform (`count(x)`), a dynamic partial
/// (`{{>*x}}`), inheritance (`{{<x}}`, `{{$x}}`), a content type kinerja has not registered, delimiters or
/// tags holding non-ASCII characters, nesting deeper than `deepestNesting` — and every text swift-mustache
/// would refuse, make it stop with `Refusal`; the caller then hands the text to swift-mustache, which
/// either reports the error or renders the template itself. So whatever this accepts, swift-mustache
/// accepts too, with the same tokens (TemplateParityTests checks both on random texts).
///
/// Reading bytes where swift-mustache reads Characters is exact when `GraphemeCheck.isByteReadable`
/// holds, which the caller checks first.
struct CompiledParser {
    /// The text cannot be compiled: swift-mustache decides.
    struct Refusal: Error {}

    /// Deeper than this is left to swift-mustache (TemplateStructure refuses a user's template nested more
    /// than 100 deep before it is parsed).
    static let deepestNesting = 128

    private let bytes: [UInt8]
    private var position = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    /// What swift-mustache's `ParserState` holds for the supported subset.
    private struct State {
        /// The name of the section being read, as written; nil at the top.
        var sectionName: ArraySlice<UInt8>?
        /// At the start of a line (a tag here may stand alone).
        var newLine = true
        var start: [UInt8] = Array("{{".utf8)
        var end: [UInt8] = Array("}}".utf8)

        func inSection(_ name: ArraySlice<UInt8>, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            if !newLine { state.newLine = false }
            return state
        }
    }

    mutating func parse() throws(Refusal) -> [CompiledNode] {
        try parse(State(), depth: 0)
    }

    private mutating func parse(_ initial: State, depth: Int) throws(Refusal) -> [CompiledNode] {
        guard depth <= Self.deepestNesting else { throw Refusal() }
        var nodes: [CompiledNode] = []
        var state = initial
        var whitespaceBefore: ArraySlice<UInt8> = []
        while position < bytes.count {
            if state.newLine {
                let start = position
                while position < bytes.count, bytes[position] == .space || bytes[position] == .tab { position += 1 }
                whitespaceBefore = bytes[start..<position]
            }
            let text = try readUntilDelimiterOrNewline(state)
            // After a newline, or (as in swift-mustache) right after an opening delimiter followed by one.
            let newline = newlineLength(at: position)
            if newline > 0 {
                nodes.append(.text(Self.joined(whitespaceBefore, text, bytes[position..<position + newline])))
                state.newLine = true
                position += newline
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Self.joined(whitespaceBefore, text)))
                whitespaceBefore = []
                state.newLine = false
            }
            guard position < bytes.count else { break }
            // Flushes the whitespace before a tag that does not stand alone as text of its own.
            func flush() {
                if !whitespaceBefore.isEmpty {
                    nodes.append(.text(Array(whitespaceBefore)))
                    whitespaceBefore = []
                }
            }
            var setNewLine = false
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName(state)
                if isStandalone(state) { setNewLine = true } else { flush() }
                let inner = try parse(state.inSection(name, newLine: setNewLine), depth: depth + 1)
                let compiled = CompiledName(ascii: name)
                nodes.append(inverted ? .invertedSection(compiled, inner) : .section(compiled, inner))
            case UInt8(ascii: "/"):
                position += 1
                let name = try readName(state)
                guard let open = state.sectionName, open == name else { throw Refusal() }
                if !isStandalone(state) { flush() }
                return nodes
            case UInt8(ascii: "!"):
                position += 1
                try skipComment(state)
                setNewLine = isStandalone(state)
            case UInt8(ascii: "{"):
                flush()
                position += 1
                let name = try readName(state)
                guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else { throw Refusal() }
                position += 1
                nodes.append(.variable(CompiledName(ascii: name), escaped: false))
            case UInt8(ascii: "&"):
                flush()
                position += 1
                let name = try readName(state)
                nodes.append(.variable(CompiledName(ascii: name), escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                try skipWhitespace()
                guard position < bytes.count, bytes[position] != UInt8(ascii: "*") else { throw Refusal() }
                let name = String(decoding: try readWord(Self.partialNameBytes, state), as: UTF8.self)
                if !whitespaceBefore.isEmpty { nodes.append(.text(Array(whitespaceBefore))) }
                if isStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: Array(whitespaceBefore)))
                } else {
                    nodes.append(.partial(name, indentation: nil))
                }
                whitespaceBefore = []
            case UInt8(ascii: "<"), UInt8(ascii: "$"):
                throw Refusal()
            case UInt8(ascii: "="):
                position += 1
                state = try readDelimiters(state)
                setNewLine = isStandalone(state)
            case UInt8(ascii: "%"):
                position += 1
                nodes.append(.contentType(try readContentType(state)))
                setNewLine = isStandalone(state)
            default:
                flush()
                let name = try readName(state)
                nodes.append(.variable(CompiledName(ascii: name), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Refusal() }
        return nodes
    }

    /// A text node's bytes: the pieces in one array, allocated once (`+` made an array per piece).
    private static func joined(
        _ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>, _ third: ArraySlice<UInt8> = []
    ) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(first.count + second.count + third.count)
        text.append(contentsOf: first)
        text.append(contentsOf: second)
        text.append(contentsOf: third)
        return text
    }

    /// The text up to the next newline (left unread) or opening delimiter (read past).
    private mutating func readUntilDelimiterOrNewline(_ state: State) throws(Refusal) -> ArraySlice<UInt8> {
        let start = position, first = state.start[0]
        while position < bytes.count {
            let byte = bytes[position]
            if byte == .lineFeed { return bytes[start..<position] }
            if byte == first {
                // swift-mustache reads as many Characters as the delimiter has, and fails when fewer remain.
                guard try hasCharacters(state.start.count, from: position) else { throw Refusal() }
                if matches(state.start, at: position) {
                    let text = bytes[start..<position]
                    position += state.start.count
                    return text
                }
            }
            position += 1
        }
        return bytes[start..<position]
    }

    /// Whether at least `count` Characters remain from `index`; refuses when it cannot tell by ASCII alone.
    private func hasCharacters(_ count: Int, from index: Int) throws(Refusal) -> Bool {
        var seen = 0, at = index
        while seen < count {
            guard at < bytes.count else { return false }
            if bytes[at] >= 0x80 {
                // A non-ASCII Character starts here (nothing joins it to the ASCII before it); how far it
                // reaches would take grapheme rules to know.
                if seen + 1 >= count { return true }
                throw Refusal()
            }
            at += bytes[at] == .carriageReturn && at + 1 < bytes.count && bytes[at + 1] == .lineFeed ? 2 : 1
            seen += 1
        }
        return true
    }

    private func matches(_ word: [UInt8], at index: Int) -> Bool {
        guard index + word.count <= bytes.count else { return false }
        for offset in 0..<word.count where bytes[index + offset] != word[offset] { return false }
        return true
    }

    /// The length of the newline Character at `index` (`\n`, `\r\n`, `\r`, VT, FF, NEL, LS, PS), else 0.
    private func newlineLength(at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        switch bytes[index] {
        case .lineFeed, 0x0B, 0x0C: return 1
        case .carriageReturn: return index + 1 < bytes.count && bytes[index + 1] == .lineFeed ? 2 : 1
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// swift-mustache's `isStandalone`: at the start of a line, and only spaces and tabs until its end,
    /// which is then read (the tag takes its line with it).
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if position == bytes.count { return true }
        var at = position
        while at < bytes.count, bytes[at] == .space || bytes[at] == .tab { at += 1 }
        let newline = newlineLength(at: at)
        guard newline > 0 else { return false }
        position = at + newline
        return true
    }

    /// Skips whitespace (Character.isWhitespace); a non-ASCII byte is refused (it could be whitespace).
    private mutating func skipWhitespace() throws(Refusal) {
        while position < bytes.count {
            let byte = bytes[position]
            if byte >= 0x80 { throw Refusal() }
            guard byte == .space || (0x09...0x0D).contains(byte) else { return }
            position += 1
        }
    }

    /// A section or variable name with the whitespace around it and the closing delimiter. Names with
    /// brackets are transforms (`count(baris)`, `first()`), left to swift-mustache.
    private mutating func readName(_ state: State) throws(Refusal) -> ArraySlice<UInt8> {
        let name = try readWord(Self.nameBytes, state)
        guard !name.contains(UInt8(ascii: "(")), !name.contains(UInt8(ascii: ")")) else { throw Refusal() }
        return name
    }

    /// Whitespace, the longest run of `allowed` bytes, whitespace, the closing delimiter.
    private mutating func readWord(_ allowed: ByteSet, _ state: State) throws(Refusal) -> ArraySlice<UInt8> {
        try skipWhitespace()
        let start = position
        while position < bytes.count, allowed.contains(bytes[position]) { position += 1 }
        let word = bytes[start..<position]
        try skipWhitespace()
        guard matches(state.end, at: position) else { throw Refusal() }
        position += state.end.count
        return word
    }

    /// A comment's text, up to and with the closing delimiter, found as swift-mustache finds it (a
    /// mismatch starts the comparison again from the delimiter's first character, at the next character).
    private mutating func skipComment(_ state: State) throws(Refusal) {
        var matched = 0
        while position < bytes.count {
            if bytes[position] == state.end[matched] {
                matched += 1
                if matched == state.end.count {
                    position += 1
                    return
                }
            } else {
                matched = 0
            }
            position += 1
        }
        throw Refusal()
    }

    /// `{{=<% %>=}}`: the new delimiters (ASCII only), for the rest of this section or template.
    private mutating func readDelimiters(_ state: State) throws(Refusal) -> State {
        func word(until stop: (UInt8) -> Bool) throws(Refusal) -> [UInt8] {
            let start = position
            while true {
                guard position < bytes.count, bytes[position] < 0x80 else { throw Refusal() }
                if stop(bytes[position]) { return Array(bytes[start..<position]) }
                position += 1
            }
        }
        func isWhitespace(_ byte: UInt8) -> Bool { byte == .space || (0x09...0x0D).contains(byte) }
        try skipWhitespace()
        let start = try word(until: isWhitespace)
        try skipWhitespace()
        let end = try word { $0 == UInt8(ascii: "=") || isWhitespace($0) }
        try skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw Refusal() }
        position += 1
        guard matches(state.end, at: position) else { throw Refusal() }
        position += state.end.count
        guard !start.isEmpty, !end.isEmpty else { throw Refusal() }
        var changed = state
        (changed.start, changed.end) = (start, end)
        return changed
    }

    /// `{{% CONTENT_TYPE: NAME }}` with a name kinerja registered.
    private mutating func readContentType(_ state: State) throws(Refusal) -> ValueEscaping {
        try skipWhitespace()
        let variable = try readRun(Self.nameBytesWithoutBrackets)
        try skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw Refusal() }
        position += 1
        try skipWhitespace()
        let value = try readRun(Self.nameBytesWithoutBrackets)
        try skipWhitespace()
        guard matches(state.end, at: position) else { throw Refusal() }
        position += state.end.count
        guard variable == "CONTENT_TYPE", let escaping = ValueEscaping(pragma: value) else { throw Refusal() }
        return escaping
    }

    private mutating func readRun(_ allowed: ByteSet) throws(Refusal) -> String {
        let start = position
        while position < bytes.count, allowed.contains(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private static let nameCharacters = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*"
    private static let nameBytesWithoutBrackets = ByteSet(nameCharacters)
    private static let nameBytes = ByteSet(nameCharacters + "()")
    private static let partialNameBytes = ByteSet(nameCharacters + "()/")
}

/// A set of ASCII bytes as a table: asked about every byte of every tag, where a `Set<UInt8>` hashed each.
private struct ByteSet {
    private let members: [Bool]

    init(_ characters: String) {
        var members = [Bool](repeating: false, count: 256)
        for byte in characters.utf8 { members[Int(byte)] = true }
        self.members = members
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool { members[Int(byte)] }
}

private extension UInt8 {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
}
