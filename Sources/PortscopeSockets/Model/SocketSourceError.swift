import PortscopeSystem

/// Why sockets could not be listed.
public enum SocketSourceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A netlink call failed.
    case netlink(operation: String, errno: Errno)
    /// The kernel answered a request with an error (NLMSG_ERROR or a failed NLMSG_DONE).
    case kernel(request: String, errno: Errno)
    /// A reply could not be decoded.
    case malformed(reason: String)
    /// A `/proc/net` file could not be read.
    case unreadable(path: String, errno: Errno)
    /// This OS has no socket backend yet.
    case unsupportedPlatform
    /// A request portscope cannot make (out of the kernel's limits or the API's).
    case invalidRequest(String)
    /// The kernel did not finish a dump in time.
    case timedOut(request: String, seconds: Double)
    /// The socket table changed under every walk of a dump (`NLM_F_DUMP_INTR`), `times` in a row.
    case interrupted(request: String, times: Int)

    public var description: String {
        switch self {
        case let .netlink(operation, errno):
            return "netlink \(operation) failed: \(errno) (is NETLINK_SOCK_DIAG blocked by a sandbox or seccomp?)"
        case let .kernel(request, errno):
            return "the kernel refused the \(request) dump: \(errno)"
        case let .malformed(reason):
            return "unexpected netlink reply: \(reason); run the command again, and if it repeats, report it with the output of `uname -r`"
        case let .invalidRequest(reason):
            return reason
        case let .timedOut(request, seconds):
            return "the kernel did not finish the \(request) dump within \(seconds) s"
        case let .unreadable(path, errno):
            return "cannot read \(path): \(errno); is /proc mounted?"
        case let .interrupted(request, times):
            return "the \(request) dump was interrupted \(times) times in a row (the socket table changes too fast)"
        case .unsupportedPlatform:
            return "listing sockets is not supported on this OS yet (Linux only)"
        }
    }
}
