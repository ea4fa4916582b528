import PortscopeSystem

/// Errors of the host module: host facts that could not be read, stored or downloaded.
public enum HostError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be read.
    case unreadable(path: String, errno: Errno)
    /// A file was read but its content is not what the kernel writes there.
    case malformed(path: String, content: String, reason: String)
    /// A file could not be written.
    case unwritable(path: String, errno: Errno)
    /// A download failed; `reason` says how.
    case downloadFailed(url: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, errno):
            if errno == .noSuchFileOrDirectory {
                return "cannot read \(path): it does not exist (is /proc mounted, and is this Linux?)"
            }
            if errno == .permissionDenied {
                return "cannot read \(path): permission denied (check the file's mode, or run as root)"
            }
            return "cannot read \(path): \(errno)"
        case let .malformed(path, content, reason):
            let shown = content.count > 60 ? String(content.prefix(60)) + "…" : content
            return "\(path) holds \"\(shown)\": \(reason)"
        case let .unwritable(path, errno):
            return "cannot write \(path): \(errno); check that the directory is writable or set XDG_DATA_HOME"
        case let .downloadFailed(url, reason):
            return "could not download \(url): \(reason); download it another way and pass the file to --from"
        }
    }
}
