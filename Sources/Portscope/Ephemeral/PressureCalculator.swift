import PortscopeKnowledge
import PortscopeSockets

/// Computes a ``PressureReport`` from sockets and the host's settings (pure).
public enum PressureCalculator {
    /// TCP_TIMEWAIT_LEN in `include/net/tcp.h`: no sysctl changes it.
    public static let timeWaitSeconds = 60.0

    public struct Input: Sendable {
        public var sockets: [SocketEntry]
        public var range: ClosedRange<UInt16>
        public var reserved: [ClosedRange<UInt16>]
        public var timeWaitReuse: Int?
        public var timeWaitReuseDelay: Int?
        public var roles: RoleClassifier
        public var collisions: [InspectedSocket]
        public var top: Int
        public var rate: Double?
        public var source: String
    }

    public static func report(_ input: Input) -> PressureReport {
        let range = input.range
        let policy = HostPortPolicy(os: .linux, ephemeralRange: range, reservedPorts: input.reserved, unprivilegedPortStart: 1024, source: input.source)
        let usable = policy.usableEphemeralCount
        let reservedInRange = range.count - usable
        let inRange = input.sockets.filter { range.contains($0.local.port) }

        var counts: [PressureReport.StateCount] = []
        for group in Dictionary(grouping: inRange, by: { "\($0.transport.rawValue) \($0.state.rawValue)" }).values {
            counts.append(.init(transport: group[0].transport, state: group[0].state, count: group.count))
        }
        counts.sort { $0.count != $1.count ? $0.count > $1.count : ($0.transport.rawValue, $0.state.rawValue) < ($1.transport.rawValue, $1.state.rawValue) }

        // Outgoing connections only: an accepted connection's local port is its listener's.
        struct Key: Hashable {
            var transport: SocketProtocol
            var local: IPAddress
            var remote: Endpoint
        }
        var ports: [Key: Set<UInt16>] = [:]
        var timeWait: [Key: Int] = [:]
        for socket in inRange {
            guard let remote = socket.remote, input.roles.role(of: socket) != .server else { continue }
            let key = Key(transport: socket.transport, local: socket.local.address, remote: remote)
            ports[key, default: []].insert(socket.local.port)
            if socket.state == .timeWait { timeWait[key, default: 0] += 1 }
        }
        var destinations = ports.map { key, used in
            PressureReport.Destination(transport: key.transport, localAddress: key.local, remote: key.remote, used: used.count, timeWait: timeWait[key] ?? 0, headroom: usable - used.count)
        }
        destinations.sort { $0.used != $1.used ? $0.used > $1.used : ($0.remote, $0.transport.rawValue) < ($1.remote, $1.transport.rawValue) }

        let udpUsed = Set(inRange.filter { $0.transport == .udp }.map(\.local.port)).count
        var forecast: PressureReport.Forecast?
        if let rate = input.rate {
            forecast = self.forecast(rate: rate, usable: usable, busiest: destinations.first, reuse: input.timeWaitReuse, reuseDelay: input.timeWaitReuseDelay)
        }
        return PressureReport(
            range: range, usable: usable, reservedInRange: reservedInRange, reservedPorts: input.reserved,
            timeWaitReuse: input.timeWaitReuse, timeWaitReuseDelay: input.timeWaitReuseDelay,
            usage: counts, destinations: Array(destinations.prefix(input.top)), destinationCount: destinations.count,
            udpPortsUsed: udpUsed, collisions: input.collisions, forecast: forecast, source: input.source
        )
    }

    /// Each new connection keeps its local port for the TIME_WAIT after it closes (the client
    /// closing first, the common case). So one destination sustains usable / hold connections
    /// per second; above that, the free ports run out after (usable − used) / rate seconds.
    /// With `tcp_tw_reuse` = 1 (or 2 toward loopback) connect() may take over a TIME_WAIT port
    /// after `tcp_tw_reuse_delay` (1 s by default) when TCP timestamps are on.
    static func forecast(rate: Double, usable: Int, busiest: PressureReport.Destination?, reuse: Int?, reuseDelay: Int?) -> PressureReport.Forecast {
        let delay = Double(reuseDelay ?? 1000) / 1000
        var hold = timeWaitSeconds
        var reason = "TIME_WAIT lasts 60 s and tcp_tw_reuse is off"
        switch reuse {
        case 1?:
            hold = delay
            reason = "tcp_tw_reuse = 1 lets connect() reuse a TIME_WAIT port after \(delay) s (needs TCP timestamps)"
        case 2?:
            reason = "TIME_WAIT lasts 60 s; tcp_tw_reuse = 2 shortens it to \(delay) s for loopback destinations only"
        default:
            break
        }
        // The same model for one destination: with tcp_tw_reuse = 2, a loopback one reuses after the delay.
        func holdToward(_ destination: PressureReport.Destination) -> Double {
            reuse == 2 && destination.remote.address.isLoopback ? delay : hold
        }
        func failsAfter(used: Int, hold: Double) -> Double? {
            guard rate > Double(usable) / hold else { return nil }
            return Double(max(0, usable - used)) / rate
        }
        let busiestHold = busiest.map { holdToward($0) }
        return PressureReport.Forecast(
            rate: rate, holdSeconds: hold, holdReason: reason, sustainableRate: Double(usable) / hold,
            newDestinationFailsAfter: failsAfter(used: 0, hold: hold),
            busiestHoldSeconds: busiestHold, busiestSustainableRate: busiestHold.map { Double(usable) / $0 },
            busiestFailsAfter: busiest.flatMap { failsAfter(used: $0.used, hold: holdToward($0)) }
        )
    }
}
