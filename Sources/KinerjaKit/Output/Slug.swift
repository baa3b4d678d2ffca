import Foundation

package enum Slug {
    /// Lower-case ASCII words joined by `-`: `Disdikbud` → `disdikbud`,
    /// `Dinas Pendidikan & Kebudayaan` → `dinas-pendidikan-kebudayaan`, `Café` → `cafe`.
    package static func make(_ text: String) -> String {
        var slug = ""
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
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
}
