/// A language portscope's pages and `explain` speak: English (the default) or Italian.
public enum Language: String, CaseIterable, Sendable, Hashable {
    case english = "en"
    case italian = "it"

    /// The language of a tag such as `it`, `it-IT`, `it_IT.UTF-8` or `EN`; nil for others.
    public init?(tag: String) {
        let primary = tag.lowercased().prefix { $0.isLetter }
        guard let language = Language.allCases.first(where: { $0.rawValue == primary }) else { return nil }
        self = language
    }

    /// The language POSIX locale variables ask for: the first set of `LC_ALL`, `LC_MESSAGES`
    /// and `LANG` decides; a locale portscope does not speak (or `C`, `POSIX`) means English.
    public static func fromEnvironment(_ variable: (String) -> String?) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = variable(name), !value.isEmpty else { continue }
            return Language(tag: value) ?? .english
        }
        return .english
    }

    /// The best language for an HTTP `Accept-Language` header (RFC 9110 §12.5.4): the
    /// highest-quality tag portscope speaks, the earlier one on a tie; English when none.
    public static func negotiate(acceptLanguage header: String?) -> Language {
        guard let header else { return .english }
        var best: (language: Language, quality: Double)?
        for item in header.split(separator: ",").prefix(32) {
            let parts = item.split(separator: ";")
            guard let tag = parts.first?.trimmingSpaces, let language = Language(tag: tag) else { continue }
            var quality: Double? = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.trimmingSpaces.split(separator: "=", maxSplits: 1)
                guard pair.count == 2, pair[0] == "q" else { continue }
                // A weight outside 0–1 makes the item invalid: it is ignored.
                quality = Double(pair[1]).flatMap { (0...1).contains($0) ? $0 : nil }
            }
            if let quality, quality > 0, quality > (best?.quality ?? 0) { best = (language, quality) }
        }
        return best?.language ?? .english
    }

    /// The language's own name, for a language switch ("English", "Italiano").
    public var nativeName: String {
        switch self {
        case .english: "English"
        case .italian: "Italiano"
        }
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
