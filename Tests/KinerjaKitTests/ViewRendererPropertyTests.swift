import Foundation
import Mustache
import Testing

@testable import KinerjaKit

/// Random templates over random typed views (issue 22): each template is rendered from the view by the
/// view renderer (`ViewResolver`, `ViewRenderer`) and by swift-mustache from the view's `[String: Any]`
/// context, and the bytes must be the same. The views have every shape a field can have — texts, an
/// `optionalText` that shadows an outer name when it is there, flags, the labels, pieces, an optional
/// piece (`ada`), a piece or false, lists (empty too, and of the view itself), an inline piece — and the
/// names include dotted ones, local ones, `.`, labels and names no view has. A template the resolver leaves
/// to the `[String: Any]` path is rendered there by the compiled renderer and compared too.
struct ViewRendererPropertyTests {
    struct Leaf: TemplateView {
        let s: String, y: String?
        static let fields: [ViewField<Self>] = [
            .text("s", "", \.s), .optionalText("y", "", \.y),
        ]
    }

    struct Inner: TemplateView {
        let s: String, a: String?, x: String?, flag: Bool, inner: Leaf, list: [Leaf]
        static let fields: [ViewField<Self>] = [
            .text("s", "", \.s), .optionalText("a", "", \.a), .optionalText("x", "", \.x), .flag("flag", "", \.flag),
            .object("inner", "", \.inner), .list("list", "", \.list),
        ]
    }

    struct Inlined: TemplateView {
        let n: String, strings: [Leaf]
        static let fields: [ViewField<Self>] = [.text("n", "", \.n), .list("strings", "", \.strings)]
    }

    struct Root: TemplateView {
        let a: String, s: String, o: String?, flag: Bool, no: Bool, labels: [String: String]
        let dict: Inner, opt: Inner?, contoh: Inner?, list: [Inner], empty: [Leaf], rows: [Root], inlined: Inlined

        static let fields: [ViewField<Self>] = [
            .text("a", "", \.a), .text("s", "", \.s), .optionalText("o", "", \.o), .flag("flag", "", \.flag),
            .flag("no", "", \.no), .labels("l", "", \.labels), .object("dict", "", \.dict),
            .optional("opt", "", \.opt), .pieceOrFalse("contoh", "", \.contoh), .list("list", "", \.list),
            .list("empty", "", \.empty), .list("rows", "", \.rows), .inline(\.inlined),
        ]
    }

    struct Views {
        var random: CompiledPropertyTests.Generator
        mutating func text() -> String { random.pick(CompiledPropertyTests.Generator.strings) }
        mutating func maybe() -> String? { random.chance(50) ? text() : nil }
        mutating func leaf() -> Leaf { Leaf(s: text(), y: maybe()) }
        mutating func leaves() -> [Leaf] { (0..<random.int(3)).map { _ in leaf() } }
        mutating func inner() -> Inner {
            Inner(s: text(), a: maybe(), x: maybe(), flag: random.chance(50), inner: leaf(), list: leaves())
        }
        mutating func root(depth: Int) -> Root {
            let labels = Dictionary(
                uniqueKeysWithValues: ["x", "y", "judul"].filter { _ in random.chance(60) }.map { ($0, text()) })
            return Root(
                a: text(), s: text(), o: maybe(), flag: random.chance(50), no: random.chance(30), labels: labels,
                dict: inner(), opt: random.chance(50) ? inner() : nil, contoh: random.chance(50) ? inner() : nil,
                list: (0..<random.int(3)).map { _ in inner() }, empty: random.chance(70) ? [] : leaves(),
                rows: depth < 2 ? (0..<random.int(3)).map { _ in root(depth: depth + 1) } : [],
                inlined: Inlined(n: text(), strings: leaves()))
        }
    }

    static let names = [
        "a", "s", "o", "x", "y", "n", "flag", "no", "l", "l.x", "l.y", "l.judul", "l.x.y", "dict", "dict.s",
        "dict.a", "dict.x", "dict.inner.s", "dict.inner.y", "dict.list", "dict.flag", "dict.nope", "opt", "opt.ada",
        "opt.s", "opt.a", "ada", "contoh", "contoh.s", "list", "empty", "rows", "strings", "inner", "inner.s", ".s",
        ".a", ".y", ".", "", "missing", "a.b", "s.x", "list.s", "flag.x",
    ]

