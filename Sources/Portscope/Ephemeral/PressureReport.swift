import PortscopeSockets

/// Ephemeral-port pressure on this host: how much of the range is in use, and by which
/// destinations, since exhaustion happens per (source address, destination address, port).
public struct PressureReport: Sendable {
    public var range: ClosedRange<UInt16>
    /// Ports in the range minus reserved ones: what connect() can hand out.
    public var usable: Int
    public var reservedInRange: Int
    public var reservedPorts: [ClosedRange<UInt16>]
    /// `net.ipv4.tcp_tw_reuse` (0 off, 1 on, 2 loopback only), nil when unreadable.
    public var timeWaitReuse: Int?
    /// `net.ipv4.tcp_tw_reuse_delay` in milliseconds (newer kernels), nil when absent.
    public var timeWaitReuseDelay: Int?
    /// Sockets whose local port is in the range, by protocol and state (most first).
    public var usage: [StateCount]
    /// The busiest destinations, most local ports used first.
    public var destinations: [Destination]
    /// How many destinations there were in all (the list is cut at `top`).
    public var destinationCount: Int
    /// UDP sockets holding a port from the range (each holds its own port, whatever the peer).
    public var udpPortsUsed: Int
    /// Listeners inside the range: collisions waiting to happen.
    public var collisions: [InspectedSocket]
    /// The forecast for `--rate`, when asked.
    public var forecast: Forecast?
    public var source: String

    public struct StateCount: Sendable, Hashable {
        public var transport: SocketProtocol
        public var state: SocketState
        public var count: Int
    }

    /// One (local address, remote address, remote port, protocol) tuple and its local ports.
    public struct Destination: Sendable, Hashable {
        public var transport: SocketProtocol
        public var localAddress: IPAddress
        public var remote: Endpoint
        /// Distinct local ports from the range used toward it.
        public var used: Int
        public var timeWait: Int
        /// usable − used: connections that can still be opened to it now.
        public var headroom: Int
    }

    /// What a steady rate of new connections to one destination does.
    public struct Forecast: Sendable, Hashable {
        /// New connections per second asked about.
        public var rate: Double
        /// How long a closed connection keeps its port toward a new, non-loopback destination
        /// (60 s TIME_WAIT, or the reuse delay).
        public var holdSeconds: Double
        /// Why `holdSeconds` is what it is.
        public var holdReason: String
        /// usable / holdSeconds: the most a new destination can sustain.
        public var sustainableRate: Double
        /// Seconds until connect() fails with EADDRNOTAVAIL toward a new destination; nil when sustainable.
        public var newDestinationFailsAfter: Double?
        /// The hold for the busiest destination: shorter than `holdSeconds` when it is a
        /// loopback address and `tcp_tw_reuse` is 2.
        public var busiestHoldSeconds: Double?
        /// usable / busiestHoldSeconds.
        public var busiestSustainableRate: Double?
        /// The same for the busiest destination (starting from the ports it already uses).
        public var busiestFailsAfter: Double?
    }
}
