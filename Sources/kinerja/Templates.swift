import ArgumentParser
import Foundation
import KinerjaKit

struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Work with the report templates.",
        subcommands: [Export.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Copy the default templates and label files into a folder to edit.",
            discussion: """
                Edit the copies, then pass the folder to `kinerja report --templates DIR`. Files you delete fall back to the defaults. The names a template can use are listed in docs/templates.md.

                Example:
                  kinerja templates export my-templates
                  kinerja report examples/disdikbud-pesisir-selatan --templates my-templates
                """
        )

        @Argument(help: "The folder to copy the templates into (created if needed).", completion: .directory)
        var directory: String

        @Flag(help: "Replace templates that already exist in the folder.")
        var force = false

        @OptionGroup var language: LanguageOption

        func run() throws {
            let language = language.language()
            do {
                let names = try TemplateExport.export(
                    from: TemplateLocator.templates(),
                    to: URL(fileURLWithPath: directory), overwrite: force)
                let shown = directory.asFolder
                for name in names { print(ReportWords.wrote(shown + name).text(language)) }
            } catch {
                printError(describe(error, language))
                throw ExitCode(74)
            }
        }
    }
}