    enum Outcome { case resolved, fellBack, refused }

    /// Renders `templates` (`main` first) from `view` both ways; records a difference.
    static func compare(_ templates: [(String, String)], _ view: Root, seed: UInt64) -> Outcome {
        _ = TemplateSet.contentTypes
        var reference = MustacheLibrary(), compiled = CompiledLibrary()
        for (name, text) in templates {
            guard let template = CompiledTemplate(text), let parsed = try? MustacheTemplate(string: text) else {
                return .refused
            }
            compiled.register(template, named: name)
            reference.register(parsed, named: name)
        }
        // One context for both renderers: a template printing a dictionary prints it in its order.
        let context = view.context
        let expected = reference.render(context, withTemplate: "main") ?? "<nil>"
        guard let program = ViewResolver.resolve("main", root: Root.self, templates: compiled.templates) else {
            let fallback = compiled.render(context, withTemplate: "main") ?? "<nil>"
            if fallback != expected {
                Issue.record(
                    "seed \(seed): the [String: Any] path differs: \(fallback.debugDescription) \(expected.debugDescription)"
                )
            }
            return .fellBack
        }
        var renderer = ViewRenderer(program, view: view, capacity: 256)
        renderer.render()
        let rendered = String(decoding: renderer.output, as: UTF8.self)
        if rendered != expected {
            Issue.record(
                "seed \(seed): view renderer \(rendered.debugDescription)\nswift-mustache \(expected.debugDescription)\ntemplates \(templates)"
            )
        }
        return .resolved
    }

    @Test(arguments: 0..<6)
    func randomTemplatesOverRandomViewsRenderTheSameBytes(batch: Int) {
        var resolved = 0, fellBack = 0
        for run in 0..<500 {
            let seed = UInt64(10_000 + batch * 500 + run)
            var generator = CompiledPropertyTests.Generator(seed: seed)
            generator.names = Self.names
            let templates = [
                ("main", generator.template(partials: ["_p1", "_p2"])),
                ("_p1", generator.template(partials: ["_p2"])), ("_p2", generator.template(partials: [])),
            ]
            var views = Views(random: generator)
            switch Self.compare(templates, views.root(depth: 0), seed: seed) {
            case .resolved: resolved += 1
            case .fellBack: fellBack += 1
            case .refused: continue
            }
        }
        #expect(resolved > 250, "only \(resolved) of 500 resolved (\(fellBack) fell back)")
    }

    /// The shapes and lookups one by one, each a template that resolves.
    @Test func eachShapeResolvesAndRendersTheSameBytes() {
        let cases = [
            "{{a}}|{{o}}|{{#dict}}{{a}}{{x}}{{o}}{{/dict}}|{{dict.a}}|{{^dict.a}}none{{/dict.a}}",
            "{{#opt}}{{ada}}{{#ada}}{{s}}{{a}}{{/ada}}{{/opt}}{{opt.ada}}{{^opt.ada}}absent{{/opt.ada}}{{#opt.ada}}{{opt.s}}{{/opt.ada}}",
            "{{#contoh}}{{s}}{{/contoh}}{{^contoh}}no{{/contoh}}{{contoh.s}}",
            "{{#list}}[{{s}}{{a}}{{#list}}({{s}}{{y}}{{a}}){{/list}}]{{/list}}{{^empty}}{{.s}}{{s}}{{/empty}}",
            "{{#rows}}{{#rows}}{{a}}{{o}}{{/rows}}{{/rows}}{{#l}}{{x}}{{judul}}{{a}}{{/l}}{{l.x}}{{^l.y}}-{{/l.y}}",
            "{{#s}}{{.}}{{s}}{{/s}}{{^s}}x{{/s}}{{#flag}}{{s}}{{/flag}}{{^no}}{{n}}{{/no}}{{#strings}}{{s}}{{/strings}}",
            "{{missing}}{{#missing}}x{{/missing}}{{^missing}}y{{/missing}}{{a.b}}{{^s.x}}z{{/s.x}}{{.a}}{{dict.inner.s}}",
        ]
        for seed in 0..<40 {
            var views = Views(random: CompiledPropertyTests.Generator(seed: UInt64(seed)))
            let view = views.root(depth: 0)
            for text in cases {
                #expect(Self.compare([("main", text)], view, seed: UInt64(seed)) == .resolved, "\(text)")
            }
        }
    }
}
