import Foundation
import Hummingbird
import HummingbirdTesting
import Portscope
import PortscopeHost
import PortscopeKnowledge
import PortscopeProcesses
import PortscopeSockets
import PortscopeSystem
import PortscopeTesting
import Synchronization
import Testing
@testable import PortscopeServer

/// The routes on fixture data, through Hummingbird's router test framework (no sockets).
@Suite struct RouterTests {
    static let proc = TestPaths.inPackage("Tests/PortscopeCLITests/Fixtures/proc")

    /// The inspector over the CLI's fixture procfs (sockets from its net/ files).
    static func inspector() -> Inspector {
        let root = ProcRoot(proc)
        return Inspector(
            sockets: ProcNetSocketSource(root: root), processes: ProcFSProcessTable(root: root), host: SysctlReader(root: root),
            namespaceSource: { _, _ in ProcNetSocketSource(root: root) }, viewerIsRoot: true
        )
    }

    /// The API over the fixture procfs.
    static func api(registry: ServiceRegistry = .builtin) -> PortscopeAPI {
        let loaded = LoadedRegistry(registry: registry, origin: .builtin)
        return PortscopeAPI(explainer: Explainer(registry: loaded, host: SysctlReader(root: ProcRoot(proc)), inspector: nil), registry: registry)
    }

    /// A host snapshot of the fixture tree, plus a listener held by a process whose name is
    /// hostile and whose command line holds a secret.
    /// ``snapshot(exposeCommands:)`` plus connection accounting: the 6666 listener has 3 of 128
    /// queued, two established connections and one in TIME_WAIT from two peers, and bytes.
    static func accountingSnapshot() throws -> HostSnapshot {
        var snapshot = try snapshot()
        let index = try #require(snapshot.entries.firstIndex { $0.local.port == 6666 })
        snapshot.entries[index].queues = SocketQueues(receive: 3, send: 128)
        let peers: [(IPAddress, UInt16, SocketState)] = [(.loopbackIPv4, 50001, .established), (.loopbackIPv4, 50002, .established), (IPAddress("127.0.0.2")!, 50003, .timeWait)]
        for (offset, (address, port, state)) in peers.enumerated() {
            snapshot.entries.append(SocketEntry(transport: .tcp, family: .ipv4, local: Endpoint(address: .loopbackIPv4, port: 6666),
                                                remote: Endpoint(address: address, port: port), state: state, inode: state == .timeWait ? 0 : UInt64(7000 + offset), uid: 0))
        }
        snapshot.traffic = PortTrafficCounters.Totals(byPort: [6666: .init(received: 1_000, sent: 250_000)], complete: false)
        return snapshot
    }

    static func snapshot(exposeCommands: Bool = false) throws -> HostSnapshot {
        var snapshot = try HostSnapshotCollector(inspector: inspector(), exposeCommands: exposeCommands).collect()
        var hostile = ProcessRecord(pid: 666, name: "evil\"name\\\n\u{1B}[2J", uid: 0, user: "root", command: exposeCommands ? ["evil", "--secret-token=abc"] : [])
        hostile.commandWithheld = !exposeCommands
        hostile.executable = "/tmp/evil\"exe\\\n"
        snapshot.entries.append(SocketEntry(transport: .tcp, family: .ipv4, local: Endpoint(address: .loopbackIPv4, port: 6666), remote: nil, state: .listen, inode: 6666, uid: 0))
        snapshot.owners.holders[6666] = [666]
        snapshot.records[666] = hostile
        return snapshot
    }

    func app(minInterval: Double = 10, counter: Counter = Counter(), exposeCommands: Bool = false, registry: ServiceRegistry = .builtin) -> some ApplicationProtocol {
        let snapshot = (try? Self.snapshot(exposeCommands: exposeCommands))!
        return ExporterServer(configuration: .init(host: "127.0.0.1", port: 0, minInterval: minInterval)).application(
            api: Self.api(registry: registry), collect: { counter.increment(); return snapshot }
        )
    }

    final class Counter: Sendable {
        private let value = Mutex<Int>(0)
        func increment() { value.withLock { $0 += 1 } }
        var count: Int { value.withLock { $0 } }
    }

