import PortscopeProcesses
import PortscopeSockets
import Testing
@testable import Portscope

/// `portscope wait`'s conditions over socket tables (pure).
@Suite struct PortWaitTests {
    func listener(_ port: UInt16, _ address: IPAddress = .anyIPv4, udp: Bool = false, inode: UInt64 = 1) -> SocketEntry {
        SocketEntry(transport: udp ? .udp : .tcp, family: address.family, local: Endpoint(address: address, port: port), remote: nil,
                    state: udp ? .unconnected : .listen, inode: inode, uid: 0)
    }

    func connection(_ local: UInt16, _ remote: UInt16, _ state: SocketState = .established) -> SocketEntry {
        SocketEntry(transport: .tcp, family: .ipv4, local: Endpoint(address: .loopbackIPv4, port: local),
                    remote: Endpoint(address: .loopbackIPv4, port: remote), state: state, inode: 9, uid: 0)
    }

    let both: Set<SocketProtocol> = [.tcp, .udp]

    @Test func listeningAndFree() {
        let wait = PortWait(targets: [.init(port: 8080, protocols: both)], condition: .listening)
        #expect(!wait.holds([]))
        #expect(wait.holds([listener(8080)]))
        #expect(!wait.holds([listener(8081), connection(8080, 50000)])) // a connection is not a listener
        #expect(wait.holds([listener(8080, udp: true)]))
        #expect(!PortWait(targets: [.init(port: 8080, protocols: [.tcp])], condition: .listening).holds([listener(8080, udp: true)]))
        let free = PortWait(targets: [.init(port: 8080, protocols: both)], condition: .free)
        #expect(free.holds([]) && free.holds([connection(8080, 50000, .timeWait)]))
        #expect(!free.holds([listener(8080)]))
        #expect(wait.query.listeningOnly && free.query.listeningOnly && wait.query.ports == [8080])
    }

    @Test func addressAndProcess() {
        let onLoopback = PortWait(targets: [.init(port: 8080, protocols: both)], condition: .listening, address: .loopbackIPv6)
        #expect(!onLoopback.holds([listener(8080, .anyIPv6)]))  // a wildcard does not count
        #expect(onLoopback.holds([listener(8080, .loopbackIPv6)]))
        let byPid = PortWait(targets: [.init(port: 8080, protocols: both)], condition: .listening, pid: 42)
        #expect(byPid.needsProcesses)
        let old = [UInt64(1): [ProcessRecord(pid: 41, name: "server")]]
        let new = [UInt64(1): [ProcessRecord(pid: 42, name: "server")]]
        #expect(!byPid.holds([listener(8080)], holders: old))
        #expect(byPid.holds([listener(8080)], holders: new))
        let byName = PortWait(targets: [.init(port: 8080, protocols: both)], condition: .listening, processName: "nginx")
        #expect(!byName.holds([listener(8080)], holders: new))
        #expect(byName.now([listener(8080)], holders: new) == "8080: tcp LISTEN 0.0.0.0:8080 (server pid 42)")
    }

    @Test func connectedAllAndAny() {
        let targets: [PortWait.Target] = [.init(port: 80, protocols: both), .init(port: 443, protocols: [.tcp])]
        let all = PortWait(targets: targets, condition: .connected)
        let any = PortWait(targets: targets, condition: .connected, all: false)
        let table = [connection(51000, 80)]
        #expect(!all.holds(table) && any.holds(table))
        #expect(all.holds(table + [connection(443, 52000)]))
        #expect(!all.holds([connection(51000, 80, .synSent), connection(443, 52000)]))
        #expect(!all.query.listeningOnly)
        #expect(all.goal == "80 and 443/tcp to be connected" && any.goal == "any of 80, 443/tcp to be connected")
        #expect(all.now([]) == "80: no established connection · 443: no established connection")
    }
}
