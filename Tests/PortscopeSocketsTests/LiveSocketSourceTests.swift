#if os(Linux)
import Foundation
import PortscopeTesting
import Testing
@testable import PortscopeSockets

/// Real loopback sockets made here, found by both Linux backends with every field right.
@Suite struct LiveSocketSourceTests {
    static let sources: [(String, any SocketSource)] = [("netlink", NetlinkSocketSource()), ("proc", ProcNetSocketSource())]

    /// Property: the kernel-side filter keeps exactly what the Swift reference (the query's
    /// own `matches`) keeps from an unfiltered dump, for random sets of watched ports, also
    /// past the filter's size limit (then portscope filters in Swift).
    @Test func kernelFilterAgreesWithTheReference() throws {
        var random = SeededGenerator()
        var sockets: [LoopbackSocket] = []
        for _ in 0..<12 {
            let listener = try LoopbackSocket.listener()
            let client = try LoopbackSocket()
            try client.connect("127.0.0.1", port: listener.localPort)
            sockets += [listener, client, try listener.accept(), try LoopbackSocket.udp()]
        }
        let ours = Set(sockets.map(\.localPort))
        let everything = try NetlinkSocketSource().snapshot(SocketQuery())
        for round in 0..<12 {
            var ports = Set(ours.filter { _ in Bool.random(using: &random) })
            let noise = round == 11 ? 2000 : Int.random(in: 0...40, using: &random)
            while ports.count < noise { ports.insert(UInt16.random(in: 1...65535, using: &random)) }
            var query = SocketQuery()
            query.ports = ports
            query.localPortsOnly = round % 2 == 1
            let filtered = try NetlinkSocketSource().snapshot(query)
            let inodes = Set(sockets.map(\.inode))
            let expected = Set(everything.sockets.filter { query.matches($0) && inodes.contains($0.inode) }.map(\.inode))
            let got = Set(filtered.sockets.filter { inodes.contains($0.inode) }.map(\.inode))
            #expect(got == expected, "seed \(random.seed), \(ports.count) ports, local only \(query.localPortsOnly)")
            #expect(filtered.sockets.allSatisfy(query.matches), "seed \(random.seed)")
        }
    }

    @Test(arguments: [0, 1])
    func tcpListenerClientAndServer(sourceIndex: Int) throws {
        let (name, source) = Self.sources[sourceIndex]
        let listener = try LoopbackSocket.listener()
        let port = listener.localPort
        let client = try LoopbackSocket()
        try client.connect("127.0.0.1", port: port)
        let server = try listener.accept()
        let snapshot = try source.snapshot(SocketQuery(port: port))
        #expect(snapshot.source == (name == "netlink" ? "netlink" : "/proc/net"))
        #expect(snapshot.sockets.count == 3, "\(snapshot.sockets)")
        let l = try #require(snapshot.sockets.first { $0.inode == listener.inode })
        #expect(l.state == .listen && l.remote == nil && l.local.description == "127.0.0.1:\(port)" && l.transport == .tcp && l.family == .ipv4)
        #expect(l.uid == geteuid())
        let c = try #require(snapshot.sockets.first { $0.inode == client.inode })
        #expect(c.state == .established)
        #expect(c.local.port == client.localPort)
        #expect(c.remote?.description == "127.0.0.1:\(port)")
        let s = try #require(snapshot.sockets.first { $0.inode == server.inode })
        #expect(s.local.port == port && s.remote?.port == client.localPort)
        // The kernel-side filter must not drop or add anything: a full dump agrees.
        let all = try source.snapshot(SocketQuery()).sockets.filter { $0.uses(port: port) }
        #expect(Set(all.map(\.inode)) == Set(snapshot.sockets.map(\.inode)))
    }

    @Test(arguments: [0, 1])
    func udpUnconnectedAndConnected(sourceIndex: Int) throws {
        let source = Self.sources[sourceIndex].1
        let bound = try LoopbackSocket.udp()
        let connected = try LoopbackSocket(udp: true)
        try connected.connect("127.0.0.1", port: bound.localPort)
        let snapshot = try source.snapshot(SocketQuery(port: bound.localPort, protocols: [.udp]))
        let b = try #require(snapshot.sockets.first { $0.inode == bound.inode })
        #expect(b.state == .unconnected && b.remote == nil && b.isListening)
        let c = try #require(snapshot.sockets.first { $0.inode == connected.inode })
        #expect(c.state == .established && c.remote?.port == bound.localPort && !c.isListening)
        let listeners = try source.snapshot(SocketQuery(protocols: [.udp], listeningOnly: true)).sockets
        #expect(listeners.contains { $0.inode == bound.inode })
        #expect(!listeners.contains { $0.inode == connected.inode })
    }

