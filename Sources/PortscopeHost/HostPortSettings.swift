/// This host's port settings, as read from `/proc/sys/net/ipv4/` (of the caller's network namespace).
public struct HostPortSettings: Sendable, Equatable {
    /// `ip_local_port_range`: where the kernel picks ephemeral ports (both TCP and UDP).
    public var localPortRange: ClosedRange<UInt16>
    /// `ip_local_reserved_ports`: never picked automatically; explicit bind() still works.
    public var reservedPorts: [ClosedRange<UInt16>]
    /// `ip_unprivileged_port_start`: lower ports need root or CAP_NET_BIND_SERVICE (0: none do).
    public var unprivilegedPortStart: Int
    /// The file the range was read from.
    public var source: String
    /// Notes about settings that could not be read and were assumed (old kernels).
    public var notes: [String]

    public init(
        localPortRange: ClosedRange<UInt16>, reservedPorts: [ClosedRange<UInt16>] = [],
        unprivilegedPortStart: Int = 1024, source: String, notes: [String] = []
    ) {
        self.localPortRange = localPortRange
        self.reservedPorts = reservedPorts
        self.unprivilegedPortStart = unprivilegedPortStart
        self.source = source
        self.notes = notes
    }
}
