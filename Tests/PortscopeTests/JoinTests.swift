import PortscopeProcesses
import PortscopeSockets
import Testing
@testable import Portscope

@Suite struct JoinTests {
    static func entry(_ local: String, _ port: UInt16, _ remote: (String, UInt16)? = nil, state: SocketState, inode: UInt64, uid: UInt32 = 1000, udp: Bool = false) -> SocketEntry {
        SocketEntry(
            transport: udp ? .udp : .tcp, family: .ipv4,
            local: Endpoint(address: IPAddress(local)!, port: port),
            remote: remote.map { Endpoint(address: IPAddress($0.0)!, port: $0.1) },
            state: state, inode: inode, uid: uid
        )
    }

    let listener = entry("127.0.0.1", 8080, state: .listen, inode: 1)
    let server = entry("127.0.0.1", 8080, ("127.0.0.1", 51000), state: .established, inode: 2)
    let client = entry("127.0.0.1", 51000, ("127.0.0.1", 8080), state: .established, inode: 3)
    let timeWait = entry("127.0.0.1", 51001, ("127.0.0.1", 8080), state: .timeWait, inode: 0)
    let fixedClient = entry("127.0.0.1", 2000, ("10.0.0.1", 443), state: .established, inode: 4)
    let udpBound = entry("0.0.0.0", 5353, state: .unconnected, inode: 5, udp: true)

    @Test func roles() {
        let roles = RoleClassifier(listeners: [listener, udpBound], ephemeralRange: 32768...60999)
        #expect(roles.role(of: listener) == .listener)
        #expect(roles.role(of: udpBound) == .listener)
        #expect(roles.role(of: server) == .server)
        #expect(roles.role(of: client) == .client)
        #expect(roles.role(of: timeWait) == .client)
        #expect(roles.role(of: fixedClient) == .unknown)
        let noRange = RoleClassifier(listeners: [listener], ephemeralRange: nil)
        // Connecting to a local listener still makes it a client.
        #expect(noRange.role(of: client) == .client)
    }

    @Test func ownersKnownNoneAndHidden() {
        let owners = SocketOwners(holders: [1: [10], 2: [10, 11], 3: [12]], processesScanned: 20, processesDenied: 2, deniedUIDs: [0, 33])
        let records: [Int32: ProcessRecord] = [10: ProcessRecord(pid: 10, name: "server"), 11: ProcessRecord(pid: 11, name: "worker"), 12: ProcessRecord(pid: 12, name: "curl")]
        let context = SocketJoiner.Context(owners: owners, processes: records, roles: RoleClassifier(listeners: [listener], ephemeralRange: 32768...60999), viewerIsRoot: false)
        let (sockets, hidden) = SocketJoiner.join([client, timeWait, server, listener, fixedClient], context)
        #expect(sockets.count == 5)
        #expect(sockets[0].entry == listener) // listeners first
        #expect(sockets.first { $0.entry == server }?.processes.map(\.name) == ["server", "worker"])
        #expect(sockets.first { $0.entry == timeWait }?.owner == OwnerStatus.none)
        let h = sockets.first { $0.entry == fixedClient }
        #expect(h?.owner == .hidden)
        #expect(h?.hiddenReason?.contains("run as root") == true)
        #expect(hidden?.count == 1)
        #expect(hidden?.reason.hasPrefix("run as root to see the owners of 1 socket") == true)
    }

    @Test func hiddenAsRootSaysWhy() {
        let context = SocketJoiner.Context(owners: SocketOwners(processesScanned: 5), processes: [:], roles: RoleClassifier(listeners: [], ephemeralRange: nil), viewerIsRoot: true)
        let (sockets, hidden) = SocketJoiner.join([listener], context)
        #expect(sockets[0].owner == .hidden)
        #expect(hidden?.reason.contains("another PID namespace") == true)
    }

    @Test func listFilters() {
        let proc = ProcessRecord(pid: 10, name: "nginx", uid: 33, user: "www-data", command: ["nginx:", "worker"])
        let socket = InspectedSocket(entry: listener, role: .listener, owner: .known, processes: [proc])
        var filter = ListFilter()
        #expect(filter.matches(socket))
        filter.process = "nginx"
        #expect(filter.matches(socket))
        filter.process = "worker"
        #expect(filter.matches(socket))
        filter.process = "apache"
        #expect(!filter.matches(socket))
        filter = ListFilter()
        filter.user = "www-data"
        #expect(filter.matches(socket))
        filter.user = "33"
        #expect(filter.matches(socket))
        filter.user = "root"
        #expect(!filter.matches(socket))
        filter = ListFilter()
        filter.pid = 11
        #expect(!filter.matches(socket))
        filter = ListFilter()
        filter.states = [.established]
        #expect(!filter.matches(socket))
    }
}
