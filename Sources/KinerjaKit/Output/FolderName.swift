extension String {
    /// A folder as the user named it, ready for a file name after it: `Output` → `Output/`; `Output/` stays.
    package var asFolder: String { hasSuffix("/") ? self : self + "/" }
}
