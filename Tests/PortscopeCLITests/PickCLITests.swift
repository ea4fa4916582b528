#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

/// `pick` end to end: real binds, parallel pickers, stable names, socket activation.
@Suite struct PickCLITests {
    func ports(_ result: CommandResult) throws -> [Int] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (object["ports"] as? [[String: Any]] ?? []).compactMap { $0["port"] as? Int }
    }

    func outsideEphemeralRanges(_ port: Int) -> Bool {
        !(32768...60999).contains(port) && !(49152...65535).contains(port)
    }

    @Test func twentyParallelPickersGetTwentyDistinctSafePorts() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_RUNTIME_DIR"] = TemporaryDirectory.shared.path
        environment["XDG_DATA_HOME"] = TemporaryDirectory.shared.path
        let pickers = try (0..<20).map { _ in try ChildProcess([TestPaths.portscope, "pick", "--json"], environment: environment.mapValues { $0 }) }
        let results = pickers.map { $0.finish() }
        var all: [Int] = []
        for result in results {
            #expect(result.status == 0, "\(result.stderr)")
            all += try ports(result)
        }
        #expect(all.count == 20)
        #expect(Set(all).count == 20, "duplicates in \(all.sorted())")
        #expect(all.allSatisfy(outsideEphemeralRanges), "\(all.sorted())")
        #expect(all.allSatisfy { $0 >= 1024 })
    }

    @Test func countRangeAndWhy() throws {
        let result = try CommandRunner.portscope(["pick", "--count", "5", "--range", "20000-20999", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let picked = try ports(result)
        #expect(picked.count == 5 && Set(picked).count == 5)
        #expect(picked.allSatisfy { (20000...20999).contains($0) })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let first = try #require((object["ports"] as? [[String: Any]])?.first)
        #expect((first["reasons"] as? [String])?.contains("unassigned at IANA") == true)
        #expect(first["ianaService"] is NSNull)
        // Plain output is just the numbers, for $(portscope pick).
        let plain = try CommandRunner.portscope(["pick"])
        #expect(Int(plain.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) != nil)
    }

    @Test func nameGivesTheSamePortWhileItIsFree() throws {
        let first = try CommandRunner.portscope(["pick", "--name", "portscope-test-app"])
        let second = try CommandRunner.portscope(["pick", "--name", "portscope-test-app"])
        #expect(first.status == 0 && !first.stdout.isEmpty)
        #expect(first.stdout == second.stdout)
        let other = try CommandRunner.portscope(["pick", "--name", "a-different-app"])
        #expect(other.stdout != first.stdout)
        // While something holds it, the name moves to the next free port; then comes back.
        let port = UInt16(first.stdout.trimmingCharacters(in: .whitespacesAndNewlines))!
        let blocker = try LoopbackSocket.listener(address: "0.0.0.0", port: port)
        let moved = try CommandRunner.portscope(["pick", "--name", "portscope-test-app"])
        #expect(moved.stdout != first.stdout)
        blocker.close()
        #expect(try CommandRunner.portscope(["pick", "--name", "portscope-test-app"]).stdout == first.stdout)
    }

    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func execHandsOverTheListeningSocket() throws {
        let check = """
        import os, socket, json
        s = socket.socket(fileno=3)
        print(json.dumps({"listen_fds": os.environ["LISTEN_FDS"], "listen_pid": int(os.environ["LISTEN_PID"]),
            "pid": os.getpid(), "port": int(os.environ["PORT"]), "bound": s.getsockname()[1],
            "address": s.getsockname()[0], "listening": s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN)}))
        c = socket.create_connection(("127.0.0.1", s.getsockname()[1])); conn, _ = s.accept(); conn.send(b"ok")
        print(c.recv(2).decode())
        """
        let result = try CommandRunner.portscope(["pick", "--exec", "--", "python3", "-c", check])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        let info = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(info["listen_fds"] as? String == "1")
        #expect(info["listen_pid"] as? Int == info["pid"] as? Int)
        #expect(info["port"] as? Int == info["bound"] as? Int)
        #expect(info["address"] as? String == "127.0.0.1")
        #expect(info["listening"] as? Int == 1)
        #expect(outsideEphemeralRanges(info["port"] as? Int ?? 0))
        #expect(lines.last == "ok")
    }

    @Test func badOptions() throws {
        #expect(try CommandRunner.portscope(["pick", "--range", "30000-20000"]).status == 64)
        #expect(try CommandRunner.portscope(["pick", "--exec"]).status == 64)
        #expect(try CommandRunner.portscope(["pick", "--count", "0"]).status == 64)
        #expect(try CommandRunner.portscope(["pick", "--exec", "--", "/nonexistent/cmd"]).status == 127)
    }
}
#endif
