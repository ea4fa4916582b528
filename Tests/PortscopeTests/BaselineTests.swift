import Portscope
import PortscopeProcesses
import PortscopeRender
import PortscopeSockets
import Testing

/// Baselines (`ls --save`, `diff`, `serve --baseline`), `--sort` and `--fields`, on fixtures.
struct BaselineTests {
    static func process(_ pid: Int32, _ name: String, exe: String?, unit: String? = nil) -> ProcessRecord {
        var record = ProcessRecord(pid: pid, name: name, uid: 0, user: "root", command: [name])
        record.executable = exe
        record.unit = unit.map { SystemdUnit(name: $0) }
        return record
    }

    static func listener(_ port: UInt16, _ processes: [ProcessRecord], transport: SocketProtocol = .tcp, address: String = "0.0.0.0",
                         v6Only: Bool? = nil, owner: OwnerStatus = .known) -> InspectedSocket {
        let ip = IPAddress(address)!
        let entry = SocketEntry(transport: transport, family: address.contains(":") ? .ipv6 : .ipv4, local: Endpoint(address: ip, port: port),
                                remote: nil, state: transport == .tcp ? .listen : .unconnected, inode: UInt64(port), uid: 0, v6Only: v6Only)
        var socket = InspectedSocket(entry: entry, role: .listener, owner: owner, processes: owner == .known ? processes : [])
        socket.service = port == 22 ? "ssh" : nil
        return socket
    }

    static let sshd = process(100, "sshd", exe: "/usr/sbin/sshd", unit: "ssh.service")
    static let nginx = process(200, "nginx", exe: "/usr/sbin/nginx", unit: "nginx.service")
    static let worker = process(201, "nginx", exe: "/usr/sbin/nginx", unit: "nginx.service")

    static func listeners(_ sockets: [InspectedSocket]) -> [ListenerBaseline.Listener] {
        ListenerBaseline.listeners(of: sockets)
    }

    @Test func listenersAreKeyedWithoutPIDs() throws {
        let found = Self.listeners([
            Self.listener(22, [Self.sshd], address: "::", v6Only: false),
            Self.listener(80, [Self.nginx]), Self.listener(80, [Self.worker]), // SO_REUSEPORT workers
            Self.listener(53, [], transport: .udp, address: "127.0.0.1", owner: .hidden),
            Self.listener(9000, [ProcessRecord(pid: 300, name: "(exited)")]),
        ])
        #expect(found.map(\.description) == ["tcp *:22", "tcp 0.0.0.0:80", "tcp 0.0.0.0:9000", "udp 127.0.0.1:53"])
        #expect(found[0].programs == [.init(exe: "/usr/sbin/sshd", unit: "ssh.service", container: nil)])
        #expect(found[1].programs.count == 1, "two workers of one program are one program")
        #expect(found[2].owner == "unknown" && found[2].programs.isEmpty, "a process that exited says nothing")
        #expect(found[3].owner == "hidden")
        // An IPv6-only wildcard is not the dual-stack one.
        #expect(Self.listeners([Self.listener(22, [Self.sshd], address: "::", v6Only: true)])[0].address == "::")
    }

    @Test func deletedExecutablesAreTheSameProgram() {
        let upgraded = ProcParsers.executable(Array("/usr/sbin/nginx (deleted)".utf8))
        #expect(upgraded.path == "/usr/sbin/nginx" && upgraded.deleted)
        let plain = ProcParsers.executable(Array("/usr/bin/python3.11".utf8))
        #expect(plain.path == "/usr/bin/python3.11" && !plain.deleted)
    }

