#if os(Linux)
import PortscopeSystem

/// The socket source for this machine: netlink sock_diag, falling back to `/proc/net` when
/// netlink is unavailable, with a warning that says so.
///
/// `PORTSCOPE_SOCKET_SOURCE=proc` forces `/proc/net` (read under `PORTSCOPE_PROC_ROOT`, so
/// tests can run the CLI on fixture files); `netlink` forbids the fallback.
public struct SystemSocketSource: SocketSource {
    public enum Mode: String, Sendable {
        case auto, netlink, proc
    }

    public var mode: Mode
    public var root: ProcRoot

    public init(mode: Mode = Mode(rawValue: Environment.value("PORTSCOPE_SOCKET_SOURCE") ?? "auto") ?? .auto, root: ProcRoot = .default) {
        self.mode = mode
        self.root = root
    }

    public func snapshot(_ query: SocketQuery) throws(SocketSourceError) -> SocketSnapshot {
        switch mode {
        case .proc:
            return try ProcNetSocketSource(root: root).snapshot(query)
        case .netlink:
            return try NetlinkSocketSource().snapshot(query)
        case .auto:
            do {
                return try NetlinkSocketSource().snapshot(query)
            } catch {
                var snapshot = try ProcNetSocketSource(root: root).snapshot(query)
                snapshot.warnings.append("netlink sock_diag failed (\(error)); read /proc/net instead")
                return snapshot
            }
        }
    }
}

/// Builds the socket source for this OS.
public enum SocketSources {
    public static func system() -> any SocketSource {
        SystemSocketSource()
    }

    /// Whether this OS has a socket backend.
    public static let isSupported = true

    /// The source for repeated samples (`watch`): netlink with one socket kept open, or
    /// `/proc/net` when `PORTSCOPE_SOCKET_SOURCE=proc`.
    public static func repeating() -> any SocketSource {
        SystemSocketSource().mode == .proc ? ProcNetSocketSource() : RepeatingNetlinkSource()
    }

    /// A source for another network namespace, given a process in it.
    public static func namespaced(pid: Int32, namespace: UInt64) -> any SocketSource {
        NamespacedSocketSource(pid: pid, namespace: namespace)
    }
}
#endif
