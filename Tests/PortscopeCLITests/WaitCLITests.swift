#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

/// `portscope wait` on real sockets: it waits for them, never connects, and says what it saw
/// when it gives up.
@Suite(.serialized) struct WaitCLITests {
    /// A port that is free now.
    func freePort() throws -> UInt16 {
        let probe = try LoopbackSocket.listener()
        let port = probe.localPort
        probe.close()
        return port
    }

    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func waitsForAListenerWithoutConnecting() throws {
        let port = try freePort()
        // The listener comes up while wait runs.
        let waiter = try ChildProcess([TestPaths.portscope, "wait", String(port), "--timeout", "30"], environment: ["NO_COLOR": "1"])
        Thread.sleep(forTimeInterval: 0.4)
        let (helper, info) = try HelperProcess.start(HelperProcess.listener, arguments: [String(port)])
        defer { helper.signal(SIGKILL); helper.wait() }
        #expect(info["port"] as? Int == Int(port))
        let done = waiter.finish()
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.isEmpty && done.stderr.isEmpty) // silent without a terminal
        // Nothing connected to it: its accept queue is empty and it has no connection.
        let who = try CommandRunner.portscope(["who", String(port), "--json"])
        let sockets = (try JSONSerialization.jsonObject(with: Data(who.stdout.utf8)) as? [String: Any])?["sockets"] as? [[String: Any]] ?? []
        #expect(sockets.count == 1 && sockets.first?["state"] as? String == "LISTEN")
        #expect((sockets.first?["queue"] as? [String: Any])?["current"] as? Int == 0)

        // --pid: another process's listener does not count, its own does.
        let other = try CommandRunner.portscope(["wait", String(port), "--pid", String(getpid()), "--timeout", "0.5"])
        #expect(other.status == 1)
        #expect(other.stderr.contains("timed out after 0.5 s waiting for \(port) to be listening by pid \(getpid())"), "\(other.stderr)")
        #expect(other.stderr.contains("last seen: \(port): tcp LISTEN 127.0.0.1:\(port) (python3 pid \(info["pid"] as? Int ?? -1))"), "\(other.stderr)")
        let mine = try CommandRunner.portscope(["wait", "\(port)/tcp", "--pid", String(info["pid"] as? Int ?? 0), "--address", "127.0.0.1", "--timeout", "5"])
        #expect(mine.status == 0, "\(mine.stderr)")

        // --free once it is gone.
        let freeing = try ChildProcess([TestPaths.portscope, "wait", String(port), "--free", "--timeout", "30"])
        Thread.sleep(forTimeInterval: 0.3)
        helper.signal(SIGKILL)
        helper.wait()
        #expect(freeing.finish().status == 0)
    }

    @Test func connectedAndTimeouts() throws {
        let listener = try LoopbackSocket.listener()
        let notYet = try CommandRunner.portscope(["wait", String(listener.localPort), "--connected", "--timeout", "0.3"])
        #expect(notYet.status == 1 && notYet.stderr.contains("no established connection"))
        let client = try LoopbackSocket()
        try client.connect("127.0.0.1", port: listener.localPort)
        let accepted = try listener.accept()
        #expect(try CommandRunner.portscope(["wait", String(listener.localPort), "--connected", "--timeout", "5"]).status == 0)
        _ = accepted
        // --any: one of two is enough; --all (the default) needs both.
        let free = try freePort()
        #expect(try CommandRunner.portscope(["wait", String(listener.localPort), String(free), "--any", "--timeout", "5"]).status == 0)
        #expect(try CommandRunner.portscope(["wait", String(listener.localPort), String(free), "--timeout", "0.3"]).status == 1)
    }

    @Test(arguments: [
        ["wait"], ["wait", "70000"], ["wait", "http-alt"], ["wait", "80", "--free", "--pid", "1"],
        ["wait", "80", "--timeout", "-1"], ["wait", "80", "--interval", "0"], ["wait", "80", "--address", "nope"],
        ["wait", "80", "--free", "--connected"],
    ])
    func badInput(arguments: [String]) throws {
        #expect(try CommandRunner.portscope(arguments).status == 64)
    }
}
#endif
