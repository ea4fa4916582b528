import PortscopeSockets

/// Turns successive samples of TCP sockets (with `tcp_info`) and the kernel's destroy
/// notifications into traffic per port: bytes in and out, retransmits, new connections
/// (pure: tested on recorded sequences).
///
/// A port's sockets are its server side (local port = the port) when a listener has it, else
/// the connections to it (remote port = the port), so a loopback connection is never counted
/// twice. Each connection is followed by its cookie: between two samples it contributes the
/// growth of its counters; a connection that closed contributes what its destroy
/// notification's final counters add to the last sample (all of them if it was never
/// sampled). Without notifications (unavailable or dropped), what a connection did after its last sample is
/// missing: ``Round/complete`` is false and the figures are lower bounds.
public struct TrafficMeter: Sendable {
    /// The counters of one connection when last seen.
    struct Seen: Sendable {
        var port: UInt16
        var received: UInt64
        var sent: UInt64
        var retransmits: UInt64
    }

    private var seen: [UInt64: Seen] = [:]
    private var started = false

    public init() {}

    /// What one port did between two samples.
    public struct Usage: Sendable, Equatable {
        public var port: UInt16
        public var established = 0
        public var newConnections = 0
        public var receivedBytes: UInt64 = 0
        public var sentBytes: UInt64 = 0
        public var retransmits: UInt64 = 0

        public init(port: UInt16, established: Int = 0, newConnections: Int = 0, receivedBytes: UInt64 = 0, sentBytes: UInt64 = 0, retransmits: UInt64 = 0) {
            self.port = port
            self.established = established
            self.newConnections = newConnections
            self.receivedBytes = receivedBytes
            self.sentBytes = sentBytes
            self.retransmits = retransmits
        }
    }

    /// One sample's result.
    public struct Round: Sendable {
        public var usage: [UInt16: Usage]
        /// False when connections vanished without a destroy notification: their last bytes
        /// are missing.
        public var complete: Bool
        /// Connections present at the first sample are the baseline: their earlier traffic is
        /// not counted, so the first round has no rates.
        public var baseline: Bool
    }

    /// Accounts one sample: `sockets` are the TCP sockets of the watched ports now (with
    /// `tcp_info`), `destroyed` the notifications since the last sample, `listening` the ports
    /// with a local listener, `ports` the ports to report.
    public mutating func step(sockets: [SocketEntry], destroyed: [SocketEntry], listening: Set<UInt16>, ports: Set<UInt16>) -> Round {
        var usage = Dictionary(uniqueKeysWithValues: ports.map { ($0, Usage(port: $0)) })
        func port(of socket: SocketEntry) -> UInt16? {
            if listening.contains(socket.local.port), ports.contains(socket.local.port), socket.state != .listen { return socket.local.port }
            if let remote = socket.remote, ports.contains(remote.port), !listening.contains(remote.port) { return remote.port }
            return nil
        }
        var live: [UInt64: Seen] = [:]
        for socket in sockets where socket.transport == .tcp && socket.remote != nil {
            guard let cookie = socket.cookie, let port = port(of: socket) else { continue }
            if socket.state == .established { usage[port]?.established += 1 }
            guard let info = socket.tcpInfo else { continue } // TIME_WAIT: no more traffic
            let now = Seen(port: port, received: info.bytesReceived ?? 0, sent: info.bytesSent ?? info.bytesAcked ?? 0, retransmits: UInt64(info.retransmits ?? 0))
            live[cookie] = now
            if let before = seen[cookie] {
                add(now, minus: before, to: &usage[port])
            } else if started {
                usage[port]?.newConnections += 1
                add(now, minus: nil, to: &usage[port])
            }
        }
        for socket in destroyed where socket.transport == .tcp {
            guard let cookie = socket.cookie, live[cookie] == nil else { continue }
            let before = seen[cookie]
            guard let port = before?.port ?? port(of: socket) else { continue }
            guard let info = socket.tcpInfo else { continue }
            let final = Seen(port: port, received: info.bytesReceived ?? 0, sent: info.bytesSent ?? info.bytesAcked ?? 0, retransmits: UInt64(info.retransmits ?? 0))
            if before == nil, started { usage[port]?.newConnections += 1 }
            if started || before != nil { add(final, minus: before, to: &usage[port]) }
            seen[cookie] = nil
        }
        let destroyedCookies = Set(destroyed.compactMap(\.cookie))
        let vanished = seen.keys.contains { live[$0] == nil && !destroyedCookies.contains($0) }
        let round = Round(usage: usage, complete: !vanished, baseline: !started)
        seen = live
        started = true
        return round
    }

    /// Adds what `now` grew by since `before` (all of it without `before`).
    private func add(_ now: Seen, minus before: Seen?, to usage: inout Usage?) {
        usage?.receivedBytes += now.received &- min(now.received, before?.received ?? 0)
        usage?.sentBytes += now.sent &- min(now.sent, before?.sent ?? 0)
        usage?.retransmits += now.retransmits &- min(now.retransmits, before?.retransmits ?? 0)
    }
}
