import PortscopeSockets
import Synchronization

/// Bytes in and out per listening port since `serve` started, as Prometheus counters: the
/// growth of live connections' counters between snapshots, plus the final counters of
/// connections that closed, from the kernel's destroy notifications (drained every second
/// by ``drainNotifications()`` so none is lost between scrapes). Without notifications
/// (unavailable, or dropped when the receive buffer overflowed) closed connections' last bytes are missing: the counters are lower bounds, and
/// ``Totals/complete`` says so. They never decrease.
public final class PortTrafficCounters: Sendable {
    /// The counters of one port.
    public struct Bytes: Sendable, Equatable {
        public var received: UInt64 = 0
        public var sent: UInt64 = 0

        public init(received: UInt64 = 0, sent: UInt64 = 0) {
            self.received = received
            self.sent = sent
        }
    }

    /// The totals at one snapshot.
    public struct Totals: Sendable {
        public var byPort: [UInt16: Bytes]
        /// Every closed connection's bytes were counted (notifications on, none dropped).
        public var complete: Bool

        public init(byPort: [UInt16: Bytes], complete: Bool) {
            self.byPort = byPort
            self.complete = complete
        }
    }

    private struct State {
        var meter = TrafficMeter()
        var totals: [UInt16: Bytes] = [:]
        var pending: [SocketEntry] = []
        var droppedNotifications = false
    }

    private let state = Mutex(State())
    private let destroy: DestroyMonitor?
    /// At most this many notifications wait between two snapshots (beyond, they are
    /// dropped and the counters say they are incomplete).
    static let pendingLimit = 100_000

    public init(destroy: DestroyMonitor?) {
        self.destroy = destroy
    }

    /// Whether closed connections are counted at all.
    public var countsClosedConnections: Bool { destroy != nil }

    /// Moves waiting destroy notifications into the pending list (call about once a second).
    public func drainNotifications() {
        guard let destroy else { return }
        let (entries, overflowed) = destroy.drain()
        let tcp = entries.filter { $0.transport == .tcp && $0.tcpInfo != nil }
        state.withLock { state in
            if overflowed { state.droppedNotifications = true }
            let room = max(0, Self.pendingLimit - state.pending.count)
            if tcp.count > room { state.droppedNotifications = true }
            state.pending += tcp.prefix(room)
        }
    }

    /// Accounts a snapshot's TCP sockets (with `tcp_info`) against the listening ports.
    public func update(sockets: [SocketEntry], listening: Set<UInt16>) -> Totals {
        drainNotifications()
        return state.withLock { state in
            let round = state.meter.step(sockets: sockets, destroyed: state.pending, listening: listening, ports: listening)
            state.pending.removeAll(keepingCapacity: true)
            for (port, usage) in round.usage {
                state.totals[port, default: Bytes()].received &+= usage.receivedBytes
                state.totals[port, default: Bytes()].sent &+= usage.sentBytes
            }
            let complete = round.complete && destroy != nil && !state.droppedNotifications
            state.droppedNotifications = false
            return Totals(byPort: state.totals.filter { listening.contains($0.key) }, complete: complete)
        }
    }
}
