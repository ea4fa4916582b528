/// The output formats front-ends offer.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, markdown
}
