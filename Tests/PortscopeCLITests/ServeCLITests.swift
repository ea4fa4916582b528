#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

/// `portscope serve` end to end: the real server, scraped by a real Prometheus server.
@Suite(.serialized) struct ServeCLITests {
    /// Starts `portscope serve` on a free loopback port and waits until it answers.
    func startServer(_ extra: [String] = []) throws -> (ChildProcess, UInt16) {
        let port = try LoopbackHTTP.freePort()
        let server = try ChildProcess([TestPaths.portscope, "serve", "--listen", "127.0.0.1:\(port)"] + extra,
                                      environment: ["XDG_DATA_HOME": TemporaryDirectory.shared.path])
        guard LoopbackHTTP.waitFor(port: port, "/", seconds: 30) != nil else {
            server.signal(SIGKILL)
            let result = server.finish()
            throw ServeTestError("the server did not answer on \(port): \(result.stderr)")
        }
        return (server, port)
    }

    struct ServeTestError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// Prometheus scrapes the exporter every second; its query API shows the listener this
    /// test opened, with the right labels, and `promtool check metrics` accepts the exposition.
    @Test(.enabled(if: TestPaths.hasTool("prometheus") && TestPaths.hasTool("promtool"), "needs Debian's prometheus package"))
    func prometheusScrapesTheListenerThisTestOpened() throws {
        let listener = try LoopbackSocket.listener()
        let (server, port) = try startServer(["--min-interval", "0.5"])
        defer { server.signal(SIGKILL) }

        let metrics = try #require(LoopbackHTTP.get(port: port, "/metrics"))
        #expect(metrics.status == 200)
        #expect(metrics.body.contains(#"port="\#(listener.localPort)""#))
        let check = try CommandRunner.run("/usr/bin/env", ["promtool", "check", "metrics"], stdin: metrics.body)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        let directory = TemporaryDirectory(prefix: "portscope-prometheus")
        let config = try directory.write("prometheus.yml", """
        global:
          scrape_interval: 1s
          scrape_timeout: 1s
          evaluation_interval: 1s
        rule_files:
          - \(TestPaths.inPackage("deploy/prometheus/portscope-rules.yml"))
        scrape_configs:
          - job_name: portscope
            static_configs:
              - targets: ["127.0.0.1:\(port)"]
        """)
        let prometheusPort = try LoopbackHTTP.freePort()
        let prometheus = try ChildProcess([
            "prometheus", "--config.file=\(config)", "--storage.tsdb.path=\(directory.path)/data",
            "--web.listen-address=127.0.0.1:\(prometheusPort)", "--log.level=warn",
        ])
        defer {
            prometheus.signal(SIGTERM)
            _ = prometheus.finish()
        }

        let query = #"portscope_listening_socket_info{job="portscope",port="\#(listener.localPort)"}"#
        let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        var series: [[String: Any]] = []
        let deadline = Date().addingTimeInterval(60)
        while series.isEmpty, Date() < deadline {
            usleep(500_000)
            guard let response = LoopbackHTTP.get(port: prometheusPort, "/api/v1/query?query=\(encoded)"), response.status == 200,
                  let object = try? JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any],
                  let data = object["data"] as? [String: Any], let result = data["result"] as? [[String: Any]]
            else { continue }
            series = result
        }
        try #require(series.count == 1, "Prometheus never saw the listener on \(listener.localPort)")
        let labels = try #require(series[0]["metric"] as? [String: String])
        let comm = try String(contentsOfFile: "/proc/self/comm", encoding: .utf8).trimmingCharacters(in: .newlines)
        #expect(labels["protocol"] == "tcp")
        #expect(labels["family"] == "ipv4")
        #expect(labels["address"] == "127.0.0.1")
        #expect(labels["process"] == comm)
        #expect(labels["in_ephemeral_range"] != nil)
        #expect(labels["instance"] == "127.0.0.1:\(port)")
        #expect((series[0]["value"] as? [Any])?.last as? String == "1")