    /// Issue #12: queues, connections by state and bytes per port, bounded by the listeners.
    @Test func accountingMetrics() throws {
        let text = PrometheusExposition.render(try Self.accountingSnapshot().metrics(registry: .builtin, topDestinations: 20))
        let labels = #"protocol="tcp",address="127.0.0.1",port="6666""#
        #expect(text.contains("portscope_listener_queue_length{\(labels)} 3"))
        #expect(text.contains("portscope_listener_queue_max{\(labels)} 128"))
        #expect(text.contains("portscope_listener_connections{\(labels),state=\"ESTABLISHED\"} 2"))
        #expect(text.contains("portscope_listener_connections{\(labels),state=\"TIME_WAIT\"} 1"))
        #expect(!text.contains(#"state="SYN_RECV"}"#), "states with no connections are not exported")
        #expect(text.contains(#"portscope_port_received_bytes_total{port="6666"} 1000"#))
        #expect(text.contains(#"portscope_port_sent_bytes_total{port="6666"} 250000"#))
        #expect(text.contains("portscope_port_bytes_complete 0"))
        #expect(text.contains("# TYPE portscope_port_sent_bytes_total counter"))
        // Without accounting (the fixture has no queues or traffic), none of these appear.
        let plain = PrometheusExposition.render(try Self.snapshot().metrics(registry: .builtin, topDestinations: 20))
        #expect(!plain.contains("portscope_port_bytes_complete"))
        #expect(!plain.contains("portscope_listener_queue_length{"))
    }

    /// A baseline where 6666 was held by another program and 5432 listened.
    static let driftBaseline = ListenerBaseline(
        host: "web1", created: "2026-12-01T00:00:00.000Z", protocols: ["tcp", "udp"], ignore: [],
        listeners: [
            .init(protocol: "tcp", address: "127.0.0.1", port: 6666, programs: [.init(exe: "/usr/sbin/expected", unit: "expected.service", container: nil)]),
            .init(protocol: "tcp", address: "127.0.0.1", port: 5432, programs: [.init(exe: "/usr/lib/postgresql/15/bin/postgres", unit: nil, container: nil)]),
        ])

    /// Issue #15: `serve --baseline` exports unexpected and missing listeners, labels escaped.
    @Test func baselineMetrics() throws {
        let text = PrometheusExposition.render(try Self.snapshot().metrics(registry: .builtin, topDestinations: 20, baseline: Self.driftBaseline))
        #expect(text.contains(#"portscope_listener_unexpected_info{protocol="tcp",address="127.0.0.1",port="6666",exe="/tmp/evil\"exe\\\\n",unit="",container="",reason="changed",expected_exe="/usr/sbin/expected"} 1"#), "\(text)")
        #expect(text.contains(#"portscope_listener_missing_info{protocol="tcp",address="127.0.0.1",port="5432",exe="/usr/lib/postgresql/15/bin/postgres",unit="",container=""} 1"#))
        #expect(text.contains(#"reason="new""#), "the fixture's other listeners are not in the baseline")
        #expect(text.contains("portscope_baseline_listeners 2"))
        // Without --baseline, none of it.
        let plain = PrometheusExposition.render(try Self.snapshot().metrics(registry: .builtin, topDestinations: 20))
        #expect(!plain.contains("portscope_listener_unexpected_info") && !plain.contains("portscope_baseline_listeners"))
    }

