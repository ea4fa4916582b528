#if os(Linux)
import PortscopeSystem
import Synchronization

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

    public func tally<Tally: SocketTally>(_ query: SocketQuery, into tally: Tally) throws(SocketSourceError) -> Tallied<Tally> {
        switch mode {
        case .proc:
            return try ProcNetSocketSource(root: root).tally(query, into: tally)
        case .netlink:
            return try NetlinkSocketSource().tally(query, into: tally)
        case .auto:
            do {
                return try NetlinkSocketSource().tally(query, into: tally)
            } catch {
                var tallied = try ProcNetSocketSource(root: root).tally(query, into: tally)
                tallied.warnings.append("netlink sock_diag failed (\(error)); read /proc/net instead")
                return tallied
            }
        }
    }
}

/// Repeated samples from netlink, or from `/proc/net` for a sample where netlink fails
/// (seccomp, a sandbox): the sample then carries a warning saying so. While netlink fails,
/// the cheap incremental form is off (it needs netlink's exact lookups).
public final class RepeatingSystemSource: IncrementalSocketSource {
    private let netlink: RepeatingNetlinkSource
    private let fallback: ProcNetSocketSource
    private let netlinkFailed = Atomic<Bool>(false)

    public init(root: ProcRoot = .default) {
        netlink = RepeatingNetlinkSource(root: root)
        fallback = ProcNetSocketSource(root: root)
    }

    public func snapshot(_ query: SocketQuery) throws(SocketSourceError) -> SocketSnapshot {
        do {
            let snapshot = try netlink.snapshot(query)
            netlinkFailed.store(false, ordering: .relaxed)
            return snapshot
        } catch {
            netlinkFailed.store(true, ordering: .relaxed)
            var snapshot = try fallback.snapshot(query)
            snapshot.warnings.append("netlink sock_diag failed (\(error)); read /proc/net instead")
            return snapshot
        }
    }

    public func tcpOpenCounter() -> UInt64? {
        netlinkFailed.load(ordering: .relaxed) ? nil : netlink.tcpOpenCounter()
    }

    public func listenersAndUDP(_ query: SocketQuery) throws(SocketSourceError) -> [SocketEntry] {
        try netlink.listenersAndUDP(query)
    }

    public func lookUp(_ sockets: [SocketEntry]) throws(SocketSourceError) -> [SocketEntry] {
        try netlink.lookUp(sockets)
    }
}

/// Builds the socket source for this OS.
public enum SocketSources {
    public static func system() -> any SocketSource {
        SystemSocketSource()
    }

    /// Whether this OS has a socket backend.
    public static let isSupported = true

    /// The source for repeated samples (`watch`): netlink with one socket kept open, falling
    /// back to `/proc/net` (with a warning) whenever netlink fails, as `who` and `ls` do;
    /// `/proc/net` only with `PORTSCOPE_SOCKET_SOURCE=proc`, netlink only with `=netlink`.
    public static func repeating() -> any SocketSource {
        let system = SystemSocketSource()
        switch system.mode {
        case .proc: return ProcNetSocketSource(root: system.root)
        case .netlink: return RepeatingNetlinkSource(root: system.root)
        case .auto: return RepeatingSystemSource(root: system.root)
        }
    }

    /// A source for another network namespace, given a process in it.
    public static func namespaced(pid: Int32, namespace: UInt64) -> any SocketSource {
        NamespacedSocketSource(pid: pid, namespace: namespace)
    }
}
#endif
