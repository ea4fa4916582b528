import PortscopeSockets
import Testing
@testable import Portscope

/// The traffic meter on recorded sequences (issue #12).
@Suite struct TrafficMeterTests {
    func connection(_ local: UInt16, _ remote: UInt16, cookie: UInt64, received: UInt64, sent: UInt64, retransmits: UInt32 = 0, state: SocketState = .established) -> SocketEntry {
        SocketEntry(transport: .tcp, family: .ipv4, local: Endpoint(address: .loopbackIPv4, port: local), remote: Endpoint(address: .loopbackIPv4, port: remote),
                    state: state, inode: cookie, uid: 0, cookie: cookie, tcpInfo: TCPInfo(bytesSent: sent, bytesReceived: received, retransmits: retransmits))
    }

    @Test func growthNewAndClosedConnections() {
        var meter = TrafficMeter()
        // Baseline: what happened before is not counted.
        let first = meter.step(sockets: [connection(8080, 40000, cookie: 1, received: 5000, sent: 100)], destroyed: [], listening: [8080], ports: [8080])
        #expect(first.baseline)
        #expect(first.usage[8080]?.receivedBytes == 0)
        // Growth of a known connection, and a new one counted whole.
        let second = meter.step(sockets: [
            connection(8080, 40000, cookie: 1, received: 8000, sent: 300, retransmits: 2),
            connection(8080, 40001, cookie: 2, received: 1000, sent: 0),
            connection(40000, 8080, cookie: 3, received: 999, sent: 999), // the client side: not this port's
        ], destroyed: [], listening: [8080], ports: [8080])
        #expect(second.usage[8080] == TrafficMeter.Usage(port: 8080, established: 2, newConnections: 1, receivedBytes: 4000, sentBytes: 200, retransmits: 2))
        // Connection 2 closes (its final counters in the notification), a short one opens and
        // closes between samples, connection 1 goes on.
        let third = meter.step(sockets: [connection(8080, 40000, cookie: 1, received: 9000, sent: 300)], destroyed: [
            connection(8080, 40001, cookie: 2, received: 1500, sent: 10, state: .close),
            connection(8080, 40002, cookie: 4, received: 700, sent: 70, state: .close),
        ], listening: [8080], ports: [8080])
        #expect(third.usage[8080] == TrafficMeter.Usage(port: 8080, established: 1, newConnections: 1, receivedBytes: 1000 + 500 + 700, sentBytes: 10 + 70, retransmits: 0))
        #expect(third.complete)
        // Connection 1 vanishes without a notification: what it did last is missing.
        let fourth = meter.step(sockets: [], destroyed: [], listening: [8080], ports: [8080])
        #expect(!fourth.complete)
    }

    /// A port with no local listener counts the connections to it (the client side).
    @Test func remotePorts() {
        var meter = TrafficMeter()
        _ = meter.step(sockets: [connection(50000, 443, cookie: 9, received: 0, sent: 0)], destroyed: [], listening: [], ports: [443])
        let round = meter.step(sockets: [connection(50000, 443, cookie: 9, received: 2048, sent: 512)], destroyed: [], listening: [], ports: [443])
        #expect(round.usage[443]?.receivedBytes == 2048)
        #expect(round.usage[443]?.sentBytes == 512)
        #expect(round.usage[443]?.established == 1)
    }
}