    @Test(arguments: [0, 1])
    func ipv6AndDualStack(sourceIndex: Int) throws {
        let source = Self.sources[sourceIndex].1
        let v6 = try LoopbackSocket.listener(ipv6: true)
        let snapshot = try source.snapshot(SocketQuery(port: v6.localPort))
        let l = try #require(snapshot.sockets.first { $0.inode == v6.inode })
        #expect(l.family == .ipv6 && l.local.description == "[::1]:\(v6.localPort)")

        // A dual-stack listener on :: reached over IPv4: the accepted socket has v4-mapped addresses.
        let dual = try LoopbackSocket.listener(address: "::", ipv6: true, ipv6Only: false)
        let client = try LoopbackSocket()
        try client.connect("127.0.0.1", port: dual.localPort)
        let accepted = try dual.accept()
        let sockets = try source.snapshot(SocketQuery(port: dual.localPort)).sockets
        let a = try #require(sockets.first { $0.inode == accepted.inode })
        #expect(a.family == .ipv6)
        #expect(a.local.address.description == "::ffff:127.0.0.1")
        #expect(a.remote?.description == "[::ffff:127.0.0.1]:\(client.localPort)")
        let c = try #require(sockets.first { $0.inode == client.inode })
        #expect(c.family == .ipv4 && c.remote?.description == "127.0.0.1:\(dual.localPort)")
    }

    @Test(arguments: [0, 1])
    func timeWaitHasNoInode(sourceIndex: Int) throws {
        let source = Self.sources[sourceIndex].1
        let listener = try LoopbackSocket.listener()
        let client = try LoopbackSocket()
        try client.connect("127.0.0.1", port: listener.localPort)
        let server = try listener.accept()
        let clientPort = client.localPort
        client.close() // the side that closes first keeps TIME_WAIT
        usleep(50_000)
        server.close()
        usleep(50_000)
        // The FIN exchange finishes asynchronously: wait (up to 3 s) for the TIME_WAIT.
        // Other tests' sockets may share a port number: match the whole connection.
        let ours = { (socket: SocketEntry) in socket.state == .timeWait && socket.local.port == clientPort && socket.remote?.port == listener.localPort }
        var sockets = try source.snapshot(SocketQuery(port: clientPort)).sockets
        for _ in 0..<60 where !sockets.contains(where: ours) {
            usleep(50_000)
            sockets = try source.snapshot(SocketQuery(port: clientPort)).sockets
        }
        let tw = try #require(sockets.first(where: ours))
        #expect(tw.inode == 0)
    }

    @Test func v6OnlyFlagOfIPv6Listeners() throws {
        let dual = try LoopbackSocket.listener(address: "::", ipv6: true, ipv6Only: false)
        let only = try LoopbackSocket.listener(address: "::", ipv6: true, ipv6Only: true)
        let v4 = try LoopbackSocket.listener()
        let sockets = try NetlinkSocketSource().snapshot(SocketQuery(listeningOnly: true)).sockets
        #expect(sockets.first { $0.inode == dual.inode }?.v6Only == false)
        #expect(sockets.first { $0.inode == only.inode }?.v6Only == true)
        #expect(sockets.first { $0.inode == v4.inode }?.v6Only == nil)
    }

    /// The kernel accepts the OR-ed program and returns exactly the sockets on those ports.
    @Test func severalPortsFilteredInTheKernel() throws {
        let a = try LoopbackSocket.listener()
        let b = try LoopbackSocket.listener()
        let c = try LoopbackSocket.listener()
        var query = SocketQuery()
        query.ports = [a.localPort, c.localPort]
        let sockets = try NetlinkSocketSource().snapshot(query).sockets
        #expect(Set(sockets.map(\.inode)) == [a.inode, c.inode])
        _ = b
    }

    /// One combined TCP dump sees exactly what one dump per family sees.
    @Test func combinedTCPDumpMatchesPerFamilyDumps() throws {
        let v4 = try LoopbackSocket.listener()
        let v6 = try LoopbackSocket.listener(ipv6: true)
        let client = try LoopbackSocket(ipv6: true)
        try client.connect("::1", port: v6.localPort)
        // Other tests open and close listeners meanwhile: the listeners present in a separate
        // dump before and after the combined one must be in it.
        let before = try NetlinkSocketSource(combinedTCP: false).snapshot(SocketQuery(protocols: [.tcp])).sockets
        let combined = try NetlinkSocketSource(combinedTCP: true).snapshot(SocketQuery(protocols: [.tcp])).sockets
        let after = try NetlinkSocketSource(combinedTCP: false).snapshot(SocketQuery(protocols: [.tcp])).sockets
        for inode in [v4.inode, v6.inode, client.inode] {
            #expect(combined.contains { $0.inode == inode })
            #expect(before.contains { $0.inode == inode })
        }
        let listening = { (sockets: [SocketEntry]) in Set(sockets.filter { $0.state == .listen }.map(\.inode)) }
        #expect(listening(before).intersection(listening(after)).isSubset(of: listening(combined)))
        let repeating = RepeatingNetlinkSource()
        for _ in 0..<3 {
            var query = SocketQuery()
            query.ports = [v4.localPort, v6.localPort]
            #expect(try repeating.snapshot(query).sockets.filter { $0.state == .listen }.count == 2)
        }
    }

