import PortscopeHost
import PortscopeKnowledge
import PortscopeProcesses
import PortscopeSockets
import PortscopeSystem

/// Builds a ``PortPage`` from what is known about a port and this host (pure: the caller
/// reads the host, from a snapshot or live).
public enum PortPageBuilder {
    /// What the builder needs besides the explanation.
    public struct HostView: Sendable {
        public var settings: HostPortSettings
        /// Every socket of the namespace (for the ports in use near this one).
        public var sockets: [SocketEntry]
        public var pressure: PressureReport
        public var capabilities: Capabilities

        public init(settings: HostPortSettings, sockets: [SocketEntry], pressure: PressureReport, capabilities: Capabilities) {
            self.settings = settings
            self.sockets = sockets
            self.pressure = pressure
            self.capabilities = capabilities
        }
    }

    /// This host as the page needs it, read live: one socket dump for the ports in use and
    /// the ephemeral-port pressure.
    public static func liveHostView(inspector: Inspector) throws(PortscopeError) -> HostView {
        let (reader, settings) = try inspector.portSettings()
        let snapshot = try inspector.snapshot()
        // The page shows the range's use and the busiest destination, not the listeners
        // inside the range (`ls` does): no process lookup for them.
        let pressure = PressureCalculator.report(PressureCalculator.Input(
            sockets: snapshot.sockets, range: settings.localPortRange, reserved: settings.reservedPorts,
            timeWaitReuse: try? reader.integer("tcp_tw_reuse"), timeWaitReuseDelay: try? reader.integer("tcp_tw_reuse_delay"),
            roles: RoleClassifier(listeners: snapshot.sockets.filter(\.isListening), ephemeralRange: settings.localPortRange),
            collisions: [], top: 5, rate: nil, source: snapshot.source
        ))
        return HostView(settings: settings, sockets: snapshot.sockets, pressure: pressure, capabilities: .current())
    }

    /// The page for `explanation` (its `sockets` are the port's, when the host was read).
    public static func page(_ explanation: PortExplanation, host: HostView?, registry: ServiceRegistry, mode: PortPage.Mode, takenAt: Double? = nil) -> PortPage {
        let port = explanation.port.rawValue
        var bind: BindDiagnosis?
        var nearby: [UInt16] = []
        if let host, let usage = explanation.sockets, port != 0 {
            let transport: SocketProtocol = explanation.transport == .udp ? .udp : .tcp
            bind = BindDiagnoser.analyze(
                port: port, transport: transport, address: .anyIPv4, v6Only: false, usage: usage, settings: host.settings,
                registry: registry, capabilities: nil, viewerIsRoot: host.capabilities.isRoot, probe: nil
            )
            nearby = nearbySafePorts(to: port, settings: host.settings, sockets: host.sockets, registry: registry)
        }
        let listeners = explanation.sockets.map(hostListeners)
        return PortPage(
            explanation: explanation, bind: bind, nearbySafePorts: nearby, uses: uses(explanation),
            pressure: host?.pressure, questions: questions(explanation, listeners: listeners, bind: bind, nearby: nearby), mode: mode,
            takenAt: takenAt
        )
    }

    /// The systems whose ephemeral range hands out the port: this host (unless reserved
    /// there), then each OS whose default range contains it.
    public static func ephemeralSystems(_ e: PortExplanation) -> [EphemeralSystem] {
        var systems: [EphemeralSystem] = []
        if let host = e.ephemeral.host, host.contains, !host.reserved { systems.append(.thisHost) }
        systems += e.ephemeral.defaults.filter(\.contains).map { .os($0.os) }
        return systems
    }

