import Foundation
import PortscopeForwarding
import PortscopeHost
import PortscopeKnowledge
import PortscopeLocalization
import PortscopeProcesses
import PortscopeSockets
import PortscopeSystem
import PortscopeTesting
import Testing
@testable import Portscope
@testable import PortscopeRender

/// The port page's pure renderer (issue #13): goldens in both languages for a fixed host,
/// escaping by construction, the facts the uses and answers are made of.
@Suite struct PageRenderTests {
    static let proc = TestPaths.inPackage("Tests/PortscopeCLITests/Fixtures/proc")
    static let hostile = "<script>alert(1)</script>\"'&\u{1B}[2J"

    /// Port 8080 on the fixture host, held by a process whose name is markup, with one
    /// connection and a TIME_WAIT leftover; the host as it was at a fixed time.
    static func page(_ port: UInt16 = 8080, connections: Int = 1, forwards: [PortForward] = []) throws -> PortPage {
        let registry = ServiceRegistry.builtin
        let explainer = Explainer(registry: LoadedRegistry(registry: registry, origin: .builtin), host: SysctlReader(root: ProcRoot(proc)))
        let listener = SocketEntry(transport: .tcp, family: .ipv4, local: Endpoint(address: .anyIPv4, port: port), remote: nil, state: .listen,
                                   inode: 100, uid: 1000, queues: SocketQueues(receive: 2, send: 128))
        let process = ProcessRecord(pid: 4242, name: hostile, uid: 1000, user: "alice")
        var sockets = [InspectedSocket(entry: listener, role: .listener, owner: .known, processes: [process])]
        for index in 0..<connections {
            let entry = SocketEntry(transport: .tcp, family: .ipv4, local: Endpoint(address: .loopbackIPv4, port: port),
                                    remote: Endpoint(address: .loopbackIPv4, port: UInt16(50000 + index)), state: .established, inode: UInt64(200 + index), uid: 1000)
            sockets.append(InspectedSocket(entry: entry, role: .server, owner: .known, processes: [process]))
        }
        var usage = SocketReport(port: port, sockets: sockets, hidden: nil, source: "netlink", warnings: [], elsewhere: [], allNamespaces: false)
        usage.forwards = forwards
        let query = try registry.resolve(PortQuery.parse(String(port)))
        let explanation = explainer.explain(query, usage: usage)
        let settings = try SysctlReader(root: ProcRoot(proc)).portSettings()
        let entries = sockets.map(\.entry)
        let pressure = PressureCalculator.report(.init(
            sockets: entries, range: settings.localPortRange, reserved: settings.reservedPorts, timeWaitReuse: 2, timeWaitReuseDelay: nil,
            roles: RoleClassifier(listeners: [listener], ephemeralRange: settings.localPortRange), collisions: [], top: 5, rate: nil, source: "netlink"
        ))
        let host = PortPageBuilder.HostView(settings: settings, sockets: entries, pressure: pressure, capabilities: Capabilities(isRoot: true, canBindPrivilegedPorts: true, canSignalAnyProcess: true))
        return PortPageBuilder.page(explanation, host: host, registry: registry, mode: .snapshot(takenAt: 1_800_000_000), takenAt: 1_800_000_000)
    }

