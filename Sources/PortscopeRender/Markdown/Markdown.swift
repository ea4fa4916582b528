/// Escaping for text placed into Markdown (CommonMark / GitHub-flavoured) documents.
public enum Markdown {
    /// Escapes `text` for a paragraph or table cell: Markdown punctuation is backslash-escaped,
    /// `<`, `>` and `&` become entities (so no HTML passes through), `|` cannot split a
    /// table cell, and newlines become `<br>`.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in TerminalText.sanitize(text, keepNewlines: true) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "~", "!", "{", "}":
                out += "\\" + String(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n": out += "<br>"
            default: out.append(character)
            }
        }
        return out
    }

    /// Inline code; picks a backtick fence longer than any run inside `text`.
    public static func code(_ text: String) -> String {
        let clean = TerminalText.sanitize(text)
        var longest = 0
        var run = 0
        for character in clean {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = clean.hasPrefix("`") || clean.hasSuffix("`") ? " " : ""
        return fence + pad + clean + pad + fence
    }

    /// A link for a registry reference: RFCs go to rfc-editor.org, URLs link to themselves,
    /// anything else (IANA's people and footnote ids) is plain text.
    public static func reference(_ reference: String) -> String {
        let parsed = RegistryReference(reference)
        guard let url = parsed.url else { return escape(parsed.label) }
        return parsed.label == url ? "<\(url)>" : "[\(parsed.label)](\(url))"
    }
}