        // The exporter's own series arrive too, and the target is up.
        let up = LoopbackHTTP.get(port: prometheusPort, "/api/v1/query?query=" + #"up{job="portscope"}"#.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        #expect(up?.body.contains(#""1"]"#) == true, "\(up?.body ?? "")")

        // deploy/: Prometheus evaluates the alerting rules without error on live data, and every
        // dashboard query is valid PromQL that it answers.
        var rules: [[String: Any]] = []
        while Date() < deadline {
            let response = LoopbackHTTP.get(port: prometheusPort, "/api/v1/rules")
            let object = response.flatMap { try? JSONSerialization.jsonObject(with: Data($0.body.utf8)) as? [String: Any] }
            let groups = (object?["data"] as? [String: Any])?["groups"] as? [[String: Any]] ?? []
            rules = groups.flatMap { $0["rules"] as? [[String: Any]] ?? [] }
            if !rules.isEmpty, rules.allSatisfy({ $0["health"] as? String == "ok" }) { break }
            usleep(500_000)
        }
        #expect(rules.count == 7)
        for rule in rules {
            #expect(rule["health"] as? String == "ok", "\(rule["name"] ?? "?"): \(rule["lastError"] ?? "")")
        }
        let dashboard = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: TestPaths.inPackage("deploy/grafana/portscope-dashboard.json")))) as? [String: Any])
        let expressions = (dashboard["panels"] as? [[String: Any]] ?? []).flatMap { ($0["targets"] as? [[String: Any]] ?? []).compactMap { $0["expr"] as? String } }
        #expect(expressions.count >= 10)
        for expression in expressions {
            let query = expression.replacingOccurrences(of: "$instance", with: ".*").addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let response = LoopbackHTTP.get(port: prometheusPort, "/api/v1/query?query=\(query)")
            #expect(response?.status == 200, "\(expression): \(response?.body ?? "no answer")")
            #expect(response?.body.contains(#""status":"success""#) == true, "\(expression)")
        }
        // The listeners table of the dashboard has this test's listener.
        let table = LoopbackHTTP.get(port: prometheusPort, "/api/v1/query?query=" + #"portscope_listening_socket_info{instance=~".*"}"#.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        #expect(table?.body.contains(#""port":"\#(listener.localPort)""#) == true)

        server.signal(SIGTERM)
        let result = server.finish()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("stopped"), "\(result.stderr)")
    }

    /// The systemd unit in deploy/ passes `systemd-analyze verify` with the built executable.
    @Test(.enabled(if: TestPaths.hasTool("systemd-analyze"), "needs systemd-analyze"))
    func systemdUnitVerifies() throws {
        let unit = try String(contentsOfFile: TestPaths.inPackage("deploy/systemd/portscope-serve.service"), encoding: .utf8)
        #expect(unit.contains("ExecStart=/usr/local/bin/portscope-serve "))
        let built = TestPaths.productsDirectory.appendingPathComponent("portscope-serve").path
        let directory = TemporaryDirectory(prefix: "portscope-unit")
        let path = try directory.write("portscope-serve.service", unit.replacingOccurrences(of: "/usr/local/bin/portscope-serve", with: built))
        let result = try CommandRunner.run("/usr/bin/env", ["systemd-analyze", "verify", path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stderr.contains("portscope-serve.service:"), "\(result.stderr)")
    }

    /// Bad options are usage errors before anything listens.
    @Test func badOptionsAreUsageErrors() throws {
        for arguments in [["--listen", "nowhere"], ["--listen", "127.0.0.1:70000"], ["--top-destinations", "-1"],
                          ["--min-interval", "abc"], ["--log-level", "loud"], ["--max-connections", "0"], ["--header-timeout", "0"],
                          // Issue #11 case 5: these were accepted and bound something else (0 is 0.0.0.0).
                          ["--listen", "0:17376"], ["--listen", "127.1:17376"], ["--listen", "localhost:17376"], ["--listen", "::1:17376"],
                          ["--listen", "127.0.0.1:07373"]] {
            let result = try CommandRunner.portscope(["serve"] + arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("portscope: "), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
        }
        #expect(try CommandRunner.portscope(["serve", "--listen", "0:17376"]).stderr.contains("did you mean 0.0.0.0?"))
    }

    /// The address really bound is logged at start.
    @Test func logsTheBoundAddress() throws {
        let (server, port) = try startServer()
        server.signal(SIGTERM)
        let result = server.finish()
        #expect(result.stderr.contains("address=127.0.0.1:\(port)"), "\(result.stderr)")
        #expect(result.stderr.contains("command_lines=withheld"), "\(result.stderr)")
    }

    /// Issue #11 case 1: connections that never finish their request head do not lock scrapes
    /// out: past --max-connections the oldest of them is dropped, and each is closed after
    /// --header-timeout.
    @Test func halfOpenConnectionsDoNotStopScrapes() throws {
        let (server, port) = try startServer(["--max-connections", "20", "--header-timeout", "1"])
        defer { server.signal(SIGKILL) }
        var attackers: [LoopbackSocket] = []
        for _ in 0..<60 {
            let socket = try LoopbackSocket()
            try socket.connect("127.0.0.1", port: port)
            let half = Array("GET /metrics HTTP/1.1\r\nHost: x\r\nX-Slow: ".utf8)
            _ = half.withUnsafeBytes { send(socket.fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            attackers.append(socket)
        }
        let scrape = try #require(LoopbackHTTP.get(port: port, "/metrics"), "a scrape did not get through 60 half-open connections")
        #expect(scrape.status == 200)
        usleep(1_600_000)
        // Every half-open connection has been closed by the server by now (read gives EOF).
        var closed = 0
        for socket in attackers {
            var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
            setsockopt(socket.fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var byte: UInt8 = 0
            let got = recv(socket.fd, &byte, 1, 0)
            if got == 0 || (got < 0 && errno == ECONNRESET) { closed += 1 }
        }
        #expect(closed == attackers.count, "\(attackers.count - closed) half-open connections were still open")
        #expect(try #require(LoopbackHTTP.get(port: port, "/metrics")).status == 200)
    }

    /// The JSON API answers like the CLI and refuses bad parameters with a JSON 400.
    @Test func jsonAPIOnTheLiveHost() throws {
        let listener = try LoopbackSocket.listener()
        let (server, port) = try startServer()
        defer { server.signal(SIGKILL) }
        let ports = try #require(LoopbackHTTP.get(port: port, "/api/v1/ports/\(listener.localPort)"))
        #expect(ports.status == 200)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(ports.body.utf8)) as? [String: Any])
        let sockets = try #require(object["sockets"] as? [[String: Any]])
        let pids = sockets.flatMap { ($0["processes"] as? [[String: Any]] ?? []).compactMap { $0["pid"] as? Int } }
        #expect(pids.contains(Int(getpid())))
        let bad = try #require(LoopbackHTTP.get(port: port, "/api/v1/sockets?state=bogus"))
        #expect(bad.status == 400)
        #expect(bad.body.contains(#""error""#))
        let ephemeral = try #require(LoopbackHTTP.get(port: port, "/api/v1/ephemeral"))
        #expect(ephemeral.status == 200)
        #expect(ephemeral.body.contains(#""usable""#))
    }
}
#endif