    /// A dump of many datagrams is received on a second thread while this one decodes
    /// (``NetlinkConnection/datagramsBeforePipelining``): 600 connections with `tcp_info`
    /// make about 400 KB of replies, a dozen datagrams. Every socket made here is found once
    /// (`/proc/net/tcp` lists each of them); and a repeating source reads the same on one connection.
    @Test func aLongDumpIsReceivedWhileItIsDecoded() throws {
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        if limit.rlim_cur < 4096 {
            limit.rlim_cur = min(4096, limit.rlim_max)
            setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        }
        let connections = limit.rlim_cur >= 2000 ? 600 : 300
        let listener = try LoopbackSocket.listener(backlog: 1024)
        var sockets = [listener]
        for _ in 0..<connections {
            let client = try LoopbackSocket()
            try client.connect("127.0.0.1", port: listener.localPort)
            sockets += [client, try listener.accept()]
        }
        let ours = Set(sockets.map(\.inode))
        var query = SocketQuery(protocols: [.tcp])
        query.withTCPInfo = true
        // /proc/net/tcp is read in pieces, and a bucket that changes between two reads (other
        // tests make and close sockets meanwhile) can list a socket twice: compared as a set.
        let reference = try ProcNetSocketSource().snapshot(SocketQuery(protocols: [.tcp])).sockets.filter { ours.contains($0.inode) }
        #expect(Set(reference.map(\.inode)) == ours)
        let repeating = RepeatingNetlinkSource()
        for dumped in [try NetlinkSocketSource().snapshot(query).sockets, try repeating.snapshot(query).sockets, try repeating.snapshot(query).sockets] {
            let found = dumped.filter { ours.contains($0.inode) }
            #expect(found.count == ours.count, "each socket once")
            #expect(ours.subtracting(found.map(\.inode)).isEmpty, "\(ours.subtracting(found.map(\.inode)).count) sockets missing")
            #expect(found.filter { $0.state == .established }.allSatisfy { $0.tcpInfo != nil })
        }
        // At least 300 bytes a socket with tcp_info: more than the datagrams read before the
        // second thread takes over.
        #expect(ours.count * 300 > NetlinkConnection.datagramsBeforePipelining * NetlinkConnection.bufferSize)
    }

    @Test func listeningOnlyQuery() throws {
        let listener = try LoopbackSocket.listener()
        let client = try LoopbackSocket()
        try client.connect("127.0.0.1", port: listener.localPort)
        let sockets = try NetlinkSocketSource().snapshot(SocketQuery(listeningOnly: true)).sockets
        #expect(sockets.contains { $0.inode == listener.inode })
        #expect(!sockets.contains { $0.inode == client.inode })
        #expect(sockets.allSatisfy { $0.isListening })
    }

    /// Every socket `ss` reports for our ports, portscope reports too, with the same state.
    @Test(.enabled(if: TestPaths.hasTool("ss"), "needs ss (iproute2)"))
    func agreesWithSS() throws {
        let listener = try LoopbackSocket.listener()
        let client = try LoopbackSocket()
        try client.connect("127.0.0.1", port: listener.localPort)
        let server = try listener.accept()
        let udp = try LoopbackSocket.udp()
        _ = server
        let ss = try CommandRunner.run("/usr/bin/env", ["ss", "-Htanu"])
        let ours = try NetlinkSocketSource().snapshot(SocketQuery()).sockets
        var checked = 0
        for line in ss.stdout.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6 else { continue }
            let local = String(fields[4])
            guard [listener.localPort, client.localPort, udp.localPort].contains(where: { local.hasSuffix(":\($0)") }) else { continue }
            let state = String(fields[1])
            let match = ours.contains { socket in
                socket.local.description.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "") == local.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "").replacingOccurrences(of: "*", with: "0.0.0.0")
                    && ssState(socket.state) == state
            }
            #expect(match, "ss line not found in portscope's view: \(line)")
            checked += 1
        }
        #expect(checked >= 4)
    }

    func ssState(_ state: SocketState) -> String {
        switch state {
        case .established: "ESTAB"
        case .listen: "LISTEN"
        case .unconnected: "UNCONN"
        case .timeWait: "TIME-WAIT"
        default: state.rawValue
        }
    }
}
#endif

#if os(Linux)
/// Issue #11 case 7: the sampler's public API refuses more destinations than it has addresses.
@Suite struct SamplerLimitTests {
    @Test func moreDestinationsThanAddressesIsAnError() {
        #expect(throws: SocketSourceError.self) { try LoopbackSourcePortSampler().sample(count: 1, destinations: 255) }
        #expect(throws: SocketSourceError.self) { try LoopbackSourcePortSampler().sample(count: 1, destinations: 0) }
        #expect(throws: SocketSourceError.self) { try LoopbackSourcePortSampler().sample(count: -1, destinations: 1) }
    }
}
#endif
