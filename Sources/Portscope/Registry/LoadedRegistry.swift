import PortscopeHost
import PortscopeKnowledge

/// The registry in effect: the user's stored copy when there is a valid one, else the built-in one.
public struct LoadedRegistry: Sendable {
    /// Where the registry came from.
    public enum Origin: Sendable, Equatable {
        case builtin
        case user(path: String)
    }

    public var registry: ServiceRegistry
    public var origin: Origin
    /// Set when a stored copy exists but could not be used (the built-in one is used instead).
    public var warning: String?

    public init(registry: ServiceRegistry, origin: Origin, warning: String? = nil) {
        self.registry = registry
        self.origin = origin
        self.warning = warning
    }

    /// Loads the user's copy from `store` if it exists and is valid.
    public static func load(store: RegistryStore = .default) -> LoadedRegistry {
        do {
            guard let text = try store.load() else {
                return LoadedRegistry(registry: .builtin, origin: .builtin)
            }
            let registry = try ServiceRegistry(text: text)
            return LoadedRegistry(registry: registry, origin: .user(path: store.path))
        } catch {
            return LoadedRegistry(
                registry: .builtin, origin: .builtin,
                warning: "ignoring \(store.path) (\(error)); using the built-in registry. Fix it with `portscope registry update --from FILE` or `portscope registry reset`."
            )
        }
    }

    /// A short description such as "built-in, IANA data of 2025-03-28".
    public var summary: String {
        let date = registry.header.updated.isEmpty ? "" : ", IANA data of \(registry.header.updated)"
        switch origin {
        case .builtin: return "built-in copy\(date)"
        case let .user(path): return "\(path)\(date)"
        }
    }
}