    @Test func fileRoundTripsAndBadFilesAreNamed() throws {
        let baseline = ListenerBaseline(host: "web1", created: "2026-12-01T00:00:00.000Z", protocols: ["tcp", "udp"], ignore: ["ephemeral/udp"],
                                        listeners: Self.listeners([Self.listener(80, [Self.nginx])]))
        let bytes = baseline.encoded()
        #expect(try ListenerBaseline.decode(bytes) == baseline)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#""exe" : "/usr/sbin/nginx""#), "\(text)")
        #expect(!text.contains("200"), "no pid in a baseline")
        func failure(_ json: String) -> String {
            do { _ = try ListenerBaseline.decode(Array(json.utf8)); return "" } catch { return error.description }
        }
        #expect(failure("not json").contains("it is not JSON"))
        #expect(failure(#"{"format": "other", "version": 1, "host": "", "created": "", "protocols": [], "ignore": [], "listeners": []}"#).contains(#"not "portscope-baseline""#))
        #expect(failure(#"{"format": "portscope-baseline", "version": 9, "host": "", "created": "", "protocols": [], "ignore": [], "listeners": []}"#).contains("version 9"))
        #expect(failure(#"{"format": "portscope-baseline", "version": 1, "host": "", "created": "", "protocols": [], "ignore": ["99999"], "listeners": []}"#).contains("99999"))
        #expect(failure(#"{"format": "portscope-baseline", "version": 1}"#).contains("missing"))
    }

    @Test func comparisonFindsNewGoneAndChanged() {
        let before = Self.listeners([Self.listener(22, [Self.sshd], address: "::", v6Only: false), Self.listener(80, [Self.nginx]),
                                     Self.listener(5432, [Self.process(5, "postgres", exe: "/usr/lib/postgresql/15/bin/postgres")])])
        // A restart (new pids, same programs) is not drift.
        let restarted = Self.listeners([Self.listener(22, [Self.process(900, "sshd", exe: "/usr/sbin/sshd", unit: "ssh.service")], address: "::", v6Only: false),
                                        Self.listener(80, [Self.process(901, "nginx", exe: "/usr/sbin/nginx", unit: "nginx.service")]),
                                        Self.listener(5432, [Self.process(902, "postgres", exe: "/usr/lib/postgresql/15/bin/postgres")])])
        #expect(!BaselineDiff.compare(baseline: before, current: restarted, ignore: [], ephemeral: 32768...60999).drifted)
        // Port 22 taken by another program, 5432 gone, 4444 new.
        let now = Self.listeners([Self.listener(22, [Self.process(666, "sshd", exe: "/tmp/.x/sshd")], address: "::", v6Only: false),
                                  Self.listener(80, [Self.nginx]), Self.listener(4444, [Self.process(667, "nc", exe: "/usr/bin/nc")])])
        let diff = BaselineDiff.compare(baseline: before, current: now, ignore: [], ephemeral: 32768...60999)
        #expect(diff.changes.map { "\($0.kind) \($0.listener.description)" } == ["changed tcp *:22", "new tcp 0.0.0.0:4444", "gone tcp 0.0.0.0:5432"])
        #expect(diff.changes[0].before.map(\.exe) == ["/usr/sbin/sshd"])
        #expect(diff.changes[0].listener.programs.map(\.exe) == ["/tmp/.x/sshd"])
        // Hidden owners are not compared, but their addresses are.
        let hidden = Self.listeners([Self.listener(22, [], address: "::", v6Only: false, owner: .hidden), Self.listener(80, [], owner: .hidden),
                                     Self.listener(5432, [], owner: .hidden)])
        let unverified = BaselineDiff.compare(baseline: before, current: hidden, ignore: [], ephemeral: 32768...60999)
        #expect(!unverified.drifted && unverified.unverified.count == 3)
        let text = BaselineRenderer().text(diff, baseline: ListenerBaseline(host: "web1", created: "then", protocols: ["tcp"], ignore: [], listeners: before),
                                           path: "base.json", ephemeral: 32768...60999)
        #expect(text.contains("changed  tcp *:22"), "\(text)")
        #expect(text.contains("now /tmp/.x/sshd; was /usr/sbin/sshd (unit ssh.service)"), "\(text)")
    }

