#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

/// `who` on this machine's real sockets: what a user who is not root sees, and other network
/// namespaces. Sockets and namespaces are made by the tests; traffic stays on loopback.
@Suite(.serialized) struct LiveSocketCLITests {
    func json(_ result: CommandResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func whoFindsThisTestsListener() throws {
        let listener = try LoopbackSocket.listener()
        let result = try CommandRunner.portscope(["who", String(listener.localPort), "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let sockets = try json(result)["sockets"] as? [[String: Any]] ?? []
        #expect(sockets.count == 1)
        #expect((sockets.first?["processes"] as? [[String: Any]])?.first?["pid"] as? Int == Int(getpid()))
        #expect(sockets.first?["inode"] as? Int == Int(listener.inode))
    }

    /// Run as `nobody`, the root-owned listener of this test is listed with owner "hidden"
    /// and a reason that says to run as root; nothing is dropped.
    @Test(.enabled(if: runningAsRoot && TestPaths.hasTool("setpriv"), "needs root (to drop to nobody) and setpriv"))
    func nonRootSeesHiddenOwners() throws {
        let listener = try LoopbackSocket.listener()
        let result = try CommandRunner.run("/usr/bin/setpriv", [
            "--reuid=65534", "--regid=65534", "--clear-groups", "--",
            TestPaths.portscope, "who", String(listener.localPort), "--json",
        ], environment: ["XDG_DATA_HOME": TemporaryDirectory.shared.path, "HOME": "/nonexistent"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result)
        let sockets = object["sockets"] as? [[String: Any]] ?? []
        #expect(sockets.count == 1)
        #expect(sockets.first?["owner"] as? String == "hidden")
        #expect((sockets.first?["hiddenReason"] as? String)?.contains("run as root") == true)
        #expect(sockets.first?["uid"] as? Int == 0)
        let hidden = try #require(object["hidden"] as? [String: Any])
        #expect(hidden["count"] as? Int == 1)
        #expect((hidden["reason"] as? String)?.hasPrefix("run as root to see the owners of 1 socket") == true)
    }

    /// A listener inside a network namespace this test creates: free here, reported as held
    /// elsewhere; `--all-netns` lists it with its namespace and process.
    @Test(.enabled(if: runningAsRoot && TestPaths.hasTool("ip") && TestPaths.hasTool("python3"), "needs root, ip and python3"))
    func otherNetworkNamespaces() throws {
        let name = "portscope-test-\(getpid())"
        let add = try CommandRunner.run("/usr/bin/env", ["ip", "netns", "add", name])
        try #require(add.status == 0, "ip netns add failed: \(add.stderr)")
        defer { _ = try? CommandRunner.run("/usr/bin/env", ["ip", "netns", "delete", name]) }
        _ = try CommandRunner.run("/usr/bin/env", ["ip", "-n", name, "link", "set", "lo", "up"])
        // Pick a port that is free here, then listen on it inside the namespace.
        let probe = try LoopbackSocket.listener()
        let port = probe.localPort
        probe.close()
        let helper = try ChildProcess(["ip", "netns", "exec", name, "python3", "-c", HelperProcess.listener, String(port)])
        defer { helper.signal(SIGKILL); helper.wait() }
        let line = try #require(helper.readLine())
        let info = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])

        let here = try CommandRunner.portscope(["who", String(port), "--json"])
        #expect(here.status == 1)
        let elsewhere = try json(here)["elsewhere"] as? [[String: Any]] ?? []
        #expect(elsewhere.count == 1)
        #expect(elsewhere.first?["listening"] as? Bool == true)
        let text = try CommandRunner.portscope(["who", String(port)])
        #expect(text.stdout.contains("held elsewhere"))

        let all = try CommandRunner.portscope(["who", String(port), "--all-netns", "--json"])
        #expect(all.status == 0, "\(all.stderr)")
        let sockets = try json(all)["sockets"] as? [[String: Any]] ?? []
        let socket = try #require(sockets.first)
        #expect(socket["role"] as? String == "listener")
        #expect((socket["namespace"] as? [String: Any])?["id"] != nil)
        #expect((socket["processes"] as? [[String: Any]])?.first?["pid"] as? Int == info["pid"] as? Int)
    }
}
#endif

#if os(Linux)
/// `why` end to end: exit codes, and what a user who is not root is told about low ports.
@Suite struct WhyCLITests {
    @Test func exitStatusFollowsTheVerdict() throws {
        let listener = try LoopbackSocket.listener()
        let blocked = try CommandRunner.portscope(["why", String(listener.localPort)])
        #expect(blocked.status == 1)
        #expect(blocked.stdout.contains("BLOCKED"))
        #expect(blocked.stdout.contains("pid \(getpid())"))
        let json = try CommandRunner.portscope(["why", "\(listener.localPort)/tcp", "--address", "127.0.0.3", "--json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["verdict"] as? String == "free but risky")
        #expect(try CommandRunner.portscope(["why", "80", "--address", "not-an-ip"]).status == 64)
    }

    @Test(.enabled(if: runningAsRoot && TestPaths.hasTool("setpriv"), "needs root (to drop to nobody) and setpriv"))
    func privilegedPortForAnOrdinaryUser() throws {
        let result = try CommandRunner.run("/usr/bin/setpriv", [
            "--reuid=65534", "--regid=65534", "--clear-groups", "--",
            TestPaths.portscope, "why", "1000", "--address", "127.0.0.1", "--json",
        ], environment: ["XDG_DATA_HOME": TemporaryDirectory.shared.path, "HOME": "/nonexistent"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let reasons = object["reasons"] as? [[String: Any]] ?? []
        let privileged = try #require(reasons.first { $0["kind"] as? String == "privileged" })
        #expect(privileged["severity"] as? String == "blocker")
        #expect((privileged["message"] as? String)?.contains("CAP_NET_BIND_SERVICE") == true)
        #expect((object["testBinds"] as? [[String: Any]])?.first?["error"] as? String == "Permission denied")
    }
}
#endif
