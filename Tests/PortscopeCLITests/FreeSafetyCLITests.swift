#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

/// `free` signals exactly the holders of the port asked, and no one else (issue #9): each
/// case failed on the code before the fix.
@Suite(.serialized) struct FreeSafetyCLITests {
    func start(_ script: String, _ arguments: [String] = []) throws -> (ChildProcess, Int32, Int) {
        let (child, info) = try HelperProcess.start(script, arguments: arguments)
        return (child, Int32(info["pid"] as! Int), info["port"] as! Int)
    }

    func json(_ result: CommandResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)\(result.stderr)")
    }

    /// Case 1: `/udp` and `/tcp` are honoured in the plan, the text and the JSON.
    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func protocolSuffixIsHonoured() throws {
        let (tcp, tcpPID, port) = try start(HelperProcess.namedListener, ["tcp", "0", "-"])
        defer { tcp.signal(SIGKILL); tcp.wait() }
        let udpFree = try CommandRunner.portscope(["free", "\(port)/udp", "--yes"])
        #expect(udpFree.status == 0)
        #expect(udpFree.stdout.contains("Port \(port)/udp is already free"), "\(udpFree.stdout)")
        #expect(HelperProcess.isAlive(tcpPID))

        let (udp, udpPID, udpPort) = try start(HelperProcess.namedListener, ["udp", "0", "-"])
        defer { udp.signal(SIGKILL); udp.wait() }
        let dry = try json(try CommandRunner.portscope(["free", "\(udpPort)/tcp", "--dry-run", "--json"]))
        #expect((dry["targets"] as? [Any])?.isEmpty == true)
        #expect(dry["protocols"] as? [String] == ["tcp"])
        let udpPlan = try json(try CommandRunner.portscope(["free", "\(udpPort)/udp", "--dry-run", "--json"]))
        #expect((udpPlan["targets"] as? [[String: Any]])?.compactMap { ($0["process"] as? [String: Any])?["pid"] as? Int } == [Int(udpPID)])
        #expect(HelperProcess.isAlive(udpPID))
    }

    /// Case 2: a client is a process whose *local* port is the port asked; the server it talks
    /// to (whose remote port it is) is never signalled.
    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func includeClientsSignalsTheClientNotItsServer() throws {
        let (server, serverPID, serverPort) = try start(HelperProcess.namedListener, ["tcp", "0", "-"])
        defer { server.signal(SIGKILL); server.wait() }
        let clientPort = 7002 + Int.random(in: 0..<500)
        let (client, clientPID, bound) = try start(HelperProcess.boundClient, [String(serverPort), String(clientPort)])
        defer { client.signal(SIGKILL); client.wait() }
        #expect(bound == clientPort)
        let result = try CommandRunner.portscope(["free", String(clientPort), "--include-clients", "--yes"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(client.wait() == 128 + SIGTERM)
        #expect(HelperProcess.isAlive(serverPID), "the server on \(serverPort) was signalled")
        #expect(!HelperProcess.isAlive(clientPID))
    }

    /// Case 3: a name that glues itself to `)` (U+0600) no longer hides the holder.
    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func holderWithAJoiningNameIsFreed() throws {
        let (holder, pid, port) = try start(HelperProcess.namedListener, ["tcp", "0", HelperProcess.hex("srv\u{0600}")])
        defer { holder.signal(SIGKILL); holder.wait() }
        let result = try CommandRunner.portscope(["free", String(port), "--yes"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("already free"), "\(result.stdout)")
        #expect(holder.wait() == 128 + SIGTERM)
        #expect(!HelperProcess.isAlive(pid))
    }

    /// Case 5: the holder let go of the port while the prompt waited: it is not signalled and
    /// the report says what changed.
    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func stalePlanIsNotCarriedOut() throws {
        let (holder, pid, port) = try start(HelperProcess.releasingListener, ["0", "USR1"])
        defer { holder.signal(SIGKILL); holder.wait() }
        let driver = """
        import os, pty, sys, time, signal, select
        holder = int(sys.argv[1]); argv = sys.argv[2:]
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(argv[0], argv)
        out = b""
        def read_until(token, timeout):
            global out
            end = time.time() + timeout
            while token not in out and time.time() < end:
                r, _, _ = select.select([fd], [], [], 0.2)
                if r:
                    try: chunk = os.read(fd, 4096)
                    except OSError: return
                    if not chunk: return
                    out += chunk
        read_until(b"[y/N]", 20)
        os.kill(holder, signal.SIGUSR1)
        time.sleep(0.5)
        os.write(fd, b"y\\n")
        read_until(b"\\0never", 20)
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(out.decode(errors="replace"))
        sys.exit(os.WEXITSTATUS(status))
        """
        let result = try CommandRunner.run("python3", ["-c", driver, String(pid), TestPaths.portscope, "free", String(port)], environment: ["NO_COLOR": "1"])
        #expect(result.stdout.contains("[y/N]"), "\(result.stdout)")
        #expect(result.stdout.contains("let go of the port while you confirmed; not signalled"), "\(result.stdout)")
        #expect(result.stdout.contains("Port \(port) is free now"), "\(result.stdout)")
        #expect(result.status == 0)
        #expect(HelperProcess.isAlive(pid), "the process was signalled after it let go of the port")
    }

    /// With --force, a process that closed its listener on SIGTERM and keeps running (draining)
    /// has let go of the port: it is not sent SIGKILL.
    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func forceDoesNotKillAProcessThatReleasedThePort() throws {
        let (holder, pid, port) = try start(HelperProcess.releasingListener, ["0", "TERM"])
        defer { holder.signal(SIGKILL); holder.wait() }
        let result = try CommandRunner.portscope(["free", String(port), "--yes", "--force", "--timeout", "0.5", "--json"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let object = try json(result)
        let action = try #require((object["actions"] as? [[String: Any]])?.first)
        #expect(action["signals"] as? [String] == ["SIGTERM"])
        #expect(action["releasedPort"] as? Bool == true)
        #expect(object["portFree"] as? Bool == true)
        #expect(HelperProcess.isAlive(pid))
    }

    /// Case 6: pid 1 of another PID namespace is refused, with the namespace named.
    @Test(.enabled(if: runningAsRoot && TestPaths.hasTool("unshare") && TestPaths.hasTool("python3"), "needs root, unshare and python3"))
    func initOfAnotherPIDNamespaceIsRefused() throws {
        // --kill-child: the namespace's init dies with unshare (SIGKILL from the test).
        let child = try ChildProcess(["unshare", "--pid", "--fork", "--kill-child", "--mount-proc", "python3", "-c", HelperProcess.namedListener, "tcp", "0", "-"])
        defer { child.signal(SIGKILL); child.wait() }
        let line = try #require(child.readLine())
        let info = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(info["pid"] as? Int == 1) // python is pid 1 inside its namespace
        let port = try #require(info["port"] as? Int)
        let who = try json(try CommandRunner.portscope(["who", String(port), "--json"]))
        let hostPID = try #require(((who["sockets"] as? [[String: Any]])?.first?["processes"] as? [[String: Any]])?.first?["pid"] as? Int)
        defer { kill(Int32(hostPID), SIGKILL) }
        let result = try CommandRunner.portscope(["free", String(port), "--yes"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("pid 1 of its own PID namespace pid:["), "\(result.stdout)")
        #expect(HelperProcess.isAlive(Int32(hostPID)))
    }

    /// Case 7: holders hidden from the caller make `--dry-run` exit non-zero, saying how many.
    @Test(.enabled(if: runningAsRoot && TestPaths.hasTool("setpriv"), "needs root (to drop to nobody) and setpriv"))
    func hiddenHoldersMakeTheDryRunFail() throws {
        let listener = try LoopbackSocket.listener()
        let result = try CommandRunner.run("/usr/bin/setpriv", [
            "--reuid=65534", "--regid=65534", "--clear-groups", "--",
            TestPaths.portscope, "free", String(listener.localPort), "--dry-run",
        ], environment: ["XDG_DATA_HOME": TemporaryDirectory.shared.path, "HOME": "/nonexistent", "NO_COLOR": "1"])
        #expect(result.status == 77, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("1 socket on the port has holders this user cannot see"), "\(result.stdout)")
    }
}
#endif