    /// The uses one may see on the port, most likely first.
    public static func uses(_ e: PortExplanation) -> [PortUse] {
        var uses: [PortUse] = []
        let systems = ephemeralSystems(e)
        if !systems.isEmpty { uses.append(.ephemeralSource(systems)) }
        if !systems.isEmpty, e.port.rawValue >= 1024 { uses.append(.dnsQuerySource) }
        var services: [(name: String, protocols: [String], description: String)] = []
        for r in e.registrations where r.status == .assigned {
            guard let name = r.service else { continue }
            if let index = services.firstIndex(where: { $0.name == name }) {
                services[index].protocols.append(r.transport.rawValue)
            } else {
                services.append((name, [r.transport.rawValue], r.description.split(separator: "\n").first.map(String.init) ?? ""))
            }
        }
        uses += services.map { .registeredService(name: $0.name, protocols: $0.protocols, description: $0.description) }
        if e.registrations.contains(where: { $0.listed && $0.status == .reserved }) { uses.append(.reservedByIANA) }
        if e.ianaRange == .dynamic { uses.append(.privateUse) }
        if let host = e.ephemeral.host, host.privileged { uses.append(.privilegedService(start: host.unprivilegedPortStart)) }
        var reported: Set<String> = []
        for r in e.registrations where !r.unauthorizedUse.isEmpty && reported.insert(r.unauthorizedUse).inserted {
            uses.append(.unauthorizedUse(service: r.service ?? r.transport.rawValue, text: r.unauthorizedUse))
        }
        if uses.isEmpty { uses.append(.unassignedPort) }
        return uses
    }

    /// The questions, each with the facts its answer needs.
    static func questions(_ e: PortExplanation, listeners: HostListeners?, bind: BindDiagnosis?, nearby: [UInt16]) -> [PortQuestion] {
        let port = e.port.rawValue
        let unauthorized = Array(Set(e.registrations.map(\.unauthorizedUse).filter { !$0.isEmpty })).sorted()
        var services: [String] = []
        for r in e.registrations where r.status == .assigned {
            if let name = r.service, !services.contains(name) { services.append(name) }
        }
        return [
            .dangerous(port: port, listeners: listeners, unauthorized: unauthorized),
            .firewallLog(port: port, systems: ephemeralSystems(e), services: services),
            .canRunService(port: port, verdict: bind?.verdict, reason: bind?.reasons.first?.detail, nearby: nearby),
            .whatUsesIt(port: port, listeners: listeners),
        ]
    }

    /// The port's listeners and connections, as the answers count them.
    static func hostListeners(_ report: SocketReport) -> HostListeners {
        let listening = report.sockets.filter { $0.role == .listener }
        let names = Array(Set(listening.flatMap { $0.processes.map { "\($0.name) (pid \($0.pid))" } })).sorted()
        return HostListeners(
            processes: names, hidden: listening.filter { $0.owner == .hidden }.count,
            connections: report.sockets.count - listening.count
        )
    }

    /// Up to `count` ports near `port` that a service can use here: outside this host's
    /// ephemeral range and reserved ports and the default ranges of Linux, Windows and macOS,
    /// not privileged, unassigned at IANA, and bound by no socket now; nearest first (the
    /// lower on a tie).
    public static func nearbySafePorts(to port: UInt16, settings: HostPortSettings, sockets: [SocketEntry], registry: ServiceRegistry, count: Int = 3) -> [UInt16] {
        let policy = HostPortPolicy(os: .linux, ephemeralRange: settings.localPortRange, reservedPorts: settings.reservedPorts,
                                    unprivilegedPortStart: settings.unprivilegedPortStart, source: settings.source)
        let others = EphemeralProfile.defaults.filter { [.linux, .windows, .macos].contains($0.os) }
        let taken = registry.takenPorts(for: [.tcp, .udp])
        let used = Set(sockets.map(\.local.port))
        let lowest = max(1024, settings.unprivilegedPortStart)
        func safe(_ candidate: Int) -> Bool {
            guard candidate >= lowest, candidate <= 65535, candidate != Int(port) else { return false }
            let value = UInt16(candidate)
            let p = Port(value)
            return !policy.isEphemeral(p) && !policy.isReserved(p) && !others.contains { $0.contains(p) }
                && !taken[candidate] && !used.contains(value)
        }
        var found: [UInt16] = []
        var distance = 1
        while found.count < count, distance <= 65535 {
            for candidate in [Int(port) - distance, Int(port) + distance] where safe(candidate) {
                found.append(UInt16(candidate))
                if found.count == count { break }
            }
            distance += 1
        }
        return found
    }
}