    @Test func metricsExposition() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                let body = String(buffer: response.body)
                #expect(body.contains("# HELP portscope_listening_socket_info "))
                #expect(body.contains("# TYPE portscope_listening_socket_info gauge"))
                #expect(body.contains(#"portscope_listening_socket_info{protocol="tcp",family="ipv4",address="127.0.0.1",port="8080",service="http-alt",process="python3",in_ephemeral_range="false"} 1"#))
                // The fixture's listener on 40000 has no holder in the fixture's /proc.
                #expect(body.contains(#"port="40000",service="safetynetp",process="hidden",in_ephemeral_range="true""#))
                #expect(body.contains("portscope_sockets_hidden_owner 1"))
                #expect(body.contains(#"portscope_sockets{protocol="tcp",state="ESTABLISHED"} 2"#))
                #expect(body.contains("portscope_ephemeral_ports_usable 28232"))
                #expect(body.contains("portscope_ephemeral_range_size 28232"))
                #expect(body.contains("portscope_listening_sockets_in_ephemeral_range 1"))
                #expect(body.contains("portscope_scrape_duration_seconds"))
                // Hostile names are escaped; command lines never appear.
                #expect(body.contains(#"process="evil\"name\\\\n\\e[2J""#))
                #expect(!body.contains("\u{1B}"))
                #expect(!body.contains("secret-token"))
                #expect(!body.contains("http.server"))
                // No ephemeral port number appears as a label value (only remote and listening ports).
                #expect(!body.contains(#"port="54321""#))
            }
        }
    }

    @Test func concurrentScrapesShareOneSnapshot() async throws {
        let counter = Counter()
        try await app(minInterval: 10, counter: counter).test(.router) { client in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await client.execute(uri: "/metrics", method: .get) { #expect($0.status == .ok) } }
                }
                try await group.waitForAll()
            }
        }
        #expect(counter.count == 1)
        let fresh = Counter()
        try await app(minInterval: 0, counter: fresh).test(.router) { client in
            for _ in 0..<3 { try await client.execute(uri: "/metrics", method: .get) { _ in } }
        }
        #expect(fresh.count == 3)
    }

    @Test func portsAPI() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/api/v1/ports/8080", method: .get) { response in
                #expect(response.status == .ok)
                let object = try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any])
                #expect(object["port"] as? Int == 8080)
                #expect((object["sockets"] as? [[String: Any]])?.count == 4)
                #expect(String(buffer: response.body).contains(#"curl\u001b]0;owned\u0007\u001b[2J"#))
            }
            for bad in ["/api/v1/ports/70000", "/api/v1/ports/abc", "/api/v1/ports/80%2Fxyz"] {
                try await client.execute(uri: bad, method: .get) { response in
                    #expect(response.status == .badRequest, "\(bad)")
                    let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                    #expect((object?["error"] as? String)?.isEmpty == false, "\(bad)")
                    #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                }
            }
        }
    }

    @Test func socketsAndEphemeralAPI() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/api/v1/sockets?all=true&tcp=true", method: .get) { response in
                #expect(response.status == .ok)
                let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                #expect((object?["sockets"] as? [[String: Any]])?.count == 7) // the fixture's 6 and the hostile listener
            }
            try await client.execute(uri: "/api/v1/sockets?user=root", method: .get) { #expect($0.status == .ok) }
            for bad in ["/api/v1/sockets?state=bogus", "/api/v1/sockets?port=99999", "/api/v1/sockets?nope=1", "/api/v1/sockets?all=maybe",
                        "/api/v1/ephemeral?top=0", "/api/v1/ephemeral?rate=-3", "/api/v1/ephemeral?x=1"] {
                try await client.execute(uri: bad, method: .get) { #expect($0.status == .badRequest, "\(bad)") }
            }
            try await client.execute(uri: "/api/v1/ephemeral?top=5&rate=1000", method: .get) { response in
                #expect(response.status == .ok)
                let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                #expect(object?["usable"] as? Int == 28232)
                #expect(object?["forecast"] is [String: Any])
            }
        }
    }

    /// A host that cannot be read gives 500 with a JSON error, and the server keeps serving.
    @Test func unreadableHostIs500() async throws {
        let root = ProcRoot("/nonexistent-portscope-proc")
        let inspector = Inspector(
            sockets: ProcNetSocketSource(root: root), processes: ProcFSProcessTable(root: root), host: SysctlReader(root: root),
            namespaceSource: { _, _ in ProcNetSocketSource(root: root) }, viewerIsRoot: true
        )
        let collector = HostSnapshotCollector(inspector: inspector, exposeCommands: false)
        let app = ExporterServer(configuration: .init(host: "127.0.0.1", port: 0)).application(api: Self.api(), collect: { try collector.collect() })
        try await app.test(.router) { client in
            for uri in ["/metrics", "/api/v1/sockets", "/api/v1/ephemeral"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .internalServerError, "\(uri)")
                    let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                    #expect((object?["error"] as? String)?.isEmpty == false, "\(uri): \(String(buffer: response.body))")
                }
            }
            // The pages need the host too: an HTML page says so.
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .internalServerError)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(String(buffer: response.body).contains("could not read this host"))
            }
        }
    }

    @Test func readOnly() async throws {
        try await app().test(.router) { client in
            for method in [HTTPRequest.Method.post, .put, .delete, .patch] {
                try await client.execute(uri: "/metrics", method: method) { response in
                    #expect(response.status == .methodNotAllowed, "\(method)")
                    #expect(response.headers[.allow] == "GET, HEAD")
                    #expect(String(buffer: response.body).contains("read-only"))
                }
            }
        }
    }

    /// Issue #10 case 14: the API takes what the CLI takes, decodes path parameters, answers
    /// every error (404 too) in JSON, and HEAD wherever GET.
    @Test func pathsErrorsAndHead() async throws {
        try await app().test(.router) { client in
            for uri in ["/api/v1/ports/5060/udp", "/api/v1/ports/5060%2Fudp", "/api/v1/ports/sip%2Fudp"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri): \(String(buffer: response.body))")
                    let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                    #expect(object?["port"] as? Int == 5060, "\(uri)")
                    #expect(object?["protocol"] as? String == "udp", "\(uri)")
                }
            }
            for (uri, status) in [("/nope", HTTPResponse.Status.notFound), ("/api/v1/ports/5060/udp/x", .notFound), ("/api/v1/ports/%zz", .badRequest), ("/api/v1/ports/70000", .badRequest)] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == status, "\(uri)")
                    #expect(response.headers[.contentType]?.hasPrefix("application/json") == true, "\(uri)")
                    let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                    #expect((object?["error"] as? String)?.isEmpty == false, "\(uri): \(String(buffer: response.body))")
                    #expect(object?["status"] as? Int == Int(status.code))
                }
            }
            for uri in ["/", "/metrics", "/api/v1/ports/443", "/api/v1/sockets", "/api/v1/ephemeral"] {
                var length = 0
                try await client.execute(uri: uri, method: .get) { length = $0.body.readableBytes }
                try await client.execute(uri: uri, method: .head) { response in
                    #expect(response.status == .ok, "HEAD \(uri)")
                    #expect(response.body.readableBytes == 0, "HEAD \(uri)")
                    #expect(response.headers[.contentLength].flatMap(Int.init) ?? -1 > 0, "HEAD \(uri)")
                    _ = length
                }
            }
        }
    }

    /// promtool accepts the exposition.
    @Test(.enabled(if: TestPaths.hasTool("promtool"), "needs promtool (Debian's prometheus package)"))
    func promtoolAcceptsTheExposition() throws {
        let text = PrometheusExposition.render(try Self.snapshot().metrics(registry: .builtin, topDestinations: 20)) + PrometheusExposition.scrapeDuration(0.01)
        let result = try CommandRunner.run("/usr/bin/env", ["promtool", "check", "metrics"], stdin: text)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    /// Issue #11 case 2: 200 concurrent API requests share one snapshot and one render per
    /// distinct question (each did its own host walk and render).
    @Test func concurrentAPICallsShareTheSnapshotAndTheRender() async throws {
        let counter = Counter()
        try await app(minInterval: 10, counter: counter).test(.router) { client in
            try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<200 {
                    let uri = ["/api/v1/sockets?all", "/api/v1/ports/8080", "/api/v1/ephemeral", "/metrics"][index % 4]
                    group.addTask {
                        try await client.execute(uri: uri, method: .get) { response in
                            #expect(response.status == .ok, "\(uri)")
                            return response.body.readableBytes
                        }
                    }
                }
                var sizes: [Int] = []
                for try await size in group { sizes.append(size) }
                #expect(sizes.count == 200)
            }
        }
        #expect(counter.count == 1)
    }

    /// Issue #11 case 3: command lines are withheld by default (null in JSON), process names
    /// stay; `--expose-commands` includes them, clipped.
    @Test func commandLinesAreWithheldByDefault() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/api/v1/sockets?all", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(!body.contains("secret-token"))
                #expect(!body.contains("http.server"))
                #expect(body.contains(#""command": null"#))
                #expect(body.contains(#""name": "python3""#))
            }
        }
        try await app(exposeCommands: true).test(.router) { client in
            try await client.execute(uri: "/api/v1/sockets?all", method: .get) { response in
                #expect(String(buffer: response.body).contains("secret-token"))
            }
        }
        #expect(HostSnapshotCollector.clip(["a", String(repeating: "x", count: 200_000), "b"], to: 1024).joined().utf8.count < 1100)
    }

    /// Issue #11 case 4: every label value is escaped, the registry's service names too (a
    /// user's registry copy is anyone's text).
    @Test func hostileServiceNamesAreEscapedInLabels() async throws {
        let csv = IANACSV.header.joined(separator: ",") + "\n" + "evil\u{1B}[2J\u{202E}svc,8080,tcp,x,,,,,,,,\n"
        let registry = try ServiceRegistry(text: RegistryFormat.encode(try IANACSV.parse(csv), source: "test"))
        try await app(registry: registry).test(.router) { client in
            try await client.execute(uri: "/metrics", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(!body.contains("\u{1B}"), "an escape reached the exposition")
                #expect(!body.contains("\u{202E}"), "a bidi control reached the exposition")
                #expect(body.contains(#"service="evil\\e[2J\\u{202e}svc""#), "\(body.split(separator: "\n").filter { $0.contains("8080") })")
            }
        }
    }
}
