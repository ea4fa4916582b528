#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

/// `free` end to end on helper processes; a decoy on a port that merely starts with the same
/// digits must never be touched.
@Suite(.serialized) struct FreeCLITests {
    func start(_ script: String, _ arguments: [String] = []) throws -> (ChildProcess, Int32, Int) {
        let (child, info) = try HelperProcess.start(script, arguments: arguments)
        return (child, Int32(info["pid"] as! Int), info["port"] as! Int)
    }

    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func freesTheTargetAndLeavesTheDecoy() throws {
        let (target, targetPID, _) = try start(HelperProcess.listener, ["5700"])
        let (decoy, decoyPID, _) = try start(HelperProcess.listener, ["57001"])
        defer { decoy.signal(SIGKILL); decoy.wait(); target.signal(SIGKILL); target.wait() }

        let dry = try CommandRunner.portscope(["free", "5700", "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("pid \(targetPID)"))
        #expect(!dry.stdout.contains("pid \(decoyPID)"))
        #expect(HelperProcess.isAlive(targetPID))

        let unconfirmed = try CommandRunner.portscope(["free", "5700"])
        #expect(unconfirmed.status == 64)
        #expect(unconfirmed.stderr.contains("--yes"))
        #expect(HelperProcess.isAlive(targetPID))

        let freed = try CommandRunner.portscope(["free", "5700", "--yes", "--json"])
        #expect(freed.status == 0, "\(freed.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(freed.stdout.utf8)) as? [String: Any])
        #expect(object["portFree"] as? Bool == true)
        let actions = object["actions"] as? [[String: Any]] ?? []
        #expect(actions.map { $0["pid"] as? Int } == [Int(targetPID)])
        #expect(actions.first?["signals"] as? [String] == ["SIGTERM"])
        #expect(target.wait() == 128 + SIGTERM)
        #expect(HelperProcess.isAlive(decoyPID))
        #expect(try CommandRunner.portscope(["who", "57001"]).status == 0)
        #expect(try CommandRunner.portscope(["who", "5700"]).status == 1)
        #expect(try CommandRunner.portscope(["free", "5700", "--yes"]).stdout.contains("already free"))
    }

    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func sigkillOnlyWithForce() throws {
        let (stubborn, pid, port) = try start(HelperProcess.stubbornListener)
        defer { stubborn.signal(SIGKILL); stubborn.wait() }
        let soft = try CommandRunner.portscope(["free", String(port), "--yes", "--timeout", "0.5"])
        #expect(soft.status == 1)
        #expect(soft.stdout.contains("still held"))
        #expect(soft.stdout.contains("--force"))
        #expect(HelperProcess.isAlive(pid))
        let hard = try CommandRunner.portscope(["free", String(port), "--yes", "--timeout", "0.5", "--force"])
        #expect(hard.status == 0, "\(hard.stdout)")
        #expect(hard.stdout.contains("SIGTERM, then SIGKILL"))
        #expect(stubborn.wait() == 128 + SIGKILL)
    }

    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func clientsOnlyWithIncludeClients() throws {
        let (server, serverPID, port) = try start(HelperProcess.listener)
        defer { server.signal(SIGKILL); server.wait() }
        let (connected, connectedPID, _) = try start(HelperProcess.client, [String(port)])
        defer { connected.signal(SIGKILL); connected.wait() }
        let plan = try CommandRunner.portscope(["free", String(port), "--dry-run", "--json"])
        let targets = (try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])?["targets"] as? [[String: Any]] ?? []
        #expect(targets.compactMap { ($0["process"] as? [String: Any])?["pid"] as? Int } == [Int(serverPID)])
        // The client only talks *to* the port (its local port is another): with or without
        // --include-clients it is never signalled; the server holds the listener and the
        // accepted connection, both bound to the port.
        let withClients = try CommandRunner.portscope(["free", String(port), "--include-clients", "--yes"])
        #expect(withClients.status == 0, "\(withClients.stdout)")
        #expect(server.wait() == 128 + SIGTERM)
        #expect(!HelperProcess.isAlive(serverPID))
        #expect(HelperProcess.isAlive(connectedPID))
    }

    @Test(.enabled(if: runningAsRoot && TestPaths.hasTool("setpriv"), "needs root (to drop to nobody) and setpriv"))
    func anotherUsersListenerNeedsRoot() throws {
        let listener = try LoopbackSocket.listener()
        let result = try CommandRunner.run("/usr/bin/setpriv", [
            "--reuid=65534", "--regid=65534", "--clear-groups", "--",
            TestPaths.portscope, "free", String(listener.localPort), "--yes",
        ], environment: ["XDG_DATA_HOME": TemporaryDirectory.shared.path, "HOME": "/nonexistent"])
        #expect(result.status == 77, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("run as root"))
    }
}
#endif
