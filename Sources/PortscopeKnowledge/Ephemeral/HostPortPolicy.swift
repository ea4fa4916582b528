/// The port settings of one host (one network namespace), as plain values.
///
/// On Linux these are `net.ipv4.ip_local_port_range`, `ip_local_reserved_ports` and
/// `ip_unprivileged_port_start`; the host module reads them, this type only reasons about them.
public struct HostPortPolicy: Sendable, Hashable {
    public var os: OperatingSystem
    /// The range the kernel picks ephemeral ports from, inclusive.
    public var ephemeralRange: ClosedRange<UInt16>
    /// Ports (and ranges) the kernel never picks automatically; explicit bind() still works.
    public var reservedPorts: [ClosedRange<UInt16>]
    /// Ports below this need root or CAP_NET_BIND_SERVICE; 0 means no port is privileged.
    public var unprivilegedPortStart: Int
    /// Where the range was read from, e.g. `/proc/sys/net/ipv4/ip_local_port_range`.
    public var source: String

    public init(
        os: OperatingSystem, ephemeralRange: ClosedRange<UInt16>, reservedPorts: [ClosedRange<UInt16>],
        unprivilegedPortStart: Int, source: String
    ) {
        self.os = os
        self.ephemeralRange = ephemeralRange
        self.reservedPorts = reservedPorts
        self.unprivilegedPortStart = unprivilegedPortStart
        self.source = source
    }

    public func isEphemeral(_ port: Port) -> Bool { ephemeralRange.contains(port.rawValue) }
    public func isReserved(_ port: Port) -> Bool { reservedPorts.contains { $0.contains(port.rawValue) } }
    public func isPrivileged(_ port: Port) -> Bool { port.intValue < unprivilegedPortStart }

    /// Ports the kernel can actually hand out: the range minus reserved ports.
    public var usableEphemeralCount: Int {
        let total = ephemeralRange.count
        // clamped(to:) of a range outside yields one edge port, so keep only overlapping ones.
        let reserved = Set(reservedPorts.filter { $0.overlaps(ephemeralRange) }.flatMap { $0.clamped(to: ephemeralRange) })
        return total - reserved.count
    }
}