    @Test func ignorePatterns() throws {
        func patterns(_ texts: String...) throws -> [ListenerPattern] { try ListenerPattern.parse(texts).get() }
        let before = Self.listeners([Self.listener(80, [Self.nginx])])
        let now = Self.listeners([Self.listener(80, [Self.nginx]), Self.listener(41234, [Self.process(7, "dig", exe: "/usr/bin/dig")], transport: .udp, address: "0.0.0.0"),
                                  Self.listener(6001, [Self.process(8, "Xorg", exe: "/usr/lib/xorg/Xorg")]),
                                  Self.listener(35000, [Self.process(9, "firefox", exe: "/usr/lib/firefox/firefox")])])
        let ephemeral: ClosedRange<UInt16> = 32768...60999
        #expect(BaselineDiff.compare(baseline: before, current: now, ignore: [], ephemeral: ephemeral).count(.new) == 3)
        let ignored = BaselineDiff.compare(baseline: before, current: now, ignore: try patterns("ephemeral/udp", "6000-6063/tcp", "exe:/usr/lib/firefox/*"), ephemeral: ephemeral)
        #expect(!ignored.drifted && ignored.ignored == 3)
        // A protocol-limited pattern leaves the other protocol alone.
        #expect(BaselineDiff.compare(baseline: before, current: now, ignore: try patterns("ephemeral/tcp"), ephemeral: ephemeral).count(.new) == 2)
        for bad in ["70000", "9-1", "80/sctp", "exe:firefox", "", "ephemeral/"] {
            guard case .failure = ListenerPattern.parse(bad) else { Issue.record("'\(bad)' was accepted"); continue }
        }
        #expect(ListenerPattern.parse("8080") == .success(.ports(8080...8080, protocol: nil)))
    }

    @Test func sortingIsStableAndReversible() {
        let sockets = [Self.listener(443, [Self.nginx]), Self.listener(22, [Self.sshd], address: "::", v6Only: false),
                       Self.listener(53, [], transport: .udp, address: "0.0.0.0", owner: .hidden), Self.listener(80, [Self.worker])]
        func ports(_ key: SocketOrder.Key, reverse: Bool = false) -> [UInt16] {
            SocketOrder(key: key, reverse: reverse).sorted(sockets).map(\.entry.local.port)
        }
        #expect(ports(.port) == [22, 53, 80, 443])
        #expect(ports(.port, reverse: true) == [443, 80, 53, 22])
        #expect(ports(.pid) == [22, 443, 80, 53], "hidden last")
        #expect(ports(.process) == [443, 80, 22, 53], "nginx(200) before nginx(201), hidden last")
        #expect(ports(.service) == [22, 443, 53, 80], "unnamed keep their order")
        #expect(ports(.state) == [22, 80, 443, 53], "LISTEN before UNCONNECTED (portscope's state order), then by port")
    }

    @Test func fieldsChooseColumnsAndSanitize() throws {
        var hostile = Self.process(666, "evil\u{1B}[2J", exe: "/tmp/\u{1B}]0;pwned\u{07}x")
        hostile.command = ["evil", String(repeating: "A", count: 300)]
        let report = SocketReport(port: nil, sockets: [Self.listener(8080, [hostile]), Self.listener(53, [], transport: .udp, address: "127.0.0.1", owner: .hidden)],
                                  hidden: nil, source: "test", warnings: [], elsewhere: [], allNamespaces: false)
        let fields = try SocketField.parse("port,pid,process,exe,command").get()
        let text = SocketFieldsRenderer(style: .plain, fields: fields).render(report)
        #expect(text.hasPrefix("PORT  PID     PROCESS"), "\(text)")
        #expect(!text.contains("\u{1B}"), "escape sequences are stripped")
        #expect(text.contains(String(repeating: "A", count: 300)), "piped output is never cut")
        let terminal = SocketFieldsRenderer(style: TextStyle(colors: false, width: 80, clips: true), fields: fields).render(report)
        #expect(terminal.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 }, "\(terminal)")
        #expect(text.contains("53    hidden"), "\(text)")
        guard case let .failure(unknown) = SocketField.parse("port,bogus") else { Issue.record("accepted"); return }
        #expect(unknown.name == "bogus")
    }
}
