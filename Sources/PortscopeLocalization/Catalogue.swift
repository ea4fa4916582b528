/// The texts of every ``Message``, one table per ``Language`` (in `Catalogue+English.swift`
/// and `Catalogue+Italian.swift`).
public enum Catalogue {
    /// The table of `language`.
    public static func table(_ language: Language) -> [Message: String] {
        switch language {
        case .english: english
        case .italian: italian
        }
    }
}
