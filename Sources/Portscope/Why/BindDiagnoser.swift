import PortscopeForwarding
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
    /// Confirmed by real test binds, released at once.
    public func diagnose(port: UInt16, transport: SocketProtocol, address: IPAddress, v6Only: Bool = false) throws(PortscopeError) -> BindDiagnosis {
        guard port != 0 else {
            throw .usage(.invalidPort(input: "0", reason: "port 0 cannot be bound as such: a bind to port 0 asks the kernel for any free ephemeral port (see `portscope explain 0`)"))
        }
        let usage = try inspector.who(port: port, protocols: [transport])
        let settings = try? inspector.host?.portSettings()
        return Self.analyze(
            port: port, transport: transport, address: address, v6Only: v6Only, usage: usage, settings: settings,
            registry: registry, capabilities: capabilities, viewerIsRoot: capabilities.isRoot, probe: probe
        )
    }

    /// The diagnosis from what is already known (`usage`: the sockets on the port, as `who`
    /// finds them), with test binds through `probe`, or without any when it is nil (the port
    /// page: serving a page must not bind ports); the verdict then rests on the sockets and
    /// settings alone, and a reason says so. `capabilities` are those of the user who would
    /// run the service; nil when that user is not the one asking (the page), then privileged
    /// ports are said of the service. Port 0 is the caller's to refuse.
    public static func analyze(
        port: UInt16, transport: SocketProtocol, address: IPAddress, v6Only: Bool, usage: SocketReport,
        settings: HostPortSettings?, registry: ServiceRegistry, capabilities: Capabilities?, viewerIsRoot: Bool, probe: (any BindProbe)?
    ) -> BindDiagnosis {
        var reasons: [BindDiagnosis.Reason] = []
        let requested = Endpoint(address: address, port: port)
        let tcp = transport == .tcp

        // Sockets bound to the port (listeners, bound UDP, and TCP connections on it).
        let onPort = usage.sockets.filter { $0.entry.local.port == port }
        let holders = onPort.filter { transport == .udp || $0.entry.state == .listen }
        for holder in holders {
            let overlap = AddressOverlap.overlaps(address, v6OnlyA: v6Only, holder.entry.local.address, v6OnlyB: holder.entry.v6Only)
            let who = Self.holder(holder, viewerIsRoot: viewerIsRoot)
            if overlap {
                reasons.append(.init(kind: .inUse, severity: .blocker, detail: .inUse(
                    holder: who, listening: tcp, local: holder.entry.localDescription, requested: requested.description, port: port,
                    overlap: Self.overlapDetail(address, v6Only, holder.entry), yetBound: false
                ), sockets: [holder]))
            } else {
                reasons.append(.init(kind: .noConflict, severity: .info, detail: .noConflict(
                    holder: who, listening: tcp, local: holder.entry.localDescription, requested: requested.description
                ), sockets: [holder]))
            }
        }
        // Connections bound to the port (accepted, or TIME_WAIT leftovers) block a bind
        // without SO_REUSEADDR only when their address overlaps the one asked for; the test
        // binds below decide what is said about them.
        let lingering = tcp ? onPort.filter {
            $0.entry.state != .listen && AddressOverlap.overlaps(address, v6OnlyA: v6Only, $0.entry.local.address, v6OnlyB: $0.entry.v6Only)
        } : []
        if let settings {
            let policy = HostPortPolicy(settings)
            let p = Port(port)
            if policy.isPrivileged(p) {
                if let capabilities, capabilities.canBindPrivilegedPorts {
                    reasons.append(.init(kind: .privileged, severity: .info, detail: .privilegedAllowed(port: port, start: settings.unprivilegedPortStart, asRoot: capabilities.isRoot)))
                } else if capabilities != nil {
                    reasons.append(.init(kind: .privileged, severity: .blocker, detail: .privilegedDenied(port: port, start: settings.unprivilegedPortStart)))
                } else {
                    reasons.append(.init(kind: .privileged, severity: .info, detail: .privilegedService(port: port, start: settings.unprivilegedPortStart)))
                }
            }
            if policy.isReserved(p) {
                reasons.append(.init(kind: .reserved, severity: .ok, detail: .reserved(port: port)))
            } else if policy.isEphemeral(p) {
                reasons.append(.init(kind: .ephemeral, severity: .risk, detail: .ephemeral(port: port, range: settings.localPortRange)))
            }
        }
        let iana: TransportProtocol = tcp ? .tcp : .udp
        let assigned = registry.entries(for: Port(port), transport: iana).filter { $0.status == .assigned }
        if let first = assigned.first, let name = first.service {
            let description = first.description.split(separator: "\n").first.map(String.init)
            reasons.append(.init(kind: .registered, severity: .info, detail: .registered(port: port, protocol: transport.rawValue, name: name, description: description)))
        }
        for holding in usage.elsewhere {
            let place: NamespacePlace = holding.namespace.container.map { .container(runtime: $0.runtime, id: $0.shortID) }
                ?? .namespace(id: holding.namespace.id, process: holding.namespace.processName ?? "pid \(holding.namespace.pid)")
            reasons.append(.init(kind: .otherNamespace, severity: .info, detail: .otherNamespace(place: place, port: port, listening: holding.listening)))
        }
        for forward in usage.forwards {
            reasons.append(.init(kind: .forwarded, severity: .risk, detail: .forwarded(
                port: port, protocol: forward.transport ?? "tcp/udp", destination: forward.destination, rule: forward.location
            )))
        }
        let timeWait = lingering.filter { $0.entry.state == .timeWait }.count

        guard let probe else {
            // No test bind: what the table shows decides.
            if !lingering.isEmpty {
                reasons.append(.init(kind: .timeWait, severity: .risk, detail: .lingering(count: lingering.count, timeWait: timeWait, port: port, outcome: nil), sockets: lingering))
            }
            reasons.append(.init(kind: .testBind, severity: .info, detail: .notConfirmed(port: port)))
            return finish(port: port, transport: transport, address: address, reasons: reasons, tests: [], failed: false)
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
            if let plainResult {
                reasons.append(.init(kind: .timeWait, severity: .risk, detail: .lingering(count: lingering.count, timeWait: timeWait, port: port, outcome: .failed(error: plainResult.description)), sockets: lingering))
            } else {
                reasons.append(.init(kind: .timeWait, severity: .info, detail: .lingering(count: lingering.count, timeWait: timeWait, port: port, outcome: .succeeded), sockets: lingering))
            }
        }
        if let result {
            if result == .addressNotAvailable {
                reasons.append(.init(kind: .testBind, severity: .blocker, detail: .addressNotHere(address: address.description, error: result.description)))
            } else {
                let explained = reasons.contains { $0.severity == .blocker }
                reasons.append(.init(kind: .testBind, severity: .blocker, detail: .testBindFailed(requested: requested.description, protocol: transport.rawValue, error: result.description, explained: explained)))
            }
        } else {
            reasons.append(.init(kind: .testBind, severity: .ok, detail: .testBindSucceeded(requested: requested.description, protocol: transport.rawValue, listened: tcp)))
            // The verdict must agree with the bind that was just made: a conflict the checks
            // predicted but the kernel did not enforce is a risk (it may come back), not a block.
            for index in reasons.indices where reasons[index].severity == .blocker && reasons[index].kind == .inUse {
                reasons[index].severity = .risk
                if case let .inUse(holder, listening, local, requested, port, overlap, _) = reasons[index].detail {
                    reasons[index].detail = .inUse(holder: holder, listening: listening, local: local, requested: requested, port: port, overlap: overlap, yetBound: true)
                }
            }
        }
        return finish(port: port, transport: transport, address: address, reasons: reasons, tests: tests, failed: result != nil)
    }

    /// Sorts the reasons worst first and draws the verdict from them.
    static func finish(port: UInt16, transport: SocketProtocol, address: IPAddress, reasons: [BindDiagnosis.Reason], tests: [BindDiagnosis.TestBind], failed: Bool) -> BindDiagnosis {
        let reasons = reasons.sorted { $0.severity < $1.severity }
        let verdict: BindDiagnosis.Verdict
        if failed || reasons.contains(where: { $0.severity == .blocker }) {
            verdict = .blocked
        } else if reasons.contains(where: { $0.severity == .risk }) {
            verdict = .freeButRisky
        } else {
            verdict = .free
        }
        return BindDiagnosis(port: port, transport: transport, address: address, verdict: verdict, reasons: reasons, testBinds: tests)
    }

    /// Who holds `socket`: its processes, or why they are unknown.
    static func holder(_ socket: InspectedSocket, viewerIsRoot: Bool) -> BindHolder {
        switch socket.owner {
        case .known: .processes(socket.processes.map { .init(name: $0.name, pid: $0.pid, user: $0.user) })
        case .hidden: .hidden(uid: socket.entry.uid, viewerIsRoot: viewerIsRoot)
        case .none, .unknown: .none
        }
    }

    /// Explains the less obvious overlaps (dual-stack IPv6).
    static func overlapDetail(_ address: IPAddress, _ v6Only: Bool, _ holder: SocketEntry) -> BindReason.Overlap? {
        if address.family == .ipv6, address.isUnspecified, !v6Only, holder.family == .ipv4 {
            return .requestedDualStack
        }
        if holder.family == .ipv6, holder.local.address.isUnspecified, address.family == .ipv4, holder.v6Only != true {
            return .holderDualStack
        }
        return nil
    }
}
