#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

/// `watch` end to end on real loopback connections made by the test.
@Suite(.serialized) struct WatchCLITests {
    /// Starts `portscope watch PORT …` and waits until it reports the listener (so it is watching).
    func startWatcher(_ port: UInt16, _ extra: [String]) throws -> ChildProcess {
        let watcher = try ChildProcess([TestPaths.portscope, "watch", String(port), "--format", "ndjson"] + extra,
                                       environment: ["XDG_DATA_HOME": TemporaryDirectory.shared.path])
        for _ in 0..<100 {
            guard let line = watcher.readLine() else { break }
            if line.contains("\"LISTEN\"") { return watcher }
        }
        Issue.record("the watcher never reported the listener")
        return watcher
    }

    func events(_ result: CommandResult) -> [[String: Any]] {
        result.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    func clientPorts(_ events: [[String: Any]], kind: String, listener: UInt16) -> Set<Int> {
        Set(events.filter { $0["event"] as? String == kind }.compactMap { event -> Int? in
            let socket = event["socket"] as? [String: Any]
            let local = (socket?["local"] as? [String: Any])?["port"] as? Int
            return local == Int(listener) ? nil : local
        })
    }

    /// 200 connections, each under a millisecond: destroy notifications report every one,
    /// once per side: the server's side closed, the client's side (it closed first) opened
    /// and already in TIME_WAIT, as `ss` shows it (it was reported "closed CLOSE", twice).
    @Test(.enabled(if: runningAsRoot, "destroy notifications need root"))
    func shortConnectionsAreAllReportedWithDestroyNotifications() throws {
        let listener = try LoopbackSocket.listener()
        let watcher = try startWatcher(listener.localPort, ["--interval", "100"])
        var ports: Set<Int> = []
        for _ in 0..<200 {
            let client = try LoopbackSocket()
            try client.connect("127.0.0.1", port: listener.localPort)
            ports.insert(Int(client.localPort))
            let accepted = try listener.accept()
            client.close()
            accepted.close()
        }
        usleep(500_000)
        watcher.signal(SIGINT)
        let result = watcher.finish()
        #expect(result.status == 0, "\(result.stderr)")
        let all = events(result)
        func socket(_ event: [String: Any]) -> (local: Int, remote: Int, state: String) {
            let socket = event["socket"] as? [String: Any]
            return ((socket?["local"] as? [String: Any])?["port"] as? Int ?? -1, (socket?["remote"] as? [String: Any])?["port"] as? Int ?? -1, socket?["state"] as? String ?? "")
        }
        let serverSidesClosed = Set(all.filter { $0["event"] as? String == "closed" }.map(socket).filter { $0.local == Int(listener.localPort) }.map(\.remote))
        let clientSidesInTimeWait = Set(all.filter { $0["event"] as? String != "closed" }.map(socket).filter { $0.remote == Int(listener.localPort) && $0.state == "TIME_WAIT" }.map(\.local))
        let clientSidesClosed = all.filter { $0["event"] as? String == "closed" }.map(socket).filter { $0.remote == Int(listener.localPort) }
        #expect(clientSidesClosed.isEmpty, "a client side in TIME_WAIT was reported closed: \(clientSidesClosed.prefix(3))")
        #expect(ports.subtracting(clientSidesInTimeWait).isEmpty, "\(ports.subtracting(clientSidesInTimeWait).count) client sides not reported in TIME_WAIT")
        let missing = ports.subtracting(serverSidesClosed)
        let about = all.filter { event in
            let socket = event["socket"] as? [String: Any]
            let local = (socket?["local"] as? [String: Any])?["port"] as? Int ?? -1
            let remote = (socket?["remote"] as? [String: Any])?["port"] as? Int ?? -1
            return missing.contains(local) || missing.contains(remote)
        }
        #expect(missing.isEmpty, "missing \(missing.count) of 200: \(missing); their events: \(about)")
        #expect(result.stderr.contains("watched"))
        #expect(!result.stderr.contains("dropped"), "\(result.stderr)")
    }

    /// Sampling alone (--no-destroy) reports every connection that lives longer than an interval.
    @Test func sampledConnectionsLongerThanAnIntervalAreReported() throws {
        let listener = try LoopbackSocket.listener()
        let watcher = try startWatcher(listener.localPort, ["--interval", "10", "--no-destroy"])
        var ports: Set<Int> = []
        for _ in 0..<20 {
            let client = try LoopbackSocket()
            try client.connect("127.0.0.1", port: listener.localPort)
            ports.insert(Int(client.localPort))
            let accepted = try listener.accept()
            usleep(150_000) // fifteen intervals: a sample may come late on a loaded 2-core machine
            client.abortOnClose()
            client.close()
            accepted.close()
        }
        usleep(200_000)
        watcher.signal(SIGINT)
        let result = watcher.finish()
        let all = events(result)
        #expect(ports.isSubset(of: clientPorts(all, kind: "opened", listener: listener.localPort)))
        #expect(ports.isSubset(of: clientPorts(all, kind: "closed", listener: listener.localPort)))
        // This process holds both ends: the opened events name it.
        let mine = all.filter { $0["event"] as? String == "opened" }.compactMap { ($0["socket"] as? [String: Any])?["processes"] as? [[String: Any]] }
        #expect(mine.contains { $0.first?["pid"] as? Int == Int(getpid()) })
    }

    @Test func durationAndCountEndIt() throws {
        let listener = try LoopbackSocket.listener()
        let timed = try CommandRunner.portscope(["watch", String(listener.localPort), "--duration", "0.3", "--json"])
        #expect(timed.status == 0)
        #expect(events(timed).first?["initial"] as? Bool == true)
        let plain = try CommandRunner.portscope(["watch", String(listener.localPort), "--duration", "0.2"])
        #expect(plain.stdout.contains("present"))
        #expect(plain.stdout.contains("watched"))
        #expect(try CommandRunner.portscope(["watch", "--interval", "5"]).status == 64)
    }

    /// The live view in a real terminal (tmux): it draws, and q quits.
    @Test(.enabled(if: TestPaths.hasTool("tmux"), "needs tmux"))
    func terminalViewInTmux() throws {
        let listener = try LoopbackSocket.listener()
        let session = "portscope-test-\(getpid())"
        let start = try CommandRunner.run("/usr/bin/env", ["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "30",
                                                            "\(TestPaths.portscope) watch \(listener.localPort) --interval 50"])
        try #require(start.status == 0, "\(start.stderr)")
        defer { _ = try? CommandRunner.run("/usr/bin/env", ["tmux", "kill-session", "-t", session]) }
        var screen = ""
        for _ in 0..<50 {
            usleep(100_000)
            screen = try CommandRunner.run("/usr/bin/env", ["tmux", "capture-pane", "-p", "-t", session]).stdout
            if screen.contains("127.0.0.1:\(listener.localPort)") { break }
        }
        #expect(screen.contains("portscope watch \(listener.localPort)"))
        // Another test's client may be handed this port number for its own local end at the same
        // time (tests run in parallel), so the count is at least one, not exactly one.
        #expect(screen.contains(/NOW \([1-9][0-9]* sockets?\)/))
        #expect(screen.contains("127.0.0.1:\(listener.localPort)"))
        #expect(screen.contains("EVENTS"))
        // Resize, then quit with q.
        _ = try CommandRunner.run("/usr/bin/env", ["tmux", "resize-window", "-t", session, "-x", "90", "-y", "20"])
        usleep(300_000)
        _ = try CommandRunner.run("/usr/bin/env", ["tmux", "send-keys", "-t", session, "q"])
        var ended = false
        for _ in 0..<30 {
            usleep(100_000)
            if try CommandRunner.run("/usr/bin/env", ["tmux", "has-session", "-t", session]).status != 0 { ended = true; break }
        }
        #expect(ended, "q did not end the watch")
    }

    /// Issue #10 case 18: Ctrl-Z gives the terminal back; after `fg` the view is redrawn and
    /// `q` quits at once (it needed Enter: the terminal was left in line mode).
    @Test(.enabled(if: TestPaths.hasTool("tmux") && TestPaths.hasTool("bash"), "needs tmux and bash"))
    func suspendAndResumeInTmux() throws {
        let listener = try LoopbackSocket.listener()
        let session = "portscope-tstp-\(getpid())"
        let start = try CommandRunner.run("/usr/bin/env", ["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "30", "bash --norc --noprofile -i"])
        try #require(start.status == 0, "\(start.stderr)")
        defer { _ = try? CommandRunner.run("/usr/bin/env", ["tmux", "kill-session", "-t", session]) }
        func keys(_ keys: String...) throws { _ = try CommandRunner.run("/usr/bin/env", ["tmux", "send-keys", "-t", session] + keys) }
        func screen() -> String { (try? CommandRunner.run("/usr/bin/env", ["tmux", "capture-pane", "-p", "-t", session]).stdout) ?? "" }
        func waitFor(_ text: String) throws -> Bool {
            for _ in 0..<50 {
                if screen().contains(text) { return true }
                usleep(100_000)
            }
            return false
        }
        try keys("PS1='$ '; \(TestPaths.portscope) watch \(listener.localPort) --interval 50", "Enter")
        #expect(try waitFor("NOW (1 socket)"))
        try keys("C-z")
        #expect(try waitFor("Stopped"), "\(screen())")
        try keys("fg", "Enter")
        #expect(try waitFor("NOW (1 socket)"), "\(screen())")
        try keys("q") // no Enter
        #expect(try waitFor("watched "), "\(screen())")
    }
}
#endif
