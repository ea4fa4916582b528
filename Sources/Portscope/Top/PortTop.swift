import PortscopeProcesses
import PortscopeSockets
import PortscopeSystem

/// Drives `portscope top`: every interval, the listeners and the TCP connections of the
/// watched ports with their `tcp_info` (one dump filtered in the kernel), the destroy
/// notifications since the last round (when available), and a ``TrafficMeter`` that turns them into
/// rates per port. Listener processes are looked up once per new listener.
public final class PortTop {
    public struct Options: Sendable {
        /// The ports to show; empty: every TCP listener.
        public var ports: Set<UInt16> = []
        public init() {}
    }

    /// One port's line.
    public struct Row: Sendable {
        public var port: UInt16
        /// The listeners on the port (local endpoints), empty when it is only a remote port.
        public var listeners: [String]
        /// Names of the listeners' processes.
        public var processes: [String]
        /// Some listener's process could not be found (another user's, without root; another
        /// PID namespace; or a socket the kernel holds): ``processes`` is then incomplete.
        public var processesUnknown: Bool
        public var established: Int
        public var newPerSecond: Double
        public var receivedBytesPerSecond: Double
        public var sentBytesPerSecond: Double
        public var retransmitsPerSecond: Double
        /// The listener's accept queue (the fullest, with several listeners).
        public var queue: (current: UInt32, maximum: UInt32)?
    }

    /// One round.
    public struct Report: Sendable {
        public var time: Double
        /// Seconds since the previous round (the rates' denominator).
        public var seconds: Double
        public var rows: [Row]
        /// False when connections closed without a destroy notification (unavailable or dropped): rates
        /// are lower bounds.
        public var complete: Bool
        /// The first round: connections already open are the baseline, rates start next round.
        public var baseline: Bool
    }

    let options: Options
    let sockets: any SocketSource
    let processes: any ProcessTable
    let destroy: DestroyMonitor?
    let wallClock: @Sendable () -> Double
    let monotonic: @Sendable () -> Double
    private var meter = TrafficMeter()
    private var names: [UInt64: [String]] = [:]
    private var last: Double?

    public init(
        options: Options, sockets: any SocketSource, processes: any ProcessTable, destroy: DestroyMonitor?,
        wallClock: @escaping @Sendable () -> Double = { WallClock.now() },
        monotonic: @escaping @Sendable () -> Double = { Clock.now() }
    ) {
        self.options = options
        self.sockets = sockets
        self.processes = processes
        self.destroy = destroy
        self.wallClock = wallClock
        self.monotonic = monotonic
    }

    /// Whether closed connections' bytes are counted (destroy notifications are on).
    public var countsClosedConnections: Bool { destroy != nil }

    public func step() throws(PortscopeError) -> Report {
        var listenerQuery = SocketQuery(protocols: [.tcp], listeningOnly: true)
        listenerQuery.ports = options.ports
        let listeners: [SocketEntry]
        let connections: [SocketEntry]
        do {
            listeners = try sockets.snapshot(listenerQuery).sockets
            let listening = Set(listeners.map(\.local.port))
            let ports = options.ports.isEmpty ? listening : options.ports
            // A listening port's connections are its server side (local port = the port):
            // the kernel leaves out the clients' side, half of every loopback connection.
            // A port without a listener is counted from its connections' remote side.
            var found: [SocketEntry] = []
            for (subset, localOnly) in [(ports.intersection(listening), true), (ports.subtracting(listening), false)] where !subset.isEmpty {
                var query = SocketQuery(protocols: [.tcp])
                query.ports = subset
                query.localPortsOnly = localOnly
                query.withTCPInfo = true
                found += try sockets.snapshot(query).sockets.filter { $0.state != .listen }
            }
            connections = found
        } catch {
            throw .sockets(error)
        }
        let destroyed = destroy?.drain().sockets.filter { $0.transport == .tcp } ?? []
        let listening = Set(listeners.map(\.local.port))
        let ports = options.ports.isEmpty ? listening : options.ports
        let round = meter.step(sockets: connections, destroyed: destroyed, listening: listening, ports: ports)
        resolveNames(listeners)
        let clock = monotonic()
        let seconds = last.map { max(0.001, clock - $0) } ?? 0
        last = clock
        let byPort = Dictionary(grouping: listeners, by: \.local.port)
        let rows = ports.sorted().map { port -> Row in
            let usage = round.usage[port] ?? TrafficMeter.Usage(port: port)
            let mine = byPort[port] ?? []
            let rate = { (value: Double) in round.baseline || seconds == 0 ? 0 : value / seconds }
            let queue = mine.compactMap(\.acceptQueue).max { Double($0.current) / Double(max(1, $0.maximum)) < Double($1.current) / Double(max(1, $1.maximum)) }
            return Row(
                port: port, listeners: mine.map(\.localDescription),
                processes: Array(Set(mine.flatMap { names[$0.inode] ?? [] })).sorted(),
                processesUnknown: mine.contains { names[$0.inode]?.isEmpty ?? true },
                established: usage.established, newPerSecond: rate(Double(usage.newConnections)),
                receivedBytesPerSecond: rate(Double(usage.receivedBytes)), sentBytesPerSecond: rate(Double(usage.sentBytes)),
                retransmitsPerSecond: rate(Double(usage.retransmits)), queue: queue
            )
        }
        return Report(time: wallClock(), seconds: seconds, rows: rows, complete: round.complete && destroy != nil, baseline: round.baseline)
    }

    /// Looks up the processes of listeners not seen before (once each).
    private func resolveNames(_ listeners: [SocketEntry]) {
        let unknown = Set(listeners.map(\.inode).filter { $0 != 0 && names[$0] == nil })
        guard !unknown.isEmpty else { return }
        let owners = processes.firstOwners(wanted: unknown, preferredUIDs: [])
        for inode in unknown {
            names[inode] = (owners.holders[inode] ?? []).compactMap { processes.process($0, startTime: owners.startTimes[$0])?.name }
        }
    }
}
