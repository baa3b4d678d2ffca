import Foundation
import Testing

@testable import KinerjaKit

/// The view renderer's fast paths against the general ones they stand for (issue 22, ninth round); the
/// rendering itself is compared with swift-mustache by ViewRendererPropertyTests and TemplateParityTests.
struct ViewRendererFastPathTests {
    /// Pieces of texts: placeholders of both series, other scalars whose UTF-8 starts with F3 (U+C0000 to
    /// U+FFFFF) or holds its byte elsewhere (never: F3 only leads), ASCII, other 2- to 4-byte scalars.
    static let pieces = [
        "a", "–", "62,8", " ", "\n", "é", "日本", "🎓", "\u{E0001}", "\u{FFFFD}", "\u{C0000}", "\u{EFFFF}",
        Footnotes.placeholder(.reason, 0), Footnotes.placeholder(.reason, 7), Footnotes.placeholder(.rule, 0),
        Footnotes.placeholder(.rule, 5), "\u{F3}", "ó", String(repeating: "x", count: 40),
    ]

    /// `ViewRenderer.mayHoldPlaceholder` reads the text in place; `Footnotes.mayHoldPlaceholder` (what
    /// `numbering.print` asks) copies it first. They agree on every text, small (inline) and large.
    @Test func placeholderCheckAgreesWithFootnotes() {
        var random = SeededGenerator(seed: 922)
        var held = 0
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 6) { text += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }
            let expected = Footnotes.mayHoldPlaceholder(text)
            #expect(ViewRenderer.mayHoldPlaceholder(text) == expected, "\(text.unicodeScalars.map(\.value))")
            // A text from a Substring and one bridged through NSString, as a view may hold.
            let sliced = String(("<" + text + ">").dropFirst().dropLast())
            #expect(ViewRenderer.mayHoldPlaceholder(sliced) == expected)
            #expect(ViewRenderer.mayHoldPlaceholder(NSString(string: text) as String) == expected)
            if expected { held += 1 }
        }
        // Both answers occur, often.
        #expect(held > 1_000 && held < 4_000)
    }

    /// Pieces of printed values: every byte some escaping changes, Characters that carry one of them
    /// (a combining mark after it, a prepended mark before it, a lookalike), line breaks of every kind,
    /// a line start Markdown escapes, other scalars and a text too long to be held inline.
    static let escapedPieces = [
        "a", "<", ">", "&", "\"", "'", "<\u{301}", "\u{301}", "\u{600}", "|", "*", "_", "`", "\\", "[", "]", "#",
        "~", "!", "\n", "\r\n", "\r", "\u{0B}", "\u{85}", "\u{2028}", "-", "+", "=", "1", "2024", ".", ")", " ",
        "\t", ",", ";", "é", "e\u{301}", "–", "日本", "🎓", "\u{1FEF}", "62,8", String(repeating: "y", count: 20),
    ]

    /// `ValueEscaping.append` writes a printed value's escaped bytes in place where it can (nothing to
    /// escape, HTML, Markdown of ASCII alone); `escape`, the String the renderer printed before, gives the
    /// same bytes for every text and every escaping, after other bytes already in the buffer (Markdown's
    /// line-start backslash is put at an offset), for a native, a sliced and a bridged String.
    @Test func appendedEscapingAgreesWithEscape() {
        var random = SeededGenerator(seed: 1022)
        let escapings: [ValueEscaping] = [.referenceHTML, .html, .markdown, .csv, .text]
        var changed = Array(repeating: 0, count: escapings.count), kept = changed
        for _ in 0..<6_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 7) {
                text += Self.escapedPieces[Int(random.next() % UInt64(Self.escapedPieces.count))]
            }
            // Sliced between U+0001, a control, which joins no Character.
            let sliced = String(("\u{1}" + text + "\u{1}").dropFirst().dropLast())
            let texts = [text, sliced, NSString(string: text) as String]
            for (index, escaping) in escapings.enumerated() {
                let expected = Array(escaping.escape(text).utf8)
                for variant in texts {
                    var output: [UInt8] = Array("x\n".utf8)
                    escaping.append(variant, to: &output)
                    #expect(output == Array("x\n".utf8) + expected, "\(escaping) \(text.unicodeScalars.map(\.value))")
                }
                if expected == Array(text.utf8) { kept[index] += 1 } else { changed[index] += 1 }
            }
        }
        // Every escaping but TEXT changes many texts and keeps many.
        for index in escapings.indices.dropLast() { #expect(changed[index] > 1_000 && kept[index] > 300) }
    }

    /// Markdown's escaping on bytes (`MarkdownContentType.escape(_:into:)`) gives what the Character walk
    /// gives for every text it takes, and takes most texts beyond ASCII without a line break (not one
    /// whose Characters are not its bytes: a combining mark on a special byte, a prepended mark, U+1FEF).
    @Test func markdownEscapingOnBytesAgreesWithCharacters() {
        var random = SeededGenerator(seed: 1024)
        var taken = 0, left = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 6) {
                text += Self.escapedPieces[Int(random.next() % UInt64(Self.escapedPieces.count))]
            }
            guard MarkdownContentType.needsEscaping(text) else { continue }
            var output: [UInt8] = [0x78], copy = text
            let took = copy.withUTF8 { MarkdownContentType.escape($0, into: &output) }
            let expected = took ? [0x78] + Array(MarkdownContentType.escapeCharacters(text).utf8) : [0x78]
            #expect(output == expected, "\(text.unicodeScalars.map(\.value))")
            guard text.utf8.contains(where: { $0 >= 0x80 }) else { continue }
            if took { taken += 1 } else { left += 1 }
        }
        #expect(taken > 1_000 && left > 2_000, "taken \(taken) left \(left)")
    }

    /// kinerja's HTML escaping, on bytes, gives what swift-mustache's, by Characters, gives for every text
    /// but one whose `<` `>` `&` `"` `'` carries a combining mark (HTMLContent).
    @Test func htmlEscapingOnBytesAgreesWithCharacters() {
        var random = SeededGenerator(seed: 1023)
        let pieces = Self.escapedPieces.filter {
            !$0.unicodeScalars.contains { $0.value == 0x301 || $0.value == 0x600 }
        }
        var changed = 0
        for _ in 0..<6_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 7) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
            let expected = ValueEscaping.referenceHTMLEscape(text)
            #expect(HTMLContent.escape(text) == expected, "\(text.unicodeScalars.map(\.value))")
            if expected != text { changed += 1 }
        }
        #expect(changed > 1_000)
    }

    /// `ReportView.read` reads a body's name through `body` in place; the `inline` field's read
    /// (`table.reads`) copies the body first. Both give the same value for every name of every report.
    @Test func reportViewReadsTheBodyAsItsInlineField() throws {
        var checked = 0
        for period in [nil, ReportPeriod.quarter(1), .annual] {
            let report = try #require(computeReport(Paths.example, period: period).0)
            let labels = TemplateParityTests.sets().compiled.labels(.id)
            let examples = ExampleNote([ExampleValues.Finding(part: "narasi", items: ["a", "b"])])
            let archive = ArchiveNote(directory: "x/2024-TW3")
            checked += Self.compareReads(
                ReportView(
                    body: MonitoringReport(report, labels: labels, narrative: ["ringkasan": "r"]), archive: archive,
                    examples: examples, doubts: nil))
            checked += Self.compareReads(
                ReportView(
                    body: AnnualReport(report, labels: labels, narrative: [:]), archive: archive, examples: nil,
                    doubts: nil))
        }
        #expect(checked > 100)
    }

    /// Compares each name's two reads; returns how many names.
    static func compareReads<Body: TemplateView>(_ view: ReportView<Body>) -> Int {
        let table = unsafeDowncast(ViewTable.of(ReportView<Body>.self), to: TypedViewTable<ReportView<Body>>.self)
        for index in table.reads.indices {
            let fast = describe(view.read(index, in: table)), general = describe(table.reads[index](view))
            #expect(fast == general, "\(Body.self) name \(index)")
        }
        return table.reads.count
    }

    /// A value as a comparable text: a piece by its type and its context, dictionaries in key order.
    static func describe(_ value: FieldValue) -> String {
        func canonical(_ any: Any) -> String {
            if let dictionary = any as? [String: Any] {
                return "["
                    + dictionary.keys.sorted().map { "\($0): " + canonical(dictionary[$0]!) }.joined(separator: ", ")
                    + "]"
            }
            if let array = any as? [Any] { return "(" + array.map(canonical).joined(separator: ", ") + ")" }
            if let text = any as? String { return "\(text.unicodeScalars.map(\.value))" }
            return "\(any)"
        }
        func piece(_ box: ViewBox?) -> String { box.map { "\(type(of: $0)) " + canonical($0.context()) } ?? "nil" }
        switch value {
        case .text(let text): return "text \(text.unicodeScalars.map(\.value))"
        case .absent: return "absent"
        case .flag(let flag): return "flag \(flag)"
        case .labels(let labels): return "labels \(labels.sorted { $0.key < $1.key })"
        case .piece(let box): return "piece " + piece(box)
        case .optionalPiece(let box): return "optional " + piece(box)
        case .pieceOrFalse(let box): return "orFalse " + piece(box)
        case .list(let items): return "list \(items.map(piece))"
        case .footnotes(_, let series): return "footnotes \(series)"
        case .footnotesPrinted: return "printed"
        }
    }
}

