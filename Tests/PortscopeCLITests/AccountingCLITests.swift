#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

/// Connection accounting (issue #12) on real loopback sockets made by the tests.
@Suite(.serialized) struct AccountingCLITests {
    func json(_ result: CommandResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)\(result.stderr)")
    }

    func sockets(_ object: [String: Any]) -> [[String: Any]] { object["sockets"] as? [[String: Any]] ?? [] }

    /// A listener made with listen(123) shows max 123, and 5 connections not yet accepted.
    @Test func acceptQueue() throws {
        let listener = try LoopbackSocket.listener(backlog: 123)
        var clients: [LoopbackSocket] = []
        for _ in 0..<5 {
            let client = try LoopbackSocket()
            try client.connect("127.0.0.1", port: listener.localPort)
            clients.append(client)
        }
        let who = try json(try CommandRunner.portscope(["who", String(listener.localPort), "--json"]))
        let socket = try #require(sockets(who).first { $0["role"] as? String == "listener" })
        let queue = try #require(socket["queue"] as? [String: Any])
        #expect(queue["max"] as? Int == 123)
        #expect(queue["current"] as? Int == 5)
        #expect(socket["tcpInfo"] is NSNull) // not asked
        let text = try CommandRunner.portscope(["who", String(listener.localPort)]).stdout
        #expect(text.contains("queue 5/123"), "\(text)")
        let list = try CommandRunner.portscope(["ls", "--port", String(listener.localPort)]).stdout
        #expect(list.contains("5/123"), "\(list)")
    }

    /// A client that sends exactly 100,000 bytes: the server received 100,000, the client had
    /// 100,000 acknowledged; and ss -ti says the same.
    @Test func bytesFromTCPInfo() throws {
        let listener = try LoopbackSocket.listener()
        let client = try LoopbackSocket()
        try client.connect("127.0.0.1", port: listener.localPort)
        let server = try listener.accept()
        try client.sendAll([UInt8](repeating: 7, count: 100_000))
        #expect(try server.receive(100_000) == 100_000)
        usleep(200_000) // the last ACK
        let who = try json(try CommandRunner.portscope(["who", String(listener.localPort), "--info", "--json"]))
        let serverInfo = try #require(sockets(who).first { $0["inode"] as? Int == Int(server.inode) }?["tcpInfo"] as? [String: Any])
        let clientInfo = try #require(sockets(who).first { $0["inode"] as? Int == Int(client.inode) }?["tcpInfo"] as? [String: Any])
        #expect(serverInfo["bytesReceived"] as? Int == 100_000)
        #expect(clientInfo["bytesAcked"] as? Int == 100_000)
        #expect(clientInfo["bytesSent"] as? Int == 100_000)
        #expect((clientInfo["rttMicroseconds"] as? Int ?? 0) > 0)
        #expect(sockets(who).first { $0["role"] as? String == "listener" }?["tcpInfo"] is NSNull)
        let text = try CommandRunner.portscope(["who", String(listener.localPort), "-i"]).stdout
        #expect(text.contains("received 100 kB"), "\(text)")
        // ss reads the same struct: bytes_received and bytes_sent agree exactly; its
        // bytes_acked counts the SYN too.
        if TestPaths.hasTool("ss") {
            let ss = try CommandRunner.run("/usr/bin/env", ["ss", "-Htni", "sport = :\(client.localPort)"]).stdout
            #expect(ss.contains("bytes_sent:100000"), "\(ss)")
            #expect(ss.contains("bytes_acked:100001") || ss.contains("bytes_acked:100000"), "\(ss)")
        }
    }

    /// ls --connections counts exactly the connections the test opened, by state and peer.
    @Test func listenerConnections() throws {
        let listener = try LoopbackSocket.listener(address: "0.0.0.0")
        var keep: [LoopbackSocket] = []
        for index in 0..<6 {
            let client = try LoopbackSocket()
            try client.bind("127.0.0.\(index < 4 ? 2 : 3)", port: 0)
            try client.connect("127.0.0.1", port: listener.localPort)
            keep.append(client)
            keep.append(try listener.accept())
        }
        // Two of them closed by the server first: those server sides are in FIN_WAIT2.
        keep[1].close()
        keep[3].close()
        usleep(100_000)
        let list = try json(try CommandRunner.portscope(["ls", "--port", String(listener.localPort), "--connections", "--json"]))
        let row = try #require(sockets(list).first { $0["role"] as? String == "listener" })
        let counts = try #require(row["connections"] as? [String: Int])
        #expect(counts == ["ESTABLISHED": 4, "FIN_WAIT2": 2], "\(counts)")
        let peers = try #require(row["topPeers"] as? [[String: Any]])
        #expect(peers.first?["address"] as? String == "127.0.0.2")
        #expect(peers.first?["connections"] as? Int == 4)
        #expect(peers.dropFirst().first?["address"] as? String == "127.0.0.3")
        let text = try CommandRunner.portscope(["ls", "--port", String(listener.localPort), "-c"]).stdout
        #expect(text.contains("4 ESTABLISHED, 2 FIN_WAIT2"), "\(text)")
    }
}
#endif

