#if os(Linux)
import Foundation
import PortscopeSockets
import PortscopeTesting
import Testing
@testable import Portscope
import PortscopeProcesses

/// `Inspector.live()` on sockets made by this test (or its helper processes), loopback only,
/// checked field by field.
@Suite(.serialized) struct LiveInspectorTests {
    let inspector = Inspector.live()

    @Test func listenerServerAndClientOfThisProcess() throws {
        let listener = try LoopbackSocket.listener()
        let port = listener.localPort
        let client = try LoopbackSocket()
        try client.connect("127.0.0.1", port: port)
        let server = try listener.accept()
        let report = try inspector.who(port: port)
        #expect(report.sockets.count == 3)
        let me = getpid()
        for (socket, role, local, remote) in [
            (listener, SocketRole.listener, "127.0.0.1:\(port)", nil as String?),
            (server, .server, "127.0.0.1:\(port)", "127.0.0.1:\(client.localPort)"),
            (client, .client, "127.0.0.1:\(client.localPort)", "127.0.0.1:\(port)"),
        ] {
            let found = try #require(report.sockets.first { $0.entry.inode == socket.inode })
            #expect(found.role == role)
            #expect(found.owner == .known)
            #expect(found.processes.map(\.pid) == [me])
            #expect(found.entry.local.description == local)
            #expect(found.entry.remote?.description == remote)
            #expect(found.entry.state == (role == .listener ? .listen : .established))
            #expect(found.processes.first?.uid == getuid())
        }
        #expect(report.hidden == nil)
    }

    @Test func udpAndIPv6() throws {
        let bound = try LoopbackSocket.udp()
        let connected = try LoopbackSocket(udp: true)
        try connected.connect("127.0.0.1", port: bound.localPort)
        let udp = try inspector.who(port: bound.localPort, protocols: [.udp])
        #expect(udp.sockets.first { $0.entry.inode == bound.inode }?.role == .listener)
        #expect(udp.sockets.first { $0.entry.inode == connected.inode }?.role == .client)
        #expect(udp.sockets.allSatisfy { $0.processes.map(\.pid) == [getpid()] })

        let v6 = try LoopbackSocket.listener(ipv6: true)
        let found = try #require(try inspector.who(port: v6.localPort).sockets.first)
        #expect(found.entry.family == .ipv6)
        #expect(found.entry.local.address == .loopbackIPv6)
        #expect(found.processes.map(\.pid) == [getpid()])
    }

    @Test func dualStackListenerReachedOverIPv4() throws {
        let dual = try LoopbackSocket.listener(address: "::", ipv6: true, ipv6Only: false)
        let client = try LoopbackSocket()
        try client.connect("127.0.0.1", port: dual.localPort)
        let accepted = try dual.accept()
        let report = try inspector.who(port: dual.localPort)
        let server = try #require(report.sockets.first { $0.entry.inode == accepted.inode })
        #expect(server.entry.family == .ipv6)
        #expect(server.entry.local.address.description == "::ffff:127.0.0.1")
        #expect(server.role == .server)
        #expect(report.sockets.first { $0.entry.inode == client.inode }?.role == .client)
    }

    @Test func timeWaitHasNoOwner() throws {
        let listener = try LoopbackSocket.listener()
        let client = try LoopbackSocket()
        try client.connect("127.0.0.1", port: listener.localPort)
        let server = try listener.accept()
        let clientPort = client.localPort
        client.close()
        usleep(50_000)
        server.close()
        usleep(50_000)
        // The FIN exchange finishes asynchronously: wait (up to 3 s) for the TIME_WAIT.
        let ours = { (socket: InspectedSocket) in
            socket.entry.state == .timeWait && socket.entry.local.port == clientPort && socket.entry.remote?.port == listener.localPort
        }
        var report = try inspector.who(port: clientPort)
        for _ in 0..<60 where !report.sockets.contains(where: ours) {
            usleep(50_000)
            report = try inspector.who(port: clientPort)
        }
        let tw = try #require(report.sockets.first(where: ours))
        #expect(tw.owner == OwnerStatus.none)
        #expect(tw.processes.isEmpty)
        #expect(tw.entry.inode == 0)
        #expect(tw.role == .client)
    }

    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func forkedChildSharesTheSocket() throws {
        let (helper, info) = try HelperProcess.start(HelperProcess.forkedListener)
        defer { helper.signal(SIGKILL); helper.wait() }
        let port = try #require(info["port"] as? Int)
        let report = try inspector.who(port: UInt16(port))
        let listener = try #require(report.sockets.first)
        #expect(listener.role == .listener)
        #expect(Set(listener.processes.map(\.pid)) == [Int32(info["parent"] as! Int), Int32(info["child"] as! Int)])
        #expect(listener.processes.allSatisfy { $0.name == "python3" })
    }

    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func socketPassedOverUnixSocketBelongsToTheReceiver() throws {
        let (helper, info) = try HelperProcess.start(HelperProcess.passedListener)
        defer { helper.signal(SIGKILL); helper.wait() }
        let port = try #require(info["port"] as? Int)
        let report = try inspector.who(port: UInt16(port))
        let listener = try #require(report.sockets.first)
        #expect(listener.processes.map(\.pid) == [Int32(info["receiver"] as! Int)])
    }

    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func hostileProcessNameIsKeptAsData() throws {
        let (helper, info) = try HelperProcess.start(HelperProcess.hostileName)
        defer { helper.signal(SIGKILL); helper.wait() }
        let report = try inspector.who(port: UInt16(info["port"] as! Int))
        let process = try #require(report.sockets.first?.processes.first)
        #expect(process.pid == Int32(info["pid"] as! Int))
        #expect(process.name.contains("\u{1B}]0;pwn"))
    }

    @Test func portFreeHereIsExitStatusMaterial() throws {
        // A port nothing uses: bind, read the port, close, then ask.
        let probe = try LoopbackSocket.listener()
        let port = probe.localPort
        probe.abortOnClose()
        probe.close()
        let report = try inspector.who(port: port)
        #expect(report.sockets.isEmpty)
    }
}
#endif
