#if os(Linux)
import Foundation
import PortscopeKnowledge
import PortscopeSockets
import PortscopeTesting
import Testing
@testable import Portscope

/// `why` on real sockets made here (loopback only).
@Suite(.serialized) struct BindDiagnoserTests {
    let diagnoser = BindDiagnoser.live(registry: .builtin)

    @Test func listenerOnTheWildcardBlocksAndSaysWho() throws {
        let listener = try LoopbackSocket.listener()
        let port = listener.localPort
        let d = try diagnoser.diagnose(port: port, transport: .tcp, address: .anyIPv4)
        #expect(d.verdict == .blocked)
        let inUse = try #require(d.reasons.first { $0.kind == .inUse })
        #expect(inUse.severity == .blocker)
        #expect(inUse.message.contains("pid \(getpid())"))
        #expect(inUse.message.contains("127.0.0.1:\(port)"))
        #expect(d.testBinds.first?.errorCode == EADDRINUSE)

        // Another loopback address does not overlap: the test bind there succeeds.
        let other = try diagnoser.diagnose(port: port, transport: .tcp, address: IPAddress("127.0.0.2")!)
        #expect(other.verdict != .blocked)
        #expect(other.reasons.contains { $0.kind == .noConflict })
        #expect(other.testBinds.first?.error == nil)
    }

    @Test func dualStackListenerTakesIPv4UnlessV6Only() throws {
        let dual = try LoopbackSocket.listener(address: "::", ipv6: true, ipv6Only: false)
        let blocked = try diagnoser.diagnose(port: dual.localPort, transport: .tcp, address: .loopbackIPv4)
        #expect(blocked.verdict == .blocked)
        #expect(blocked.reasons.first { $0.kind == .inUse }?.message.contains("IPV6_V6ONLY") == true)
        dual.close()

        let only = try LoopbackSocket.listener(address: "::", ipv6: true, ipv6Only: true)
        let free = try diagnoser.diagnose(port: only.localPort, transport: .tcp, address: .loopbackIPv4)
        #expect(free.verdict != .blocked)
        #expect(free.reasons.contains { $0.kind == .noConflict })
    }

    @Test func timeWaitIsARiskWithoutReuseAddress() throws {
        let listener = try LoopbackSocket.listener()
        let port = listener.localPort
        let client = try LoopbackSocket()
        try client.connect("127.0.0.1", port: port)
        let server = try listener.accept()
        server.close() // the server closes first: its side (local port = the listener's) goes TIME_WAIT
        var d: BindDiagnosis?
        for _ in 0..<60 {
            usleep(50_000)
            client.close()
            listener.close()
            d = try diagnoser.diagnose(port: port, transport: .tcp, address: .anyIPv4)
            if d?.reasons.contains(where: { $0.kind == .timeWait }) == true { break }
        }
        let diagnosis = try #require(d)
        let reason = try #require(diagnosis.reasons.first { $0.kind == .timeWait })
        #expect(reason.severity == .risk)
        #expect(reason.message.contains("SO_REUSEADDR"))
        #expect(diagnosis.verdict == .freeButRisky)
        #expect(diagnosis.testBinds.count == 2)
        #expect(diagnosis.testBinds[0].error == nil)           // with SO_REUSEADDR
        #expect(diagnosis.testBinds[1].errorCode == EADDRINUSE) // without it
    }

    /// A UDP holder with SO_REUSEADDR lets another SO_REUSEADDR socket bind the wildcard: the
    /// verdict agrees with the test bind (risky, not blocked), and says why.
    @Test func udpHolderWithReuseAddress() throws {
        let udp = try LoopbackSocket.udp()
        let d = try diagnoser.diagnose(port: udp.localPort, transport: .udp, address: .anyIPv4)
        #expect(d.testBinds.first?.error == nil)
        #expect(d.verdict == .freeButRisky)
        let reason = try #require(d.reasons.first { $0.kind == .inUse })
        #expect(reason.message.contains("is already bound to 127.0.0.1:\(udp.localPort)"))
        #expect(reason.message.contains("Yet the test bind succeeded"))
    }

    /// Without SO_REUSEADDR on the holder, the test bind fails and the port is blocked.
    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func udpHolder() throws {
        let (helper, info) = try HelperProcess.start(HelperProcess.namedListener, arguments: ["udp", "0", "-"])
        defer { helper.signal(SIGKILL); helper.wait() }
        let port = UInt16(info["port"] as! Int)
        let d = try diagnoser.diagnose(port: port, transport: .udp, address: .anyIPv4)
        #expect(d.verdict == .blocked)
        #expect(d.testBinds.first?.errorCode == EADDRINUSE)
        #expect(d.reasons.first { $0.kind == .inUse }?.message.contains("is already bound to 127.0.0.1:\(port)") == true)
    }

    /// Issue #10 case 1: connections on ::1 do not stop a 0.0.0.0 listener; the verdict must
    /// agree with the test binds (it said "a bind without SO_REUSEADDR fails" while the bind
    /// without it had succeeded).
    @Test func connectionsOnAnotherAddressAreNoRisk() throws {
        let server = try LoopbackSocket.listener(ipv6: true)
        let port = server.localPort
        let client = try LoopbackSocket(ipv6: true)
        try client.connect("::1", port: port)
        let accepted = try server.accept()
        let d = try diagnoser.diagnose(port: port, transport: .tcp, address: .anyIPv4)
        #expect(d.testBinds.allSatisfy { $0.error == nil }, "\(d.testBinds)")
        #expect(!d.reasons.contains { $0.kind == .timeWait && $0.severity == .risk })
        #expect(!d.reasons.contains { $0.kind == .timeWait && $0.message.contains("fails") })
        _ = accepted
    }

    /// Issue #10 case 16: an address this host does not have is said to be one.
    @Test func addressNotOfThisHost() throws {
        let d = try diagnoser.diagnose(port: 20999, transport: .tcp, address: IPAddress("10.255.1.2")!)
        #expect(d.verdict == .blocked)
        #expect(d.reasons.contains { $0.message.contains("10.255.1.2 is not an address of this host") })
        #expect(!d.reasons.contains { $0.message.contains("none of the checks") })
        #expect(throws: PortscopeError.self) { try diagnoser.diagnose(port: 0, transport: .tcp, address: .anyIPv4) }
    }

    @Test func ephemeralRangeIsARisk() throws {
        let probe = try LoopbackSocket.listener() // bind(0) picks from the ephemeral range
        let port = probe.localPort
        probe.close()
        let d = try diagnoser.diagnose(port: port, transport: .tcp, address: .loopbackIPv4)
        #expect(d.reasons.contains { $0.kind == .ephemeral && $0.severity == .risk })
        #expect(d.verdict == .freeButRisky)
    }

    @Test func unassignedPortBelowTheRangeIsFree() throws {
        // The first port from 20100 up that IANA leaves unassigned and nothing here uses.
        var chosen: UInt16?
        for candidate in UInt16(20100)...UInt16(21000) {
            let unassigned = ServiceRegistry.builtin.entries(for: Port(candidate), transport: .tcp).allSatisfy { $0.status != .assigned }
            if unassigned, (try? diagnoser.diagnose(port: candidate, transport: .tcp, address: .loopbackIPv4))?.verdict == .free {
                chosen = candidate
                break
            }
        }
        #expect(chosen != nil)
    }
}
#endif
