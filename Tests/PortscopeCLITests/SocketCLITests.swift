import Foundation
import PortscopeTesting
import Testing

/// `who`, `ls` and explain's "on this host now", end to end on the fixture procfs.
@Suite struct SocketCLITests {
    static let proc = TestPaths.inPackage("Tests/PortscopeCLITests/Fixtures/proc")

    func run(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.portscope(arguments, procRoot: Self.proc)
    }

    @Test(arguments: [
        (["who", "8080"], "who-8080.txt"),
        (["who", "8080", "--json"], "who-8080.json"),
        (["who", "ssh"], "who-ssh.txt"),
        (["ls"], "ls.txt"),
        (["ls", "--all"], "ls-all.txt"),
        (["ls", "--json"], "ls.json"),
        (["explain", "8080"], "explain-8080-live.txt"),
    ])
    func golden(arguments: [String], snapshot: String) throws {
        let result = try run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let output = result.stdout.replacingOccurrences(of: Self.proc, with: "/proc")
        if let mismatch = Snapshot.mismatch(output, named: snapshot, in: "PortscopeCLITests") {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test func whoExitsOneWhenNothingUsesThePort() throws {
        let result = try run(["who", "9"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("Port 9: nothing uses it"))
        #expect(try run(["ls", "--process", "nope"]).status == 1)
        #expect(try run(["ls", "--port", "22"]).status == 0)
    }

    @Test func hostileNamesAreNeutralisedInText() throws {
        for arguments in [["who", "8080"], ["ls", "--all"], ["explain", "8080"]] {
            let result = try run(arguments)
            #expect(!result.stdout.contains("\u{1B}"), "\(arguments)")
            #expect(result.stdout.contains("curl\\e]0;owned\\a\\e[2J"), "\(arguments)")
        }
        let json = try run(["who", "8080", "--json"])
        #expect(json.stdout.contains(#"curl\u001b]0;owned\u0007\u001b[2J"#))
    }

    @Test func whoJSONContract() throws {
        let result = try run(["who", "8080", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["port"] as? Int == 8080)
        let sockets = try #require(object["sockets"] as? [[String: Any]])
        #expect(sockets.count == 4)
        let listener = try #require(sockets.first { $0["role"] as? String == "listener" })
        #expect(listener["protocol"] as? String == "tcp")
        #expect(listener["family"] as? String == "ipv4")
        #expect((listener["local"] as? [String: Any])?["address"] as? String == "127.0.0.1")
        #expect((listener["local"] as? [String: Any])?["port"] as? Int == 8080)
        #expect(listener["remote"] is NSNull)
        #expect(listener["state"] as? String == "LISTEN")
        #expect(listener["inode"] as? Int == 7001)
        #expect(listener["uid"] as? Int == 4242)
        #expect(listener["owner"] as? String == "known")
        let processes = try #require(listener["processes"] as? [[String: Any]])
        #expect(processes.map { $0["pid"] as? Int } == [200, 201])
        #expect(processes.first?["command"] as? [String] == ["python3", "-m", "http.server", "8080"])
        #expect(processes.first?["container"] is NSNull)
        let timeWait = try #require(sockets.first { $0["state"] as? String == "TIME_WAIT" })
        #expect(timeWait["owner"] as? String == "none")
        #expect(object["hidden"] is NSNull)
    }

    @Test func listFilters() throws {
        let byUser = try run(["ls", "--user", "root", "--json"])
        let sockets = try #require(try JSONSerialization.jsonObject(with: Data(byUser.stdout.utf8)) as? [String: Any])["sockets"] as? [[String: Any]]
        #expect(sockets?.count == 3) // sshd, avahi, the unowned 40000 listener (uid 0)
        let udp = try run(["ls", "--udp"])
        #expect(udp.stdout.contains("5353"))
        #expect(!udp.stdout.contains("8080"))
        let state = try run(["ls", "--state", "time-wait"])
        #expect(state.stdout.contains("TIME_WAIT"))
        #expect(try run(["ls", "--state", "bogus"]).status == 64)
    }
}
