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

        server.signal(SIGTERM)
        let result = server.finish()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("stopped"), "\(result.stderr)")
    }

    /// Bad options are usage errors before anything listens.
    @Test func badOptionsAreUsageErrors() throws {
        for arguments in [["--listen", "nowhere"], ["--listen", "127.0.0.1:70000"], ["--top-destinations", "-1"],
                          ["--min-interval", "abc"], ["--log-level", "loud"]] {
            let result = try CommandRunner.portscope(["serve"] + arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("portscope: "), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("not a port"), "\(arguments): \(result.stderr)")
        }
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
