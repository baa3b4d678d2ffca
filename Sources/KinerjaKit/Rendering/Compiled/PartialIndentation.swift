/// A renderer into one byte buffer, indenting a standalone partial's lines as swift-mustache does
/// (`CompiledRenderer` from a context, `ViewRenderer` from a typed view: the same rule for both).
protocol IndentingRenderer {
    associatedtype Output: ByteOutput
    /// The bytes rendered so far.
    var written: Output { get set }
}

extension IndentingRenderer {
    /// Renders each of `nodes` with `render`, putting `indentation` before a piece that renders something
    /// when what this call rendered so far ends in "\n" (a Character: "\r\n" is another). So each item of a
    /// section after the first, which swift-mustache renders apart and joins without looking at its lines,
    /// starts without it.
    mutating func indenting<Node>(
        _ nodes: [Node], indentation: [UInt8], _ render: (inout Self, Node) -> Void
    ) {
        guard !indentation.isEmpty else {
            for node in nodes { render(&self, node) }
            return
        }
        let start = written.count
        indentation.withUnsafeBufferPointer { indentation in
            for node in nodes { indenting(since: start, indentation) { render(&$0, node) } }
        }
    }

    /// Renders one piece with `render`, of a call that started at `start` in `written`, by `indenting`'s rule.
    mutating func indenting(
        since start: Int, _ indentation: UnsafeBufferPointer<UInt8>, _ render: (inout Self) -> Void
    ) {
        let end = written.count
        if end > start, written[end - 1] == 0x0A, !(end - 1 > start && written[end - 2] == 0x0D) {
            written.appendBytes(indentation)
            let after = written.count
            render(&self)
            if written.count == after { written.removeLastBytes(indentation.count) }
        } else {
            render(&self)
        }
    }
}
