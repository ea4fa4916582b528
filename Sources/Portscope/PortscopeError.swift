import PortscopeHost
import PortscopeKnowledge
import PortscopeSockets
import PortscopeSystem

/// Errors the façade reports to front-ends, with what to do next.
public enum PortscopeError: Error, Sendable, CustomStringConvertible {
    /// The user's input is wrong (a front-end exits with the usage code, 64).
    case usage(KnowledgeError)
    /// Data that should be IANA's registry is not (a file given to `registry update`).
    case badRegistryData(source: String, KnowledgeError)
    /// A host fact could not be read or written.
    case host(HostError)
    /// Sockets could not be listed.
    case sockets(SocketSourceError)
    /// No port satisfied the constraints.
    case noPortAvailable(reason: String)
    /// A bind that portscope needed failed.
    case bind(port: UInt16, errno: Errno)
    /// A registry update would drop most assignments (a truncated or wrong file).
    case registryShrinks(source: String, removed: Int, of: Int, examples: [String])

    public var description: String {
        switch self {
        case let .usage(error): error.description
        case let .badRegistryData(source, error): "\(source): \(error)"
        case let .host(error): error.description
        case let .sockets(error): error.description
        case let .noPortAvailable(reason): "no port picked: \(reason)"
        case let .bind(port, errno): "could not bind port \(port): \(errno)"
        case let .registryShrinks(source, removed, total, examples):
            "\(source) would remove \(removed) of the \(total) assignments of the registry in use (e.g. \(examples.joined(separator: ", "))): is it a truncated copy? Nothing was stored; add --force to store it anyway"
        }
    }

    /// Whether this OS lacks the backend (exit code 69).
    public var isUnsupported: Bool {
        if case .sockets(.unsupportedPlatform) = self { return true }
        return false
    }

    /// Whether the error is the user's input (exit code 64).
    public var isUsageError: Bool {
        if case .usage = self { return true }
        return false
    }
}
