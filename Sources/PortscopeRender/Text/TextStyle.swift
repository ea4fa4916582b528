/// ANSI styling for terminal output, or none (pipes, files, `NO_COLOR`).
public struct TextStyle: Sendable {
    public var colors: Bool
    /// Columns available for wrapping paragraphs.
    public var width: Int
    /// Whether long values (command lines, table rows) are cut to ``width``: only on a
    /// terminal, and not with `--wide`. Piped output is never cut.
    public var clips: Bool

    public init(colors: Bool, width: Int = 100, clips: Bool = false) {
        self.colors = colors
        self.width = max(40, width)
        self.clips = clips
    }

    /// `text` cut to `width` columns when this style clips, else unchanged.
    public func clipped(_ text: String, _ width: Int) -> String {
        clips ? DisplayWidth.clip(text, width, reset: colors) : text
    }

    /// No colours, 100 columns, nothing cut: files, pipes and golden tests.
    public static let plain = TextStyle(colors: false)

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        colors && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Splits `text` into lines of at most `width - indent` columns at spaces, each line
    /// prefixed with `indent` spaces.
    public func paragraph(_ text: String, indent: Int) -> String {
        let limit = max(20, width - indent)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty, DisplayWidth.of(line) + 1 + DisplayWidth.of(String(word)) > limit {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        let pad = String(repeating: " ", count: indent)
        return lines.map { pad + $0 }.joined(separator: "\n")
    }
}
