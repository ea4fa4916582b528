import PortscopeSystem

/// The kernel's listen-queue counters for this network namespace (`TcpExt:` in
/// `/proc/net/netstat`): connections dropped because an accept queue was full.
public struct ListenCounters: Sendable, Equatable {
    /// `ListenOverflows`: SYNs or handshakes that found the accept queue full.
    public var overflows: UInt64
    /// `ListenDrops`: every connection request dropped at a listener (overflows included).
    public var drops: UInt64

    public init(overflows: UInt64, drops: UInt64) {
        self.overflows = overflows
        self.drops = drops
    }

    /// The counters under `root`, or nil when unreadable.
    public static func read(root: ProcRoot = .default) -> ListenCounters? {
        guard let text = try? SystemFile.readText(root.path("net/netstat"), sizeHint: 8192) else { return nil }
        let counters = SnmpParser.counters(text, prefix: "TcpExt:")
        guard let overflows = counters["ListenOverflows"], let drops = counters["ListenDrops"] else { return nil }
        return ListenCounters(overflows: overflows, drops: drops)
    }
}
