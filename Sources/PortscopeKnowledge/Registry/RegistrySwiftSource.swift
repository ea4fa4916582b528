/// Builds the generated Swift source file that embeds the registry as one string literal.
///
/// One raw string literal compiles in seconds, where an array of 14,000 struct literals
/// would take minutes; ``ServiceRegistry`` indexes the text at first use.
public enum RegistrySwiftSource {
    /// The Swift source for registry `text` (in ``RegistryFormat``).
    public static func make(registryText text: String) -> String {
        // Pick a raw-string delimiter that cannot occur in the data.
        var hashes = "#"
        while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) {
            hashes += "#"
        }
        return """
        // GENERATED FILE — do not edit.
        // Made by `swift run portscope-registry-gen` from IANA's service-names-port-numbers.csv
        // (https://www.iana.org/assignments/service-names-port-numbers/). Format: docs/registry-format.md.
        // Regenerate: swift run portscope-registry-gen ../shared/data/iana/service-names-port-numbers.csv

        extension ServiceRegistry {
            /// IANA's registry in ``RegistryFormat``.
            static let builtinText = \(hashes)\"\"\"
        \(text)\"\"\"\(hashes)
        }

        """
    }

    /// Where the generated file lives, relative to the package root.
    public static let path = "Sources/PortscopeKnowledge/Generated/IANARegistryData.swift"
}
