import Foundation

package enum Slug {
    /// Lower-case ASCII words joined by `-`: `Disdikbud` → `disdikbud`,
    /// `Dinas Pendidikan & Kebudayaan` → `dinas-pendidikan-kebudayaan`, `Café` → `cafe`.
    ///
    /// An ASCII text is its own canonical decomposition, so only another is decomposed (Foundation's
    /// `decomposedStringWithCanonicalMapping` bridges the text through NSString, and its first use costs two
    /// searches of the binary's conformance records: about 0,5 M instructions of a one-agency run). The
    /// ASCII scalars in `CharacterSet.alphanumerics` are the digits and the Latin letters.
    package static func make(_ text: String) -> String {
        var slug = ""
        let scalars =
            text.utf8.allSatisfy { $0 < 0x80 }
            ? text.unicodeScalars : text.decomposedStringWithCanonicalMapping.unicodeScalars
        for scalar in scalars {
            if isASCIIAlphanumeric(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.lowercased().isEmpty ? "instansi" : slug.lowercased()
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }
}
