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
        // One pass: counts by protocol and state, UDP ports taken, and each outgoing
        // connection's (destination, local port), kept as numbers to sort rather than as a set
        // of ports per destination: a destination is hashed only when it differs from the
        // previous socket's, and runs of one destination are the common case.
        let stateCount = SocketState.allCases.count
        var grid = [Int](repeating: 0, count: SocketProtocol.allCases.count * stateCount)
        var udpPorts = PortSet()
        // Outgoing connections only: an accepted connection's local port is its listener's.
        struct Key: Hashable {
            var transport: SocketProtocol
            var local: IPAddress
            var remote: Endpoint
        }
        var keys: [Key] = []
        var keyIndex: [Key: Int] = [:]
        var timeWait: [Int] = []
        var taken: [UInt64] = [] // destination index << 16 | local port
        var last: (key: Key, index: Int)?
        for socket in input.sockets where range.contains(socket.local.port) {
            grid[socket.transport.ordinal * stateCount + socket.state.ordinal] += 1
            if socket.transport == .udp { udpPorts.insert(socket.local.port) }
            guard let remote = socket.remote, input.roles.role(of: socket) != .server else { continue }
            let key = Key(transport: socket.transport, local: socket.local.address, remote: remote)
            let index: Int
            if let last, last.key == key {
                index = last.index
            } else if let known = keyIndex[key] {
                index = known
            } else {
                index = keys.count
                keys.append(key)
                keyIndex[key] = index
                timeWait.append(0)
            }
            last = (key, index)
            taken.append(UInt64(index) << 16 | UInt64(socket.local.port))
            if socket.state == .timeWait { timeWait[index] += 1 }
        }

        var counts: [PressureReport.StateCount] = []
        for transport in SocketProtocol.allCases {
            for state in SocketState.allCases {
                let count = grid[transport.ordinal * stateCount + state.ordinal]
                if count > 0 { counts.append(.init(transport: transport, state: state, count: count)) }
            }
        }
        counts.sort { $0.count != $1.count ? $0.count > $1.count : ($0.transport.rawValue, $0.state.rawValue) < ($1.transport.rawValue, $1.state.rawValue) }

        // Distinct local ports per destination: equal pairs are adjacent once sorted.
        taken.sort()
        var used = [Int](repeating: 0, count: keys.count)
        var previous: UInt64?
        for pair in taken where pair != previous {
            used[Int(pair >> 16)] += 1
            previous = pair
        }
        var destinations = keys.indices.map { index in
            PressureReport.Destination(
                transport: keys[index].transport, localAddress: keys[index].local, remote: keys[index].remote,
                used: used[index], timeWait: timeWait[index], headroom: usable - used[index]
            )
        }
        destinations.sort { $0.used != $1.used ? $0.used > $1.used : ($0.remote, $0.transport.rawValue) < ($1.remote, $1.transport.rawValue) }

        let udpUsed = udpPorts.count
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