    @Test(arguments: [(Language.english, "port-8080-en.html"), (.italian, "port-8080-it.html")])
    func golden(language: Language, snapshot: String) throws {
        let html = PortPageRenderer.render(try Self.page(), PageContext(language: language, delivery: .file))
        if let mismatch = Snapshot.mismatch(html, named: snapshot, in: "PortscopeTests") {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test func hostileNamesAreText() throws {
        for delivery in [PageContext.Delivery.file, .served] {
            let html = PortPageRenderer.render(try Self.page(), PageContext(language: .english, delivery: delivery))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;\\e[2J (pid 4242)"))
            #expect(!html.contains("<script>alert"))
            #expect(!html.contains("\u{1B}"))
            // Only the page's own script element, and only when served.
            let scripts = html.components(separatedBy: "<script").count - 1
            #expect(scripts == (delivery == .served ? 1 : 0))
        }
    }

    /// Issue #14: the NAT rules that forward the port are on the page, in the page's language,
    /// their text escaped like any other.
    @Test func forwardsAreShown() throws {
        let forwards = [
            PortForward(family: "ip", table: "nat", chain: "DOCKER", handle: 7, transport: "tcp", ports: "8080", conditions: ["iifname != \"<docker0>\""],
                        action: .dnat, toAddress: "172.17.0.2", toPort: "80", ownerGuess: "docker"),
            PortForward(family: "ip", table: "nat", chain: "prerouting", handle: 4, transport: "tcp", ports: "8080", conditions: [],
                        action: .redirect, toAddress: nil, toPort: "443"),
        ]
        let page = try Self.page(forwards: forwards)
        let english = PortPageRenderer.render(page, PageContext(language: .english, delivery: .file))
        #expect(english.contains("<h3>Forwarded by NAT rules</h3>"))
        #expect(english.contains("<strong>tcp 8080 → 172.17.0.2:80</strong> — rule ip nat DOCKER, handle 7; only when iifname != &quot;&lt;docker0&gt;&quot; (probably made by docker: a guess from the chain names)"))
        #expect(english.contains("<strong>tcp 8080 → this host, port 443</strong>"))
        let italian = PortPageRenderer.render(page, PageContext(language: .italian, delivery: .file))
        #expect(italian.contains("<h3>Inoltrata da regole NAT</h3>") && italian.contains("questo host, porta 443") && italian.contains("regola ip nat DOCKER"))
        // Without forwards, no such section (the goldens hold the rest).
        #expect(!PortPageRenderer.render(try Self.page(), PageContext(language: .english, delivery: .file)).contains("Forwarded by NAT"))
    }

    @Test func writerEscapesByConstruction() {
        var w = HTMLWriter()
        w.element("a", ["href": "javascript:alert(1)", "title": "\"><img src=x>"], text: "<b>x</b>")
        w.element("a", ["href": "//evil.example/", "class": nil], text: "y")
        w.element("a", ["href": "/ports/80?lang=it"], prose: "run `rm -rf <dir>` now")
        #expect(w.html == ##"<a href="#" title="&quot;&gt;&lt;img src=x&gt;">&lt;b&gt;x&lt;/b&gt;</a><a href="#">y</a><a href="/ports/80?lang=it">run <code>rm -rf &lt;dir&gt;</code> now</a>"##)
        #expect(HTMLWriter.escaped("a\u{202E}b\nc") == "a\\u{202e}b\\nc")
        var lines = HTMLWriter()
        lines.lines("one\n<two>")
        #expect(lines.html == "one<br>&lt;two&gt;")
    }

    /// Property: whatever the text (random bytes of every kind, markup-heavy), escaped text
    /// holds no markup character but inside the five entities, and no control character.
    @Test func escapingHoldsForAnyText() {
        var random = SeededGenerator()
        let alphabet: [Unicode.Scalar] = ["<", ">", "&", "\"", "'", "/", "=", "a", " ", "\u{1B}", "\n", "\u{202E}", "\u{2028}", "é", "😀", "\u{0}", "`"]
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &random) {
                text.unicodeScalars.append(Bool.random(using: &random)
                    ? alphabet.randomElement(using: &random)!
                    : Unicode.Scalar(UInt8.random(in: 0...127, using: &random)))
            }
            var stripped = HTMLWriter.escaped(text)
            for entity in ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"] { stripped = stripped.replacingOccurrences(of: entity, with: "") }
            #expect(!stripped.contains(where: { "<>&\"'".contains($0) }), "seed \(random.seed): \(text.debugDescription)")
            #expect(!stripped.unicodeScalars.contains(where: UnsafeCharacters.contains), "seed \(random.seed)")
            // Accept-Language from a client is parsed without trapping, into a language.
            _ = Language.negotiate(acceptLanguage: text)
        }
    }

    /// The uses and answers follow the facts: an ephemeral dynamic port, a registered system
    /// port, a reserved one.
    @Test func usesFollowTheFacts() throws {
        let registry = ServiceRegistry.builtin
        let explainer = Explainer(registry: LoadedRegistry(registry: registry, origin: .builtin), host: SysctlReader(root: ProcRoot(Self.proc)))
        let dynamic = try explainer.explain("60776")
        let uses = PortPageBuilder.uses(dynamic)
        #expect(uses.first == .ephemeralSource([.thisHost, .os(.linux), .os(.windows), .os(.macos), .os(.freebsd)]))
        #expect(uses.contains(.dnsQuerySource))
        #expect(uses.contains(.privateUse))
        let https = try explainer.explain("443")
        let httpsUses = PortPageBuilder.uses(https)
        #expect(httpsUses.contains(.registeredService(name: "https", protocols: ["tcp", "udp", "sctp"], description: "http protocol over TLS/SSL")))
        #expect(httpsUses.contains(.privilegedService(start: 1024)))
        #expect(!httpsUses.contains(.dnsQuerySource), "not ephemeral anywhere")
        let reserved = PortPageBuilder.uses(try explainer.explain("1023"))
        #expect(reserved.contains(.reservedByIANA))
        let quiet = PortPageBuilder.uses(try explainer.explain("7373"))
        #expect(quiet == [.unassignedPort])
    }

    /// The bind section answers from the table alone and says so; a privileged port is said of
    /// the service, not of whoever reads the page.
    @Test func bindWithoutATestBind() throws {
        let page = try Self.page()
        let bind = try #require(page.bind)
        #expect(bind.testBinds.isEmpty)
        #expect(bind.verdict == .blocked, "the hostile process listens on 0.0.0.0:8080")
        #expect(bind.reasons.contains { if case .notConfirmed = $0.detail { true } else { false } })
        let https = try Self.page(443, connections: 0)
        #expect(https.bind?.reasons.contains { if case .privilegedService = $0.detail { true } else { false } } == true)
        #expect(https.bind?.reasons.contains { if case .privilegedAllowed = $0.detail { true } else { false } } == false)
    }

    @Test func nearbySafePortsAreSafe() throws {
        let settings = HostPortSettings(localPortRange: 32768...60999, reservedPorts: [8079...8079], source: "test")
        let used = [SocketEntry(transport: .tcp, family: .ipv4, local: Endpoint(address: .anyIPv4, port: 8082), remote: nil, state: .listen, inode: 1, uid: 0)]
        let near = PortPageBuilder.nearbySafePorts(to: 8080, settings: settings, sockets: used, registry: .builtin)
        #expect(near.count == 3)
        let taken = ServiceRegistry.builtin.takenPorts(for: [.tcp, .udp])
        for port in near {
            #expect(port != 8079 && port != 8082 && port != 8080)
            #expect(!taken[Int(port)], "\(port) is assigned at IANA")
        }
        #expect(near == near.sorted { abs(Int($0) - 8080) < abs(Int($1) - 8080) || (abs(Int($0) - 8080) == abs(Int($1) - 8080) && $0 < $1) })
        // Near the top of the ports, nothing in the ephemeral ranges is offered.
        for port in PortPageBuilder.nearbySafePorts(to: 60776, settings: settings, sockets: [], registry: .builtin) {
            #expect(port < 32768)
        }
    }

    /// A busy port's table stops at 200 rows and says how many there are; the page stays
    /// under 100 KB.
    @Test func busyPortsStaySmall() throws {
        let page = try Self.page(8080, connections: 1000)
        let html = PortPageRenderer.render(page, PageContext(language: .english, delivery: .served))
        #expect(html.utf8.count < 100_000, "\(html.utf8.count) bytes")
        #expect(html.contains("The first 200 of 1001 sockets"))
    }

    /// The listener log: the first look is the baseline; then opens and closes, newest first.
    @Test func listenerLog() {
        var log = ListenerLog(limit: 3)
        let a = ListenerLog.Listener(transport: .tcp, local: "127.0.0.1:80", port: 80, inode: 1, processes: ["nginx (pid 1)"])
        let b = ListenerLog.Listener(transport: .udp, local: "*:53", port: 53, inode: 2, processes: [])
        log.record([a], at: 1)
        #expect(log.events.isEmpty)
        log.record([a, b], at: 2)
        #expect(log.events.map(\.kind) == [.opened])
        log.record([b], at: 3)
        #expect(log.events.map { "\($0.kind.rawValue) \($0.port) \($0.time)" } == ["closed 80 3.0", "opened 53 2.0"])
        var reused = a
        reused.inode = 9
        log.record([b, reused], at: 4)
        log.record([b, a], at: 5)
        #expect(log.events.count == 3, "kept to the limit")
        #expect(log.events.first?.time == 5)
    }
}
