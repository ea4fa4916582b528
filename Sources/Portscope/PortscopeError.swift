import PortscopeHost
import PortscopeKnowledge

/// Errors the façade reports to front-ends, with what to do next.
public enum PortscopeError: Error, Sendable, CustomStringConvertible {
    /// The user's input is wrong (a front-end exits with the usage code, 64).
    case usage(KnowledgeError)
    /// Data that should be IANA's registry is not (a file given to `registry update`).
    case badRegistryData(source: String, KnowledgeError)
    /// A host fact could not be read or written.
    case host(HostError)

    public var description: String {
        switch self {
        case let .usage(error): error.description
        case let .badRegistryData(source, error): "\(source): \(error)"
        case let .host(error): error.description
        }
    }

    /// Whether the error is the user's input (exit code 64).
    public var isUsageError: Bool {
        if case .usage = self { return true }
        return false
    }
}
