/// What the user asked about: a port number or a service name, optionally with a protocol.
///
/// Accepted forms: `443`, `443/tcp`, `https`, `sip/udp`, `HTTPS/TCP`.
/// Rejected, with a reason: empty text, whitespace, signs (`+80`, `-1`), numbers above
/// 65535, leading zeros (`08080`: some tools read them as octal, so portscope asks
/// for `8080`), hex or other notations, and unknown protocols (`80/xyz`).
/// `0` is accepted: it is a real (reserved) entry in the registry, and binding it means
/// "any ephemeral port".
public enum PortQuery: Equatable, Sendable {
    case number(Port, TransportProtocol?)
    case service(String, TransportProtocol?)

    /// The protocol the query is restricted to, if any.
    public var transport: TransportProtocol? {
        switch self {
        case let .number(_, proto), let .service(_, proto): proto
        }
    }

    /// Parses user input; see the type's documentation for the accepted forms.
    public static func parse(_ input: String) throws(KnowledgeError) -> PortQuery {
        if input.isEmpty {
            throw .invalidPort(input: input, reason: "it is empty; give a number from 0 to 65535 or a service name such as https")
        }
        if input.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
            throw .invalidPort(input: input, reason: "it contains whitespace; remove it, e.g. 8080 or 5060/udp")
        }
        var body = Substring(input)
        var transport: TransportProtocol?
        if let slash = input.lastIndex(of: "/") {
            let head = input[..<slash]
            let tail = String(input[input.index(after: slash)...])
            if let proto = TransportProtocol(name: tail) {
                body = head
                transport = proto
            } else if !head.contains(where: \.isLetter) {
                // A number (or nothing) before the slash: the suffix must be a protocol.
                throw .unknownProtocol(input: input, protocolName: tail)
            }
            // Otherwise the slash is part of a service name, such as IANA's "cl/1".
        }
        if let number = try parseNumber(body, input: input) {
            return .number(number, transport)
        }
        guard body.unicodeScalars.allSatisfy(isServiceNameScalar) else {
            throw .invalidPort(input: input, reason: "it is neither a number from 0 to 65535 nor a service name (letters, digits and -._+*/ only)")
        }
        return .service(String(body), transport)
    }

    /// Parses `body` as a decimal port; nil when it is not number-like at all.
    private static func parseNumber(_ body: Substring, input: String) throws(KnowledgeError) -> Port? {
        guard let first = body.first else {
            throw .invalidPort(input: input, reason: "nothing comes before the '/'; write it as 5060/udp")
        }
        if first == "+" || first == "-" {
            let rest = body.dropFirst()
            if !rest.isEmpty, rest.allSatisfy(isASCIIDigit) {
                let sign = first == "-" ? "negative numbers are not ports" : "ports take no sign"
                throw .invalidPort(input: input, reason: "\(sign); port numbers are 0 to 65535")
            }
            return nil
        }
        guard isASCIIDigit(first) else { return nil }
        guard body.allSatisfy(isASCIIDigit) else {
            if body.hasPrefix("0x") || body.hasPrefix("0X") {
                throw .invalidPort(input: input, reason: "hexadecimal is not accepted; write the port in decimal")
            }
            if body.contains(where: \.isLetter), body.allSatisfy(isServiceNameCharacter) {
                return nil // a service name that starts with a digit, such as "914c/g" or "3com-tsmux"
            }
            throw .invalidPort(input: input, reason: "it is not a decimal number; port numbers are 0 to 65535")
        }
        if body.count > 1, first == "0" {
            let trimmed = body.drop(while: { $0 == "0" })
            let value = trimmed.isEmpty ? "0" : String(trimmed)
            throw .invalidPort(input: input, reason: "leading zeros are not accepted (some tools read them as octal); did you mean \(value)?")
        }
        guard body.count <= 5, let value = Int(body), let port = Port(exactly: value) else {
            throw .invalidPort(input: input, reason: "it is out of range; port numbers are 16 bits, 0 to 65535")
        }
        return port
    }
}

private func isASCIIDigit(_ c: Character) -> Bool { c >= "0" && c <= "9" }
private func isServiceNameCharacter(_ c: Character) -> Bool {
    c.isASCII && (c.isLetter || c.isNumber || "-._+*/".contains(c))
}
private func isServiceNameScalar(_ s: Unicode.Scalar) -> Bool {
    s.isASCII && isServiceNameCharacter(Character(s))
}
