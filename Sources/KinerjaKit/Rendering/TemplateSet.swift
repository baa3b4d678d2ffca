import Foundation
import Mustache

/// The templates of a run: the user's (`--templates DIR`) where they exist, the defaults otherwise.
/// Files are read here, not by `MustacheLibrary(directory:)`, so parse errors name our own paths.
public struct TemplateSet: Sendable {
    /// One template as used: its name, its text and where it came from (for the manifest).
    public struct Entry: Sendable {
        public let name: String
        public let source: String
        public let data: Data
        let template: MustacheTemplate
    }

    public private(set) var entries: [String: Entry] = [:]

    /// Names of the templates a report uses, without `.mustache`.
    public static let names = ["capaian.csv", "serapan-anggaran.csv"]

    /// Registers kinerja's content types with swift-mustache; must happen before any template is parsed.
    static let contentTypes: Void = {
        MustacheContentTypes.register(CSVContentType(), named: CSVContentType.name)
    }()

    /// Loads every template from `user` (if given) falling back to `defaults`.
    public init(defaults: URL, user: URL?, log: inout DiagnosticLog) {
        _ = Self.contentTypes
        for name in Self.names {
            let file = name + ".mustache"
            let candidates = [user, defaults].compactMap { $0?.appendingPathComponent(file) }
            guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
                log.error(defaults.appendingPathComponent(file).path, "template \(file) not found; pass --templates DIR with the templates, or set KINERJA_TEMPLATES")
                continue
            }
            guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
                log.error(url.path, "cannot read the template as UTF-8 text")
                continue
            }
            do {
                let template = try MustacheTemplate(string: text)
                entries[name] = Entry(name: file, source: url.path, data: data, template: template)
            } catch let error as MustacheTemplate.ParserError {
                log.error(url.path, line: error.context.lineNumber, column: error.context.columnNumber,
                          "template error: \(error.error)")
            } catch {
                log.error(url.path, "template error: \(error)")
            }
        }
    }

    /// Renders the template `name` (e.g. `capaian.csv`); nil when it failed to load.
    func render(_ name: String, _ context: Any) -> String? {
        entries[name]?.template.render(context)
    }
}

/// Where the default templates live: `$KINERJA_TEMPLATES`, else the `Templates/` folder of the
/// kinerja checkout the executable was built in (found by walking up from the executable), else
/// `./Templates`.
public enum TemplateLocator {
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let path = environment["KINERJA_TEMPLATES"], !path.isEmpty { return URL(fileURLWithPath: path) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("Templates")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("capaian.csv.mustache").path) {
                return candidate
            }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: "Templates")
    }
}
