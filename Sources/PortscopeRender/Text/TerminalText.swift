import PortscopeKnowledge

/// Makes untrusted text safe to print on a terminal.
///
/// Process names, command lines and registry text are data, never instructions to the
/// terminal: every control character is shown in a visible escaped form instead of being
/// sent, so `"\u{1B}]0;owned\u{7}"` prints as `\e]0;owned\a` and cannot retitle a window,
/// clear the screen or move the cursor.
public enum TerminalText {
    /// `text` with control characters (C0, DEL, C1) replaced by visible escapes.
    /// Tabs become one space and newlines `\n` unless `keepNewlines` is set.
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        guard UnsafeCharacters.any(in: text) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            guard UnsafeCharacters.contains(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": out += keepNewlines ? "\n" : "\\n"
            case "\t": out += " "
            case "\u{1B}": out += "\\e"
            case "\u{07}": out += "\\a"
            case "\r": out += "\\r"
            case "\u{08}": out += "\\b"
            default:
                let hex = String(scalar.value, radix: 16)
                out += scalar.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" : "") + hex : "\\u{\(hex)}"
            }
        }
        return out
    }

    /// `text` as a Prometheus label value: every unsafe character shown as a visible escape
    /// (the exposition format itself escapes only backslash, quote and newline, which
    /// swift-prometheus does). Every label value goes through here.
    public static func label(_ text: String) -> String {
        sanitize(text)
    }
}
