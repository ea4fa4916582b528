import Foundation
@testable import Portscope
import PortscopeKnowledge
import PortscopeProcesses
import PortscopeSockets
import PortscopeSystem
import PortscopeTesting
import Testing

/// `serve`'s snapshots, taken live on this test's own loopback sockets.
struct HostSnapshotCollectorTests {
    /// Byte counting asks the kernel for every connection's tcp_info, which no answer shows;
    /// the listeners gathered during the dump are its listening entries, and the test's own
    /// sockets are found with this process as their holder.
    @Test func aSnapshotWithByteCountingShowsNoTCPInfo() throws {
        let listener = try LoopbackSocket.listener(address: "127.0.0.1")
        let client = try LoopbackSocket()
        try client.connect("127.0.0.1", port: listener.localPort)
        let server = try listener.accept()
        try client.sendAll(Array(repeating: 7, count: 5_000))
        #expect(try server.receive(5_000) == 5_000)
        let collector = HostSnapshotCollector(inspector: .live(), exposeCommands: false, traffic: PortTrafficCounters(destroy: nil))
        let snapshot = try collector.collect()
        #expect(snapshot.listeners.allSatisfy { $0.tcpInfo == nil })
        #expect(snapshot.listeners.map(\.inode) == snapshot.entries.filter(\.isListening).map(\.inode))
        let port = listener.localPort
        let ours = snapshot.entries.filter { $0.local.port == port || $0.remote?.port == port }
        #expect(ours.count == 3, "\(ours)")
        #expect(ours.filter { $0.tcpInfo != nil }.count == 2, "both ends of the connection have tcp_info: \(ours)")
        for entry in ours {
            #expect(snapshot.owners.holders[entry.inode]?.contains(ProcessID.current) == true, "\(entry)")
        }
        #expect(snapshot.records[ProcessID.current] != nil, "the test process is described")
        #expect(snapshot.traffic?.byPort[port] != nil, "the listener's port is counted")
        // The answers about the port: no tcp_info either.
        var query = SocketQuery()
        query.ports = [port]
        #expect(snapshot.report(query).sockets.count == 3)
        #expect(snapshot.report(query).sockets.allSatisfy { $0.entry.tcpInfo == nil })
        #expect(snapshot.listing(ListFilter(), registry: .builtin).sockets.allSatisfy { $0.entry.tcpInfo == nil })
    }

    /// Appending to a snapshot's entries (as tests do) keeps its listeners in step.
    @Test func listenersFollowTheEntries() throws {
        var snapshot = try HostSnapshotCollector(inspector: .live(), exposeCommands: false).collect()
        let before = snapshot.listeners.count
        snapshot.entries.append(SocketEntry(transport: .tcp, family: .ipv4, local: Endpoint(address: .loopbackIPv4, port: 6666), remote: nil, state: .listen, inode: 6666, uid: 0))
        #expect(snapshot.listeners.count == before + 1)
        #expect(snapshot.roles.anyListener.contains(6666))
    }
}
