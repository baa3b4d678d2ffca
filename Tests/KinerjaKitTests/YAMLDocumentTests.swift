import Foundation
import Testing
import Yams

@testable import KinerjaKit

@Suite struct YAMLDocumentTests {
    static let yaml = """
        tilde: ~
        empty:
        word: null
        title: Null
        upper: NULL
        tagged: !!null ""
        quoted: "~"
        quoted_empty: ""
        single: 'null'
        text: Dinas Pendidikan
        nulls: nullable
        number: 0
        list: [~]
        """

    /// `isNull` replaces Yams' `.null` resolver rule (a regular expression): it must agree with it on every value.
    @Test func isNullAgreesWithYamsNullRule() throws {
        let ours = try #require(try Yams.compose(yaml: Self.yaml, YAMLDocument.resolver)?.mapping)
        let yams = try #require(try Yams.compose(yaml: Self.yaml, Resolver.basic.appending(.null))?.mapping)
        var nullKeys: [String] = []
        for (key, node) in ours {
            let name = try #require(key.string)
            let expected = try #require(yams[Node(name)]).tag == Tag(.null)
            #expect(YAMLDocument.isNull(node) == expected, "\(name)")
            if YAMLDocument.isNull(node) { nullKeys.append(name) }
        }
        #expect(nullKeys.sorted() == ["empty", "tagged", "tilde", "title", "upper", "word"])
    }

    @Test func nullFieldsAreAbsentAndQuotedOnesAreText() throws {
        let mapping = try #require(try Yams.compose(yaml: Self.yaml, YAMLDocument.resolver)?.mapping)
        let fields = YAMLFields(file: "profil.yaml", mapping: mapping, path: "")
        var log = DiagnosticLog()
        #expect(fields.string("tilde", log: &log) == nil)
        #expect(fields.string("quoted", log: &log) == "~")
        #expect(fields.string("single", log: &log) == "null")
        #expect(fields.list("word", log: &log) == [])
        #expect(!log.hasErrors)
    }
}
