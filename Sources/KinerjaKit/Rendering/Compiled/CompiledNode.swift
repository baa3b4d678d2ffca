/// One piece of a compiled template, in the order the text has them. They are the tokens swift-mustache's
/// parser makes for the same text (the same text pieces, split at the same places, since the whitespace of
/// a partial's indentation is added between pieces), for the subset kinerja supports.
enum CompiledNode: Sendable {
    /// Text as written, as UTF-8 bytes.
    case text([UInt8])
    /// `{{name}}` (escaped by the content type in force) or `{{{name}}}` / `{{& name}}` (as it is).
    case variable(CompiledName, escaped: Bool)
    /// `{{#name}}…{{/name}}`: repeated for each item of a list, once for true or any other value.
    case section(CompiledName, [CompiledNode])
    /// `{{^name}}…{{/name}}`: once when the name is absent, false or an empty list.
    case invertedSection(CompiledName, [CompiledNode])
    /// `{{> name}}`; `indentation` is the whitespace before a partial tag that stands alone on its line
    /// (nil otherwise), which swift-mustache puts before every line the partial starts.
    case partial(String, indentation: [UInt8]?)
    /// `{{% CONTENT_TYPE: NAME }}`: the escaping of the values after it in the same template or section.
    case contentType(ValueEscaping)
}
