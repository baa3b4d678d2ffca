/// Templates that would never finish rendering or parsing: a partial that includes itself, directly or
/// through others (`_a` → `_b` → `_a`), sections nested deeper than any document needs, and more tags
/// than any document needs. swift-mustache would
/// recurse until the stack overflows; they are errors at the tag instead, before anything renders.
enum TemplateStructure {
    /// Deeper than this is refused: kinerja's own templates nest at most a handful of sections.
    static let deepestNesting = 100
    /// More tags than this in one template are refused: kinerja's own have at most about 150, and
    /// swift-mustache's parser takes time growing with the square of a template's length (80 000 tags:
    /// minutes). A longer document is split into partials.
    static let mostTags = 5_000

    /// Checks every template of `entries` (name → text, names without `.mustache`), logging each
    /// include loop once (at the tag that closes it) and each template nested too deeply.
    static func check(_ entries: [(name: String, source: String, text: String)], log: inout DiagnosticLog) {
        var includes: [String: [(target: String, line: Int, column: Int)]] = [:]
        var sources: [String: String] = [:]
        for entry in entries {
            sources[entry.name] = entry.source
            var depth = 0, reported = false
            let tags = MustacheTags.scan(entry.text)
            if tags.count > mostTags {
                log.error(
                    entry.source, line: tags[mostTags].line, column: tags[mostTags].column,
                    Message(
                        "the template has \(tags.count) tags, more than the \(mostTags) kinerja reads in one template (its own have at most about 150); split it into partials ({{> _bagian.md}})",
                        id:
                            "templat ini memuat \(tags.count) tag, lebih dari \(mostTags) yang dibaca kinerja dalam satu templat (templat bawaannya paling banyak sekitar 150); pecah menjadi beberapa partial ({{> _bagian.md}})"
                    ))
                continue
            }
            for tag in tags {
                switch tag.kind {
                case .section, .inverted, .block:
                    depth += 1
                    if depth > deepestNesting, !reported {
                        reported = true
                        log.error(
                            entry.source, line: tag.line, column: tag.column,
                            Message(
                                "sections are nested more than \(deepestNesting) deep here; no document needs that many, and rendering would not finish",
                                id:
                                    "bagian (section) bersarang lebih dari \(deepestNesting) tingkat di sini; tidak ada dokumen yang memerlukannya, dan penyajiannya tidak akan selesai"
                            ))
                    }
                case .partial:
                    if tag.isParent { depth += 1 }
                    includes[entry.name, default: []].append((tag.name, tag.line, tag.column))
                case .close:
                    depth = max(0, depth - 1)
                default:
                    break
                }
            }
        }
        // Depth-first search for a path back to where it started.
        var reported: Set<String> = []
        for start in includes.keys.sorted() {
            var stack: [(name: String, path: [String])] = [(start, [start])]
            var seen: Set<String> = []
            while let (name, path) = stack.popLast() {
                for include in includes[name] ?? [] {
                    if include.target == start {
                        let loop = path + [start]
                        guard reported.insert(Set(loop).sorted().joined(separator: ",")).inserted else { continue }
                        let shown = loop.map { "{{> \($0)}}" }.joined(separator: " → ")
                        log.error(
                            sources[name] ?? name, line: include.line, column: include.column,
                            Message(
                                "the partial \(start) includes itself (\(shown)); rendering would never end: remove the include that closes the loop",
                                id:
                                    "partial \(start) memuat dirinya sendiri (\(shown)); penyajiannya tidak akan berakhir: hapus pemanggilan yang menutup lingkaran itu"
                            ))
                    } else if seen.insert(include.target).inserted, includes[include.target] != nil {
                        stack.append((include.target, path + [include.target]))
                    }
                }
            }
        }
    }
}
