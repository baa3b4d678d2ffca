/// The tool's version, recorded in every manifest.json.
public enum KinerjaVersion {
    public static let current = "0.1.0"
}