#if os(Linux)
/// `top` and `watch` report the bytes a test pushed (issue #12).
@Suite(.serialized) struct TrafficCLITests {
    func records(_ output: String) -> [[String: Any]] {
        output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    /// 2,000,000 bytes pushed in the first interval are in top's records, within 5%.
    @Test func topCountsThePushedBytes() throws {
        let listener = try LoopbackSocket.listener()
        let client = try LoopbackSocket()
        try client.connect("127.0.0.1", port: listener.localPort)
        let server = try listener.accept()
        let top = try ChildProcess([TestPaths.portscope, "top", String(listener.localPort), "--interval", "1", "--count", "2", "--json"],
                                   environment: ["XDG_DATA_HOME": TemporaryDirectory.shared.path])
        usleep(400_000) // the first sample (the baseline) is taken
        let reader = Thread { _ = try? server.receive(2_000_000) }
        reader.start()
        try client.sendAll([UInt8](repeating: 1, count: 2_000_000))
        let result = top.finish()
        #expect(result.status == 0, "\(result.stderr)")
        let rows = records(result.stdout).filter { $0["port"] as? Int == Int(listener.localPort) }
        #expect(rows.count == 2)
        let received = rows.reduce(0.0) { $0 + ($1["receivedBytesPerSecond"] as? Double ?? 0) * ($1["intervalSeconds"] as? Double ?? 0) }
        #expect(abs(received - 2_000_000) <= 100_000, "received \(received) in \(rows)")
        #expect(rows.allSatisfy { $0["established"] as? Int == 1 })
        #expect(rows.first?["queue"] as? [String: Any] != nil)
        // The listener is this test's own: its process is known.
        #expect(rows.first?["processesUnknown"] as? Bool == false)
        #expect((rows.first?["processes"] as? [String])?.isEmpty == false)
    }

    /// A connection that sends 5,000 bytes and closes at once appears in watch with its bytes,
    /// from the destroy notifications' final counters: as root, and as an unprivileged user
    /// (nobody, through setpriv), since current kernels need no privilege for them.
    @Test(.enabled(if: destroyNotificationsAvailable, "this kernel refuses destroy notifications"), arguments: ["root", "nobody"])
    func watchReportsBytesAtClose(user: String) throws {
        if user == "nobody" { guard runningAsRoot && TestPaths.hasTool("setpriv") else { return } }
        let listener = try LoopbackSocket.listener()
        let drop = user == "nobody" ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] : []
        let watcher = try ChildProcess(drop + [TestPaths.portscope, "watch", String(listener.localPort), "--json", "--interval", "200"],
                                       environment: ["XDG_DATA_HOME": TemporaryDirectory.shared.path, "HOME": "/nonexistent"])
        for _ in 0..<50 {
            guard let line = watcher.readLine() else { break }
            if line.contains("\"LISTEN\"") { break }
        }
        let client = try LoopbackSocket()
        try client.connect("127.0.0.1", port: listener.localPort)
        let server = try listener.accept()
        try client.sendAll([UInt8](repeating: 2, count: 5000))
        #expect(try server.receive(5000) == 5000)
        let clientPort = Int(client.localPort)
        client.close()
        server.close()
        usleep(600_000)
        watcher.signal(SIGINT)
        let result = watcher.finish()
        #expect(!result.stderr.contains("destroy notifications are unavailable"), "\(result.stderr)")
        let events = records(result.stdout)
        func info(_ where_: ([String: Any]) -> Bool) -> [String: Any]? {
            events.compactMap { $0["socket"] as? [String: Any] }.first(where: where_)?["tcpInfo"] as? [String: Any]
        }
        let clientInfo = info { (($0["local"] as? [String: Any])?["port"] as? Int) == clientPort && $0["tcpInfo"] is [String: Any] }
        let serverInfo = info { (($0["remote"] as? [String: Any])?["port"] as? Int) == clientPort && $0["tcpInfo"] is [String: Any] }
        #expect(clientInfo?["bytesSent"] as? Int == 5000, "\(result.stdout)")
        // The server's final count may hold the client's FIN too (the kernel counts it).
        #expect((5000...5001).contains(serverInfo?["bytesReceived"] as? Int ?? -1), "\(result.stdout)")
    }
}
#endif