/// `CSVWriter.quote` doubles quotes on bytes where it can; Foundation's `replacingOccurrences`, which it
/// used for every quoted cell, gives the same text for every cell.
struct CSVQuoteParityTests {
    static let pieces = [
        "a", "b c", ",", ";", "\"", "\"\"", "\n", "\r", "\r\n", "é", "e\u{301}", "\"\u{301}", "\u{301}", "–", "日本",
        "🎓", " ", "\t", "x\"y", "\u{FF02}", "\u{0600}", "\u{0600}\"", "\u{200D}", "'",
    ]

    static func reference(_ writer: CSVWriter, _ cell: String) -> String {
        guard writer.needsQuotes(cell) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    @Test func quoteAgreesWithFoundation() {
        var random = SeededGenerator(seed: 923)
        let writers = [CSVWriter(), CSVWriter(delimiter: ";")]
        var quoted = 0, doubled = 0
        for _ in 0..<4_000 {
            var cell = ""
            for _ in 0..<Int(random.next() % 7) { cell += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }
            for writer in writers {
                let expected = Self.reference(writer, cell)
                #expect(writer.quote(cell) == expected, "\(cell.unicodeScalars.map(\.value))")
                #expect(Array(writer.quote(cell).utf8) == Array(expected.utf8))
                if expected != cell { quoted += 1 }
                if expected.utf8.count > cell.utf8.count + 2 { doubled += 1 }
            }
        }
        #expect(quoted > 1_000 && doubled > 500)
    }
}
