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
        /// The sample it was last seen in.
        var sample: UInt32 = 0
    }

    /// Every connection seen, by cookie: updated in place (one hash per socket), and those
    /// not seen in a sample are removed after it.
    private var seen: [UInt64: Seen] = [:]
    private var started = false
    /// Counts samples.
    private var sample: UInt32 = 0

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
        // Per socket: bit tests and an array slot per port, no hashing but the cookie's.
        let listeningBits = PortSet(listening)
        let reported = Array(ports)
        var tallies = reported.map { Usage(port: $0) }
        var slots = [Int32](repeating: -1, count: 65536)
        for (slot, port) in reported.enumerated() { slots[Int(port)] = Int32(slot) }
        func slot(of port: UInt16) -> Int? {
            let slot = slots[Int(port)]
            return slot < 0 ? nil : Int(slot)
        }
        func slot(of socket: SocketEntry) -> Int? {
            if listeningBits.contains(socket.local.port), socket.state != .listen, let slot = slot(of: socket.local.port) { return slot }
            if let remote = socket.remote, !listeningBits.contains(remote.port) { return slot(of: remote.port) }
            return nil
        }
        sample &+= 1
        let current = sample
        for socket in sockets where socket.transport == .tcp && socket.remote != nil {
            guard let cookie = socket.cookie, let slot = slot(of: socket) else { continue }
            if socket.state == .established { tallies[slot].established += 1 }
            guard let info = socket.tcpInfo else { continue } // TIME_WAIT: no more traffic
            let now = Seen(
                port: tallies[slot].port, received: info.bytesReceived ?? 0, sent: info.bytesSent ?? info.bytesAcked ?? 0,
                retransmits: UInt64(info.retransmits ?? 0), sample: current
            )
            if let index = seen.index(forKey: cookie) {
                let before = seen.values[index]
                seen.values[index] = now
                if before.sample != current { add(now, minus: before, to: &tallies[slot]) }
            } else {
                seen[cookie] = now
                if started {
                    tallies[slot].newConnections += 1
                    add(now, minus: nil, to: &tallies[slot])
                }
            }
        }
        for socket in destroyed where socket.transport == .tcp {
            guard let cookie = socket.cookie else { continue }
            let before = seen[cookie]
            if before?.sample == current { continue } // still in this sample: counted there
            guard let slot = before.map({ slot(of: $0.port) }) ?? slot(of: socket) else { continue }
            guard let info = socket.tcpInfo else { continue }
            let final = Seen(port: tallies[slot].port, received: info.bytesReceived ?? 0, sent: info.bytesSent ?? info.bytesAcked ?? 0, retransmits: UInt64(info.retransmits ?? 0))
            if before == nil, started { tallies[slot].newConnections += 1 }
            if started || before != nil { add(final, minus: before, to: &tallies[slot]) }
            seen[cookie] = nil
        }
        // Connections not in this sample: closed. Without their notification, their last
        // bytes are missing.
        let destroyedCookies = Set(destroyed.compactMap(\.cookie))
        var gone: [UInt64] = []
        var vanished = false
        for (cookie, connection) in seen where connection.sample != current {
            gone.append(cookie)
            if !destroyedCookies.contains(cookie) { vanished = true }
        }
        for cookie in gone { seen[cookie] = nil }
        let round = Round(usage: Dictionary(uniqueKeysWithValues: tallies.map { ($0.port, $0) }), complete: !vanished, baseline: !started)
        started = true
        return round
    }

    /// Adds what `now` grew by since `before` (all of it without `before`).
    private func add(_ now: Seen, minus before: Seen?, to usage: inout Usage) {
        usage.receivedBytes += now.received &- min(now.received, before?.received ?? 0)
        usage.sentBytes += now.sent &- min(now.sent, before?.sent ?? 0)
        usage.retransmits += now.retransmits &- min(now.retransmits, before?.retransmits ?? 0)
    }
}
