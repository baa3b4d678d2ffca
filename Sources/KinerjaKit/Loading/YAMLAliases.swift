import Foundation

/// YAML anchors and aliases (`&a`, `*a`) are refused in kinerja's files before they are parsed. No
/// profile, SOP or label file needs them, and aliases nested as keys (`? *a9`, nine levels of nine) make
/// Yams' duplicate-key check expand them for hours. A value is written out where it is needed instead.
enum YAMLAliases {
    /// The first alias of `text` that follows an anchor, with its 1-based line and column; nil when the
    /// file has no anchor or no alias. Tokens in quotes are not looked at, and `**bold**` is no alias.
    static func first(in text: String) -> (line: Int, column: Int, name: String)? {
        guard text.contains("&"), text.contains("*") else { return nil }
        var anchors = false
        var found: (line: Int, column: Int, name: String)?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let chars = Array(rawLine)
            var quote: Character?
            var i = 0
            while i < chars.count {
                let ch = chars[i]
                if let open = quote {
                    if ch == open { quote = nil }
                } else if ch == "\"" || ch == "'" {
                    quote = ch
                } else if ch == "#", i == 0 || chars[i - 1] == " " {
                    break
                } else if ch == "&" || ch == "*", i == 0 || " \t[{,:?-".contains(chars[i - 1]) {
                    var j = i + 1
                    while j < chars.count, chars[j].isLetter || chars[j].isNumber || "_-".contains(chars[j]) { j += 1 }
                    if j > i + 1, j == chars.count || " \t,]}:".contains(chars[j]) {
                        if ch == "&" {
                            anchors = true
                        } else if found == nil {
                            found = (index + 1, i + 1, String(chars[(i + 1)..<j]))
                        }
                    }
                    i = j
                    continue
                }
                i += 1
            }
        }
        return anchors ? found : nil
    }

    static func refusal(_ alias: (line: Int, column: Int, name: String)) -> Message {
        Message(
            "the alias *\(alias.name) refers to an anchor; kinerja's files do not use YAML anchors and aliases: write the value out where it is needed",
            id:
                "alias *\(alias.name) merujuk ke sebuah anchor; berkas kinerja tidak memakai anchor dan alias YAML: tulis nilainya langsung di tempat yang memerlukannya"
        )
    }
}
