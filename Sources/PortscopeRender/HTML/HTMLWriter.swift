/// Writes HTML from typed parts, escaping by construction.
///
/// Element and attribute names are `StaticString`s, so only the code can choose them; every
/// dynamic string goes in as text or as an attribute value and is escaped on the way (`&`,
/// `<`, `>`, `"`, `'`, and control or bidirectional characters shown as visible escapes, as
/// on a terminal). URL attributes (`href`, `src`, `action`) take only site paths, fragments,
/// queries and `http(s)` URLs. No method takes a dynamic string as markup: hostile process
/// names, command lines and registry texts can only ever be text.
public struct HTMLWriter {
    /// The document so far.
    public private(set) var html: String

    public init(capacity: Int = 32 * 1024) {
        html = ""
        html.reserveCapacity(capacity)
    }

    /// `<name attributes>content</name>`.
    public mutating func element(_ name: StaticString, _ attributes: HTMLAttributes = [:], _ content: (inout HTMLWriter) -> Void) {
        open(name, attributes)
        content(&self)
        close(name)
    }

    /// `<name attributes>text</name>`.
    public mutating func element(_ name: StaticString, _ attributes: HTMLAttributes = [:], text: String) {
        open(name, attributes)
        self.text(text)
        close(name)
    }

    /// A void element (`<meta>`, `<link>`, `<input>`, `<br>`): no content, no end tag.
    public mutating func void(_ name: StaticString, _ attributes: HTMLAttributes = [:]) {
        open(name, attributes)
    }

    /// Escaped text (a newline in it shows as `\n`: data such as a process name is one line).
    public mutating func text(_ text: String) {
        Self.escape(text, into: &html)
    }

    /// Escaped text whose newlines stay line breaks (the lines of a `<pre>` block).
    public mutating func preformatted(_ text: String) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { html += "\n" }
            self.text(String(line))
        }
    }

    /// Escaped text of several lines, each line break a `<br>` (IANA's notes).
    public mutating func lines(_ text: String) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { void("br") }
            self.text(String(line))
        }
    }

    /// Text in which `` `spans` `` are code (the catalogue marks commands that way): each
    /// span becomes a `<code>` element, everything escaped as text.
    public mutating func prose(_ text: String) {
        var inCode = false
        for part in text.split(separator: "`", omittingEmptySubsequences: false) {
            if inCode {
                element("code", text: String(part))
            } else {
                self.text(String(part))
            }
            inCode.toggle()
        }
    }

    /// `<name attributes>prose</name>` (see ``prose(_:)``).
    public mutating func element(_ name: StaticString, _ attributes: HTMLAttributes = [:], prose: String) {
        open(name, attributes)
        self.prose(prose)
        close(name)
    }

    /// Markup written by the code itself (a doctype, a style sheet): a static string only.
    public mutating func markup(_ trusted: StaticString) {
        html += trusted.description
    }

    mutating func open(_ name: StaticString, _ attributes: HTMLAttributes) {
        html += "<"
        html += name.description
        for (key, value) in attributes {
            guard let value else { continue }
            let attribute = key.description
            html += " "
            html += attribute
            html += "=\""
            Self.escape(Self.isURLAttribute(attribute) ? Self.safeURL(value) : value, into: &html)
            html += "\""
        }
        html += ">"
    }

    mutating func close(_ name: StaticString) {
        html += "</"
        html += name.description
        html += ">"
    }

    static func isURLAttribute(_ name: String) -> Bool {
        name == "href" || name == "src" || name == "action" || name == "formaction"
    }

    /// `url` when it is a path on this site, a fragment, a query or an `http(s)` URL; `#`
    /// otherwise (a `javascript:` or `data:` URL never reaches a link).
    static func safeURL(_ url: String) -> String {
        if url.hasPrefix("//") { return "#" }
        if url.hasPrefix("/") || url.hasPrefix("#") || url.hasPrefix("?") { return url }
        let lower = url.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return url }
        return "#"
    }

    /// Appends `text` escaped for HTML text and attribute values.
    static func escape(_ text: String, into out: inout String) {
        let text = UnsafeCharactersInHTML.visible(text)
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            out += text
            return
        }
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
    }

    /// `text` escaped for HTML (for tests and callers that only need the string).
    public static func escaped(_ text: String) -> String {
        var out = ""
        escape(text, into: &out)
        return out
    }
}

/// An element's attributes, in order; a nil value leaves the attribute out.
public typealias HTMLAttributes = KeyValuePairs<StaticString, String?>

/// Control and bidirectional characters in text portscope did not write, shown visibly as
/// on a terminal.
enum UnsafeCharactersInHTML {
    static func visible(_ text: String) -> String {
        TerminalText.sanitize(text)
    }
}
