/// Errors of the knowledge module: bad user input and malformed registry data.
///
/// Each message says what happened and what to do next.
public enum KnowledgeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text given as a port is not a valid port: `reason` says why.
    case invalidPort(input: String, reason: String)
    /// The part after `/` is not tcp, udp, sctp or dccp.
    case unknownProtocol(input: String, protocolName: String)
    /// No IANA service has this name; `suggestions` are the closest names.
    case unknownService(name: String, suggestions: [String])
    /// The service name is registered, but without any port number (DNS-SD only).
    case serviceWithoutPort(name: String)
    /// The service exists, but not for the protocol asked.
    case serviceNotOnProtocol(name: String, protocolName: String, available: [String])
    /// A line of an IANA CSV file could not be read.
    case malformedCSV(line: Int, reason: String)
    /// A line of a compact registry file could not be read.
    case malformedRegistry(line: Int, reason: String)

    public var description: String {
        switch self {
        case let .invalidPort(input, reason):
            return "\(quoted(input)) is not a port: \(reason)"
        case let .unknownProtocol(input, name):
            return "unknown protocol \(quoted(name)) in \(quoted(input)): use tcp, udp, sctp or dccp, e.g. 5060/udp"
        case let .unknownService(name, suggestions):
            let hint = suggestions.isEmpty
                ? "give a port number or an IANA service name such as https"
                : "did you mean \(suggestions.joined(separator: ", "))?"
            return "no IANA service is named \(quoted(name)): \(hint)"
        case let .serviceWithoutPort(name):
            return "\(quoted(name)) is registered at IANA without a port number (it is a DNS-SD service name): give a port number instead"
        case let .serviceNotOnProtocol(name, proto, available):
            return "\(quoted(name)) has no \(proto) port at IANA; it is registered for \(available.joined(separator: ", "))"
        case let .malformedCSV(line, reason):
            return "IANA CSV line \(line): \(reason); download a fresh copy from https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.csv"
        case let .malformedRegistry(line, reason):
            return "registry line \(line): \(reason); run `portscope registry update` again or `portscope registry reset`"
        }
    }
}

/// Quotes user input for an error message, making control characters visible.
func quoted(_ text: String) -> String {
    var out = "'"
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\t": out += "\\t"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "'": out += "\\'"
        default:
            if UnsafeCharacters.contains(scalar) {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "'"
}
