import Portscope
import PortscopeKnowledge

/// portscope's version, shown by `portscope --version`.
enum PortscopeVersion {
    static let current = "0.1.0"

    /// `portscope --version`: the version and the IANA registry snapshot in use (the built-in
    /// one's date, and the user's stored copy when one is in effect).
    static func report(_ loaded: LoadedRegistry) -> String {
        let builtin = ServiceRegistry.builtin.header.updated
        var lines = ["portscope \(current)"]
        switch loaded.origin {
        case .builtin:
            lines.append("IANA registry: built-in snapshot of \(builtin)")
        case .user:
            lines.append("IANA registry: \(loaded.summary) (built-in snapshot: \(builtin); `portscope registry status`)")
        }
        if let warning = loaded.warning { lines.append("note: \(warning)") }
        return lines.joined(separator: "\n")
    }
}
