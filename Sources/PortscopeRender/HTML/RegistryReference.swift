/// A reference from IANA's registry (`RFC9110`, a URL, a person's handle) as a label and,
/// for RFCs and http(s) URLs, a link.
public struct RegistryReference: Sendable, Hashable {
    public var label: String
    public var url: String?

    public init(_ reference: String) {
        let upper = reference.uppercased()
        if upper.hasPrefix("RFC"), let number = Int(upper.dropFirst(3)), number > 0 {
            label = "RFC \(number)"
            url = "https://www.rfc-editor.org/rfc/rfc\(number)"
        } else if (reference.hasPrefix("https://") || reference.hasPrefix("http://")),
                  !reference.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == ")" || $0 == "(" || $0 == "\"" })
        {
            label = reference
            url = reference
        } else {
            label = reference
            url = nil
        }
    }
}
