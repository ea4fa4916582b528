#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

/// True answers in every corner (issue #10): each case failed on the code before the fix.
@Suite(.serialized) struct TrueAnswersCLITests {
    func json(_ result: CommandResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)\(result.stderr)")
    }

    func asNobody(_ arguments: [String], environment: [String: String?] = [:]) throws -> CommandResult {
        var env: [String: String?] = ["XDG_DATA_HOME": TemporaryDirectory.shared.path, "XDG_RUNTIME_DIR": nil, "HOME": "/nonexistent", "NO_COLOR": "1", "COLUMNS": "100"]
        for (key, value) in environment { env[key] = value }
        return try CommandRunner.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", TestPaths.portscope] + arguments, environment: env)
    }

    /// Case 2: which protocols were looked at is said.
    @Test func nothingFoundSaysWhichProtocols() throws {
        let udp = try LoopbackSocket.udp()
        let tcpOnly = try CommandRunner.portscope(["who", "\(udp.localPort)/tcp"])
        #expect(tcpOnly.status == 1)
        #expect(tcpOnly.stdout.hasPrefix("Port \(udp.localPort)/tcp: nothing uses it (tcp only,"), "\(tcpOnly.stdout)")
        let flag = try CommandRunner.portscope(["who", String(udp.localPort), "--tcp", "--json"])
        #expect(try json(flag)["protocols"] as? [String] == ["tcp"])
        #expect(try CommandRunner.portscope(["who", String(udp.localPort)]).status == 0)
    }

    /// Case 7: a service name means all its ports (`who http-alt` checked only 591).
    @Test func serviceNameMeansEveryPort() throws {
        var listener: LoopbackSocket?
        var port: UInt16 = 0
        for candidate in [UInt16(8008), 8080] where listener == nil {
            listener = try? LoopbackSocket.listener(port: candidate)
            port = candidate
        }
        try #require(listener != nil, "8008 and 8080 are both busy here")
        let result = try CommandRunner.portscope(["who", "http-alt", "--json"])
        #expect(result.status == 0, "\(result.stdout)")
        let object = try json(result)
        #expect((object["ports"] as? [Int])?.contains(Int(port)) == true)
        #expect((object["ports"] as? [Int])?.contains(591) == true)
        #expect((object["sockets"] as? [[String: Any]])?.contains { ($0["local"] as? [String: Any])?["port"] as? Int == Int(port) } == true)
        #expect(try CommandRunner.portscope(["who", "http-alt"]).stdout.hasPrefix("http-alt (ports 591, 8008, 8080)"))
        // Commands that act on one port say which ports the name means.
        let why = try CommandRunner.portscope(["why", "http-alt"])
        #expect(why.status == 64)
        #expect(why.stderr.contains("591, 8008, 8080"), "\(why.stderr)")
    }

    /// Case 9: a dual-stack [::] listener prints as `*:PORT` (it takes IPv4 too), a v6only one
    /// as `[::]:PORT`, and JSON says `v6only`.
    @Test func dualStackAndV6OnlyListenersDiffer() throws {
        guard let dual = try? LoopbackSocket.listener(address: "::", ipv6: true, ipv6Only: false),
              let only = try? LoopbackSocket.listener(address: "::", ipv6: true, ipv6Only: true) else { return } // no IPv6 here
        let dualText = try CommandRunner.portscope(["who", String(dual.localPort)]).stdout
        #expect(dualText.contains("*:\(dual.localPort)"), "\(dualText)")
        let onlyText = try CommandRunner.portscope(["who", String(only.localPort)]).stdout
        #expect(onlyText.contains("[::]:\(only.localPort)"), "\(onlyText)")
        let dualJSON = try json(try CommandRunner.portscope(["who", String(dual.localPort), "--json"]))
        #expect((dualJSON["sockets"] as? [[String: Any]])?.first?["v6only"] as? Bool == false)
        let onlyJSON = try json(try CommandRunner.portscope(["who", String(only.localPort), "--json"]))
        #expect((onlyJSON["sockets"] as? [[String: Any]])?.first?["v6only"] as? Bool == true)
        let list = try CommandRunner.portscope(["ls", "--port", String(dual.localPort)]).stdout
        #expect(list.contains("*:\(dual.localPort)"), "\(list)")
    }

    /// Case 10: /proc unreadable is said as such (it was "another PID namespace" for every
    /// socket), and the warning reaches the report.
    @Test func unreadableProcIsNamed() throws {
        let listener = try LoopbackSocket.listener()
        let result = try CommandRunner.portscope(["who", String(listener.localPort), "--json"], environment: ["PORTSCOPE_PROC_ROOT": "/nonexistent-proc"])
        let object = try json(result)
        let socket = try #require((object["sockets"] as? [[String: Any]])?.first)
        #expect(socket["owner"] as? String == "hidden")
        #expect((socket["hiddenReason"] as? String)?.contains("the process list (/proc) could not be read") == true, "\(socket)")
        #expect((object["warnings"] as? [String])?.contains { $0.contains("/proc") } == true)
    }

    /// Case 10: under hidepid=2 the reason is hidepid, not "another PID namespace".
    @Test(.enabled(if: runningAsRoot && TestPaths.hasTool("unshare") && TestPaths.hasTool("setpriv"), "needs root, unshare and setpriv"))
    func hidepidIsNamed() throws {
        let listener = try LoopbackSocket.listener()
        let script = "mount -t proc -o hidepid=2 proc /proc && exec setpriv --reuid=65534 --regid=65534 --clear-groups -- \(TestPaths.portscope) who \(listener.localPort) --json"
        let result = try CommandRunner.run("/usr/bin/env", ["unshare", "--mount", "--propagation", "private", "/bin/sh", "-c", script],
                                           environment: ["XDG_DATA_HOME": TemporaryDirectory.shared.path, "HOME": "/nonexistent"])
        let object = try json(result)
        let socket = try #require((object["sockets"] as? [[String: Any]])?.first)
        #expect(socket["owner"] as? String == "hidden")
        #expect((socket["hiddenReason"] as? String)?.contains("hidepid=") == true, "\(socket)")
        #expect((object["hidden"] as? [String: Any])?["reason"].map { "\($0)" }?.contains("hidepid") == true)
    }

    /// Case 3: `--all-netns` as a user who cannot read another namespace does not claim the
    /// port is free everywhere: it names what it skipped and exits 77.
    @Test(.enabled(if: runningAsRoot && TestPaths.hasTool("ip") && TestPaths.hasTool("setpriv") && TestPaths.hasTool("python3"), "needs root, ip, setpriv and python3"))
    func skippedNamespacesAreNamed() throws {
        let name = "portscope-skip-\(getpid())"
        let add = try CommandRunner.run("/usr/bin/env", ["ip", "netns", "add", name])
        try #require(add.status == 0, "ip netns add failed: \(add.stderr)")
        defer { _ = try? CommandRunner.run("/usr/bin/env", ["ip", "netns", "delete", name]) }
        _ = try CommandRunner.run("/usr/bin/env", ["ip", "-n", name, "link", "set", "lo", "up"])
        let probe = try LoopbackSocket.listener()
        let port = probe.localPort
        probe.close()
        let helper = try ChildProcess(["ip", "netns", "exec", name, "python3", "-c", HelperProcess.listener, String(port)])
        defer { helper.signal(SIGKILL); helper.wait() }
        _ = try #require(helper.readLine())
        let result = try asNobody(["who", String(port), "--all-netns"])
        #expect(result.status == 77, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("every network namespace)"), "\(result.stdout)")
        #expect(result.stdout.contains("could not be read") || result.stdout.contains("not read:"), "\(result.stdout)")
        let asJSON = try json(try asNobody(["who", String(port), "--all-netns", "--json"]))
        let skipped = (asJSON["skippedNamespaces"] as? [Any])?.count ?? 0
        let unreadable = (asJSON["unreadableNamespaceProcesses"] as? [Any])?.count ?? 0
        #expect(skipped + unreadable > 0)
    }

    /// Case 12: each command takes exactly the formats it renders.
    @Test func formatsAreExactlyTheOnesRendered() throws {
        for command in [["who", "80"], ["ls"], ["why", "80"], ["pick"], ["free", "80", "--dry-run"], ["ephemeral"], ["registry", "status"]] {
            let result = try CommandRunner.portscope(command + ["--format", "markdown"])
            #expect(result.status == 64, "\(command)")
            #expect(result.stderr.contains("'text' and 'json'"), "\(command): \(result.stderr)")
        }
        #expect(try CommandRunner.portscope(["explain", "80", "--format", "markdown"]).status == 0)
        #expect(try CommandRunner.portscope(["explain", "80", "--format", "yaml"]).status == 64)
        #expect(try CommandRunner.portscope(["who", "80", "--format", "html"]).status == 64)
    }

    /// Case 13: `registry status --json`, as docs/json.md says every command takes.
    @Test func registryStatusJSON() throws {
        let object = try json(try CommandRunner.portscope(["registry", "status", "--json"]))
        #expect(object["origin"] as? String == "builtin")
        #expect((object["rows"] as? Int ?? 0) > 10000)
        #expect((object["problems"] as? [Any])?.isEmpty == true)
    }

    /// Case 6: a truncated CSV is refused with what it would remove, and the copy stays.
    @Test func truncatedRegistryUpdateIsRefused() throws {
        let data = TemporaryDirectory()
        let input = TemporaryDirectory()
        let csv = try input.write("head.csv", "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes\nhttp,80,tcp,World Wide Web HTTP,,,,,,,,\n")
        let result = try CommandRunner.portscope(["registry", "update", "--from", csv], dataHome: data.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("would remove"), "\(result.stderr)")
        #expect(result.stderr.contains("--force"))
        #expect(!FileManager.default.fileExists(atPath: data.path + "/portscope/registry.txt"))
        #expect(try CommandRunner.portscope(["8080"], dataHome: data.path).stdout.contains("http-alt"))
    }

    /// Case 15: a missing portscope-serve has its own exit code (69 meant "not this OS").
    @Test func missingServerIs127() throws {
        let lonely = TemporaryDirectory()
        let copy = lonely.path + "/portscope"
        try FileManager.default.copyItem(atPath: TestPaths.portscope, toPath: copy)
        // A process another test forks while the copy is being written inherits the copy's
        // descriptor until it execs: running the copy then fails with ETXTBSY for a moment.
        var attempt = 0
        var ran: Result<CommandResult, any Error>
        repeat {
            attempt += 1
            ran = Result { try CommandRunner.run(copy, ["serve"]) }
            guard case let .failure(error as NSError) = ran, error.code == Int(ETXTBSY), attempt < 50 else { break }
            Thread.sleep(forTimeInterval: 0.1)
        } while true
        let result = try ran.get()
        #expect(result.status == 127, "\(result.stderr)")
        #expect(result.stderr.contains("portscope-serve is missing"))
    }

    /// Case 16: messages that misled.
    @Test func messagesSayWhatHappened() throws {
        let typo = try CommandRunner.portscope(["whoo", "8080"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("did you mean `portscope who`"), "\(typo.stderr)")
        #expect(try CommandRunner.portscope(["lss"]).stderr.contains("`portscope ls`"))
        #expect(try CommandRunner.portscope(["helpp"]).stderr.contains("`portscope help`"))
        #expect(try CommandRunner.portscope(["https"]).status == 0) // a real service stays a service
        let missing = try CommandRunner.portscope(["audit", "--ports-file", "/nonexistent/ports.txt"])
        #expect(missing.stderr.contains("cannot read /nonexistent/ports.txt: no such file"), "\(missing.stderr)")
        #expect(!missing.stderr.contains("/proc"))
        let zero = try CommandRunner.portscope(["why", "0"])
        #expect(zero.status == 64)
        #expect(zero.stderr.contains("port 0 cannot be bound as such"))
        let address = try CommandRunner.portscope(["why", "8080", "--address", "10.255.1.2"])
        #expect(address.stdout.contains("10.255.1.2 is not an address of this host"), "\(address.stdout)")
        // serve on a busy port: one portscope line, not a raw NIO error.
        let busy = try LoopbackSocket.listener()
        let serve = try CommandRunner.portscope(["serve", "--listen", "127.0.0.1:\(busy.localPort)"])
        #expect(serve.status == 1)
        #expect(serve.stderr.hasPrefix("portscope: cannot listen on 127.0.0.1:\(busy.localPort): the port is in use"), "\(serve.stderr)")
    }

    /// Case 17: tables count terminal columns: a CJK process name keeps the columns aligned.
    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func wideNamesKeepTablesAligned() throws {
        let (helper, info) = try HelperProcess.start(HelperProcess.namedListener, arguments: ["tcp", "0", HelperProcess.hex("服务器")])
        defer { helper.signal(SIGKILL); helper.wait() }
        let port = info["port"] as! Int
        let list = try CommandRunner.portscope(["ls", "--port", String(port), "--all"])
        let lines = list.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        let row = try #require(lines.first { $0.contains("服务器") })
        func column(of text: String, in line: String) -> Int? {
            guard let range = line.range(of: text) else { return nil }
            return line[..<range.lowerBound].unicodeScalars.reduce(0) { $0 + (($1.value >= 0x4E00 && $1.value <= 0x9FFF) ? 2 : 1) }
        }
        // USER is the column after PROCESS: it starts at the same terminal column in both lines.
        #expect(column(of: "USER", in: header) == column(of: "root", in: row), "\(list.stdout)")
    }

    /// Case 19: output that cannot be written is an error, and a closed stdout never becomes
    /// one of portscope's own descriptors.
    @Test func unwritableOutputFails() throws {
        let full = try CommandRunner.run("/bin/sh", ["-c", "\(TestPaths.portscope) 80 > /dev/full"])
        #expect(full.status == 74, "\(full.stderr)")
        #expect(full.stderr.contains("could not write the output"))
        let closed = try CommandRunner.run("/bin/sh", ["-c", "\(TestPaths.portscope) watch 9 --duration 0.3 --json >&-"])
        #expect(closed.status == 74, "\(closed.stderr)")
        #expect(closed.stderr.contains("standard output is closed"), "\(closed.stderr)")
    }

    /// Case 20: with netlink blocked by seccomp, `watch` falls back to /proc/net like `who`.
    @Test(.enabled(if: TestPaths.hasTool("cc"), "needs a C compiler for the seccomp helper"))
    func watchFallsBackWhenNetlinkIsBlocked() throws {
        let build = TemporaryDirectory()
        let tool = build.path + "/no-netlink"
        let compile = try CommandRunner.run("/usr/bin/env", ["cc", "-O2", "-o", tool, TestPaths.inPackage("Tests/PortscopeCLITests/Fixtures/tools/no-netlink.c")])
        try #require(compile.status == 0, "\(compile.stderr)")
        let listener = try LoopbackSocket.listener()
        let who = try CommandRunner.run(tool, [TestPaths.portscope, "who", String(listener.localPort)], environment: ["XDG_DATA_HOME": TemporaryDirectory.shared.path])
        #expect(who.status == 0)
        #expect(who.stdout.contains("read /proc/net instead"))
        let watch = try CommandRunner.run(tool, [TestPaths.portscope, "watch", String(listener.localPort), "--duration", "0.5", "--json"], environment: ["XDG_DATA_HOME": TemporaryDirectory.shared.path])
        #expect(watch.status == 0, "\(watch.stderr)")
        #expect(watch.stdout.contains("\"LISTEN\""), "\(watch.stdout)")
        #expect(watch.stderr.contains("read /proc/net instead"), "\(watch.stderr)")
        #expect(!watch.stderr.contains("not root") || !runningAsRoot, "\(watch.stderr)")
    }

    /// Issue #11 case 6: watching 3,000 ports (more than one kernel filter holds) died with
    /// SIGILL; it filters in Swift instead.
    @Test func watchingThousandsOfPorts() throws {
        let listener = try LoopbackSocket.listener(port: 4321)
        let ports = (2000...4999).map(String.init)
        let result = try CommandRunner.portscope(["watch"] + ports + ["--duration", "0.3", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""port":4321"#), "\(result.stdout.prefix(300))")
        _ = listener
    }

    /// Case 11: summaries count samples and sockets present at the start apart.
    @Test func summariesCountEverySample() throws {
        let listener = try LoopbackSocket.listener()
        for extra in [["--listening"], ["--udp"], []] {
            let result = try CommandRunner.portscope(["watch", String(listener.localPort), "--duration", "0.4", "--interval", "50"] + extra)
            let summary = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("watched") }, "\(result.stdout)")
            #expect(!summary.contains(" 0 samples"), "\(extra): \(summary)")
            #expect(!summary.contains("1 opened"), "\(extra): \(summary)")
            if extra != ["--udp"] { #expect(summary.contains("1 present at the start"), "\(extra): \(summary)") }
        }
    }

    /// Case 8: the forecast for a loopback destination uses the model it states
    /// (tcp_tw_reuse = 2 reuses loopback ports after 1 s).
    @Test func forecastUsesTheStatedModel() throws {
        let reuse = (try? String(contentsOfFile: "/proc/sys/net/ipv4/tcp_tw_reuse", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard reuse == "2" else { return } // the pure model is tested in PressureTests
        let listener = try LoopbackSocket.listener()
        var clients: [LoopbackSocket] = []
        for _ in 0..<5 {
            let client = try LoopbackSocket()
            try client.connect("127.0.0.1", port: listener.localPort)
            clients.append(client)
        }
        let object = try json(try CommandRunner.portscope(["ephemeral", "--rate", "1000", "--json"]))
        let busiest = ((object["destinations"] as? [[String: Any]])?.first?["remote"] as? [String: Any])?["address"] as? String
        guard busiest?.hasPrefix("127.") == true else { return } // another destination is busier on this host
        let forecast = try #require(object["forecast"] as? [String: Any])
        #expect(forecast["busiestHoldSeconds"] as? Double == 1)
        #expect(forecast["busiestFailsAfterSeconds"] is NSNull, "\(forecast)")
    }
}
#endif
