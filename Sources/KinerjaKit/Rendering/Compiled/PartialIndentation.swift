/// A renderer into one byte buffer, indenting a standalone partial's lines as swift-mustache does
/// (`CompiledRenderer` from a context, `ViewRenderer` from a typed view: the same rule for both).
protocol IndentingRenderer {
    var output: [UInt8] { get set }
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
        let start = output.count
        indentation.withUnsafeBufferPointer { indentation in
            for node in nodes { indenting(since: start, indentation) { render(&$0, node) } }
        }
    }

    /// Renders one piece with `render`, of a call that started at `start` in `output`, by `indenting`'s rule.
    mutating func indenting(
        since start: Int, _ indentation: UnsafeBufferPointer<UInt8>, _ render: (inout Self) -> Void
    ) {
        let end = output.count
        if end > start, output[end - 1] == 0x0A, !(end - 1 > start && output[end - 2] == 0x0D) {
            output.append(contentsOf: indentation)
            let after = output.count
            render(&self)
            if output.count == after { output.removeLast(indentation.count) }
        } else {
            render(&self)
        }
    }
}
