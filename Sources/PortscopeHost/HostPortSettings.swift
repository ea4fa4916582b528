import PortscopeLocalization

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
    public var notes: [HostNote]

    public init(
        localPortRange: ClosedRange<UInt16>, reservedPorts: [ClosedRange<UInt16>] = [],
        unprivilegedPortStart: Int = 1024, source: String, notes: [HostNote] = []
    ) {
        self.localPortRange = localPortRange
        self.reservedPorts = reservedPorts
        self.unprivilegedPortStart = unprivilegedPortStart
        self.source = source
        self.notes = notes
    }
}

/// A setting that could not be read, and what was assumed instead.
public enum HostNote: Sendable, Hashable, CustomStringConvertible {
    /// `ip_local_reserved_ports` is missing: no reserved ports assumed.
    case reservedPortsMissing(path: String)
    /// `ip_unprivileged_port_start` is missing (kernel before 4.11): 1024 assumed.
    case unprivilegedPortStartMissing(path: String)

    /// The note in `l`'s language.
    public func text(_ l: Localizer) -> String {
        switch self {
        case .reservedPortsMissing(let path): l(.noteReservedMissing, ["path": path])
        case .unprivilegedPortStartMissing(let path): l(.noteUnprivilegedMissing, ["path": path])
        }
    }

    /// The note in English.
    public var description: String { text(.english) }
}
