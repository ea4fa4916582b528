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

    /// The API over the CLI's fixture procfs (sockets from its net/ files).
    static func api() -> PortscopeAPI {
        let root = ProcRoot(proc)
        let inspector = Inspector(
            sockets: ProcNetSocketSource(root: root), processes: ProcFSProcessTable(root: root), host: SysctlReader(root: root),
            namespaceSource: { _, _ in ProcNetSocketSource(root: root) }, viewerIsRoot: true
        )
        let registry = LoadedRegistry(registry: .builtin, origin: .builtin)
        return PortscopeAPI(explainer: Explainer(registry: registry, host: SysctlReader(root: root), inspector: inspector),
                            inspector: inspector, pressure: PressureReporter(inspector: inspector), registry: .builtin)
    }

    /// A snapshot with a listener held by a process whose name is hostile.
    static func snapshot() throws -> MetricsSnapshot {
        let inspector = api().inspector
        var snapshot = try MetricsCollector(inspector: inspector, registry: .builtin, topDestinations: 20).collect()
        let hostile = ProcessRecord(pid: 666, name: "evil\"name\\\n\u{1B}[2J", uid: 0, user: "root", command: ["evil", "--secret-token=abc"])
        let entry = SocketEntry(transport: .tcp, family: .ipv4, local: Endpoint(address: .loopbackIPv4, port: 6666), remote: nil, state: .listen, inode: 1, uid: 0)
        snapshot.listeners.append(InspectedSocket(entry: entry, role: .listener, owner: .known, processes: [hostile]))
        return snapshot
    }

    func app(minInterval: Double = 10, counter: Counter = Counter()) -> some ApplicationProtocol {
        let snapshot = (try? Self.snapshot())!
        return ExporterServer(configuration: .init(host: "127.0.0.1", port: 0, minInterval: minInterval)).application(
            api: Self.api(), collect: { counter.increment(); return snapshot }
        )
    }

    final class Counter: Sendable {
        private let value = Mutex<Int>(0)
        func increment() { value.withLock { $0 += 1 } }
        var count: Int { value.withLock { $0 } }
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
                #expect((object?["sockets"] as? [[String: Any]])?.count == 6)
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
        let api = PortscopeAPI(explainer: Self.api().explainer, inspector: inspector, pressure: PressureReporter(inspector: inspector), registry: .builtin)
        let collector = MetricsCollector(inspector: inspector, registry: .builtin, topDestinations: 20)
        let app = ExporterServer(configuration: .init(host: "127.0.0.1", port: 0)).application(api: api, collect: { try collector.collect() })
        try await app.test(.router) { client in
            for uri in ["/metrics", "/api/v1/sockets", "/api/v1/ephemeral"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .internalServerError, "\(uri)")
                    let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                    #expect((object?["error"] as? String)?.isEmpty == false, "\(uri): \(String(buffer: response.body))")
                }
            }
            try await client.execute(uri: "/", method: .get) { #expect($0.status == .ok) }
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
        let text = PrometheusExposition.render(try Self.snapshot()) + PrometheusExposition.scrapeDuration(0.01)
        let result = try CommandRunner.run("/usr/bin/env", ["promtool", "check", "metrics"], stdin: text)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
