import PortscopeHost
import PortscopeKnowledge
import PortscopeProcesses
import PortscopeSockets
import PortscopeSystem

/// Decides whether a service can bind a port here: looks at every socket on the port, the
/// host's port settings, IANA and other namespaces, then confirms with a real test bind.
public struct BindDiagnoser: Sendable {
    public var inspector: Inspector
    public var registry: ServiceRegistry
    public var probe: any BindProbe
    public var capabilities: Capabilities

    public init(inspector: Inspector, registry: ServiceRegistry, probe: any BindProbe, capabilities: Capabilities) {
        self.inspector = inspector
        self.registry = registry
        self.probe = probe
        self.capabilities = capabilities
    }

    /// The diagnoser for this machine.
    public static func live(registry: ServiceRegistry) -> BindDiagnoser {
        BindDiagnoser(inspector: .live(), registry: registry, probe: SystemBindProbe(), capabilities: .current())
    }

    /// Diagnoses binding `address`:`port` for `transport`; `v6Only` applies to IPv6 wildcards.
    public func diagnose(port: UInt16, transport: SocketProtocol, address: IPAddress, v6Only: Bool = false) throws(PortscopeError) -> BindDiagnosis {
        guard port != 0 else {
            throw .usage(.invalidPort(input: "0", reason: "port 0 cannot be bound as such: a bind to port 0 asks the kernel for any free ephemeral port (see `portscope explain 0`)"))
        }
        let usage = try inspector.who(port: port, protocols: [transport])
        let settings = try? inspector.host?.portSettings()
        var reasons: [BindDiagnosis.Reason] = []
        let requested = Endpoint(address: address, port: port)

        // Sockets bound to the port (listeners, bound UDP, and TCP connections on it).
        let onPort = usage.sockets.filter { $0.entry.local.port == port }
        let holders = onPort.filter { transport == .udp || $0.entry.state == .listen }
        for holder in holders {
            let overlap = AddressOverlap.overlaps(address, v6OnlyA: v6Only, holder.entry.local.address, v6OnlyB: holder.entry.v6Only)
            let who = Self.describe(holder, viewerIsRoot: capabilities.isRoot)
            if overlap {
                reasons.append(.init(kind: .inUse, severity: .blocker, message: "\(who) \(transport == .tcp ? "already listens on" : "is already bound to") \(holder.entry.localDescription), which overlaps \(requested)\(Self.overlapDetail(address, v6Only, holder.entry)); stop it (`portscope free \(port)`) or pick another port (`portscope pick`).", sockets: [holder]))
            } else {
                reasons.append(.init(kind: .noConflict, severity: .info, message: "\(who) \(transport == .tcp ? "listens on" : "is bound to") \(holder.entry.localDescription), a different address: binding \(requested) does not clash with it, but clients must use the right address.", sockets: [holder]))
            }
        }
        // Connections bound to the port (accepted, or TIME_WAIT leftovers) block a bind
        // without SO_REUSEADDR only when their address overlaps the one asked for; the test
        // binds below decide what is said about them.
        let lingering = transport == .tcp ? onPort.filter {
            $0.entry.state != .listen && AddressOverlap.overlaps(address, v6OnlyA: v6Only, $0.entry.local.address, v6OnlyB: $0.entry.v6Only)
        } : []
        if let settings {
            let policy = HostPortPolicy(settings)
            let p = Port(port)
            if policy.isPrivileged(p) {
                if capabilities.canBindPrivilegedPorts {
                    reasons.append(.init(kind: .privileged, severity: .info, message: "Port \(port) is below ip_unprivileged_port_start (\(settings.unprivilegedPortStart)): this user may bind it (\(capabilities.isRoot ? "root" : "CAP_NET_BIND_SERVICE")), and so must the service's user."))
                } else {
                    reasons.append(.init(kind: .privileged, severity: .blocker, message: "Port \(port) is below ip_unprivileged_port_start (\(settings.unprivilegedPortStart)) and this user is neither root nor has CAP_NET_BIND_SERVICE: run the service as root, grant the capability (`setcap cap_net_bind_service=+ep BINARY`, or AmbientCapabilities=CAP_NET_BIND_SERVICE in a systemd unit), or use a port ≥ \(settings.unprivilegedPortStart)."))
                }
            }
            if policy.isReserved(p) {
                reasons.append(.init(kind: .reserved, severity: .ok, message: "Port \(port) is in ip_local_reserved_ports: outgoing connections never take it, so it stays free for the service."))
            } else if policy.isEphemeral(p) {
                reasons.append(.init(kind: .ephemeral, severity: .risk, message: "Port \(port) is inside this host's ephemeral range \(settings.localPortRange.lowerBound)–\(settings.localPortRange.upperBound): while the service is down, any outgoing connection may be given it and the next start fails; reserve it (`sudo sysctl -w net.ipv4.ip_local_reserved_ports=\(port)`, kept in /etc/sysctl.d/) or move below \(settings.localPortRange.lowerBound) (`portscope pick`)."))
            }
        }
        let iana: TransportProtocol = transport == .tcp ? .tcp : .udp
        let assigned = registry.entries(for: Port(port), transport: iana).filter { $0.status == .assigned }
        if let first = assigned.first, let name = first.service {
            let description = first.description.split(separator: "\n").first.map { " (\($0))" } ?? ""
            reasons.append(.init(kind: .registered, severity: .info, message: "IANA registers \(port)/\(transport.rawValue) to \(name)\(description): fine for a private service, but clients, firewalls and scanners may expect \(name) there."))
        }
        for holding in usage.elsewhere {
            let place = holding.namespace.container.map { "container \($0.runtime) \($0.shortID)" } ?? "network namespace \(holding.namespace.id) (\(holding.namespace.processName ?? "pid \(holding.namespace.pid)"))"
            reasons.append(.init(kind: .otherNamespace, severity: .info, message: "\(place) uses port \(port)\(holding.listening ? " for a listener" : ""): no clash here, each namespace has its own ports, but publishing that port on this host would need it free here."))
        }

        // The ground truth: a bind as a server would do it, released at once.
        var tests: [BindDiagnosis.TestBind] = []
        let attempt = BindAttempt(address: address, port: port, transport: transport, reuseAddress: true, v6Only: v6Only)
        let result = probe.attempt(attempt)
        tests.append(.init(attempt: attempt, error: result.map(\.description), errorCode: result?.rawValue))
        if result == nil, !lingering.isEmpty {
            var plain = attempt
            plain.reuseAddress = false
            let plainResult = probe.attempt(plain)
            tests.append(.init(attempt: plain, error: plainResult.map(\.description), errorCode: plainResult?.rawValue))
            let timeWait = lingering.filter { $0.entry.state == .timeWait }.count
            let detail = timeWait == lingering.count ? "\(timeWait) TIME_WAIT socket\(timeWait == 1 ? "" : "s")" : "\(lingering.count) connection\(lingering.count == 1 ? "" : "s") (\(timeWait) in TIME_WAIT)"
            let use = lingering.count == 1 ? "uses" : "use"
            if let plainResult {
                reasons.append(.init(kind: .timeWait, severity: .risk, message: "\(detail) still \(use) port \(port) on an overlapping address: a test bind without SO_REUSEADDR failed (\(plainResult)) and so will a service that does not set it, until they close (TIME_WAIT lasts 60 s); set SO_REUSEADDR, as most servers do.", sockets: lingering))
            } else {
                reasons.append(.init(kind: .timeWait, severity: .info, message: "\(detail) still \(use) port \(port), but a test bind without SO_REUSEADDR succeeded too: they do not stop a new listener here.", sockets: lingering))
            }
        }
        if let result {
            if result == .addressNotAvailable {
                reasons.append(.init(kind: .testBind, severity: .blocker, message: "\(address) is not an address of this host (the test bind failed: \(result)): a service can only bind addresses of its own interfaces (`ip address` lists them), or 0.0.0.0 / :: for all."))
            } else {
                let explained = reasons.contains { $0.severity == .blocker }
                reasons.append(.init(kind: .testBind, severity: .blocker, message: "A test bind to \(requested)/\(transport.rawValue) failed: \(result)\(explained ? "" : " — none of the checks above explains it (another namespace's proxy, a security module, or a socket that appeared just now)")."))
            }
        } else {
            reasons.append(.init(kind: .testBind, severity: .ok, message: "A test bind to \(requested)/\(transport.rawValue) with SO_REUSEADDR\(transport == .tcp ? " and listen()" : "") succeeded and was released at once."))
            // The verdict must agree with the bind that was just made: a conflict the checks
            // predicted but the kernel did not enforce is a risk (it may come back), not a block.
            for index in reasons.indices where reasons[index].severity == .blocker && reasons[index].kind == .inUse {
                reasons[index].severity = .risk
                reasons[index].message += " (Yet the test bind succeeded: the holder may set SO_REUSEPORT or be closing.)"
            }
        }

        reasons.sort { $0.severity < $1.severity }
        let verdict: BindDiagnosis.Verdict
        if result != nil || reasons.contains(where: { $0.severity == .blocker }) {
            verdict = .blocked
        } else if reasons.contains(where: { $0.severity == .risk }) {
            verdict = .freeButRisky
        } else {
            verdict = .free
        }
        return BindDiagnosis(port: port, transport: transport, address: address, verdict: verdict, reasons: reasons, testBinds: tests)
    }

    /// "nginx (pid 812, user root)", or "a process hidden from this user (uid 1001)".
    static func describe(_ socket: InspectedSocket, viewerIsRoot: Bool) -> String {
        switch socket.owner {
        case .known:
            return socket.processes.map { p in
                "\(p.name) (pid \(p.pid)\(p.user.map { ", user \($0)" } ?? ""))"
            }.joined(separator: " and ")
        case .hidden:
            return viewerIsRoot
                ? "A process that refuses to show its descriptors (socket uid \(socket.entry.uid))"
                : "A process hidden from this user (socket uid \(socket.entry.uid); run as root to see it)"
        case .none, .unknown:
            return "A socket with no process"
        }
    }

    /// Explains the less obvious overlaps (dual-stack IPv6).
    static func overlapDetail(_ address: IPAddress, _ v6Only: Bool, _ holder: SocketEntry) -> String {
        if address.family == .ipv6, address.isUnspecified, !v6Only, holder.family == .ipv4 {
            return " ([::] without IPV6_V6ONLY also claims every IPv4 address; set IPV6_V6ONLY to bind IPv6 only)"
        }
        if holder.family == .ipv6, holder.local.address.isUnspecified, address.family == .ipv4, holder.v6Only != true {
            return " (a [::] socket without IPV6_V6ONLY also takes IPv4)"
        }
        return ""
    }
}
