/// Turns catalogue messages into text in one language, filling their `{name}` placeholders.
///
/// Every user-facing sentence of `explain` and of the pages comes from here; the English
/// texts are also what JSON's `summary` says. A message missing from a language's catalogue
/// (a test forbids it) falls back to English rather than failing.
public struct Localizer: Sendable, Hashable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public static let english = Localizer(.english)
    public static let italian = Localizer(.italian)

    /// The text of `message` with each `{name}` replaced by its argument.
    public func callAsFunction(_ message: Message, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        let template = Catalogue.table(language)[message] ?? Catalogue.english[message] ?? message.rawValue
        return Self.fill(template, arguments.map { ($0.key, $0.value) })
    }

    /// `one` when `count` is 1, else `many`, each given `{n}` and `arguments`.
    public func plural(_ count: Int, one: Message, many: Message, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        var all: [(String, String)] = [("n", String(count))]
        all += arguments.map { ($0.key, $0.value) }
        let template = Catalogue.table(language)[count == 1 ? one : many] ?? Catalogue.english[count == 1 ? one : many] ?? ""
        return Self.fill(template, all)
    }

    /// "a", "a and b", "a, b and c" (Italian: "a, b e c").
    public func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " " + self(.listAnd) + " " + items.last!
        }
    }

    /// "yes" or "no".
    public func yesNo(_ value: Bool) -> String {
        self(value ? .yes : .no)
    }

    /// Replaces each `{name}` of `template` by its value; unknown names stay as they are.
    static func fill(_ template: String, _ arguments: [(String, String)]) -> String {
        guard template.contains("{") else { return template }
        var values: [Substring: String] = [:]
        for (key, value) in arguments { values[Substring(key)] = value }
        var result = ""
        result.reserveCapacity(template.utf8.count + 16)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = rest[rest.index(after: open)..<close]
            if let value = values[name] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    /// The placeholder names a template uses, for the catalogue's tests.
    public static func placeholders(_ template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
