/// The characters portscope never passes through as they are when it prints text someone
/// else chose (process names, command lines, registry text): the one definition every output
/// (terminal, JSON, Markdown, Prometheus labels, error messages) escapes.
///
/// - C0 controls (U+0000–U+001F), DEL and C1 controls (U+0080–U+009F): terminal commands
///   (`ESC ]0;title BEL` retitles a window, `ESC [2J` clears the screen).
/// - U+2028 and U+2029: line breaks for JavaScript and some terminals.
/// - Bidirectional controls (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069): they
///   reorder what is shown (`evil\u{202E}txt.exe`), so text would not read as it is.
public enum UnsafeCharacters {
    /// Whether `scalar` must be escaped in output.
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return true }
        if v < 0x61C { return false }
        return v == 0x61C || v == 0x200E || v == 0x200F || v == 0x2028 || v == 0x2029
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// Whether `text` has any character to escape (the fast path: most text has none).
    public static func any(in text: String) -> Bool {
        text.unicodeScalars.contains(where: contains)
    }
}
