import PortscopeHost
import PortscopeKnowledge
import PortscopeSockets
import PortscopeProcesses

/// Answers "what is this port?": IANA range, registrations, ephemeral verdicts, advice.
public struct Explainer: Sendable {
    public var registry: LoadedRegistry
    /// Reads this host's port settings; nil to explain offline.
    public var host: SysctlReader?
    /// Finds what uses the port here now; nil to explain offline.
    public var inspector: Inspector?

    public init(registry: LoadedRegistry, host: SysctlReader?, inspector: Inspector? = nil) {
        self.registry = registry
        self.host = host
        self.inspector = inspector
    }

    /// An explainer for this machine: the user's registry, the live `/proc/sys` and the
    /// sockets using the port now (unless `offline`).
    public static func live(offline: Bool) -> Explainer {
        Explainer(registry: .load(), host: offline ? nil : SysctlReader(), inspector: offline ? nil : .live())
    }

    /// Parses and resolves `input` (`60776`, `443/tcp`, `https`, `sip/udp`), then explains it.
    public func explain(_ input: String) throws(PortscopeError) -> PortExplanation {
        let query: ResolvedQuery
        do {
            query = try registry.registry.resolve(PortQuery.parse(input))
        } catch {
            throw .usage(error)
        }
        return explain(query)
    }

    /// Explains a resolved query, with the sockets using the port now (unless offline).
    public func explain(_ query: ResolvedQuery) -> PortExplanation {
        var usage: SocketReport?
        var warnings: [String] = []
        if let inspector, query.transport != .sctp, query.transport != .dccp {
            do {
                usage = try inspector.who(port: query.port.rawValue, protocols: Self.socketProtocols(query))
            } catch {
                warnings.append("could not list this host's sockets: \(error)")
            }
        }
        return explain(query, usage: usage, warnings: warnings)
    }

    /// The socket protocols a query is about.
    public static func socketProtocols(_ query: ResolvedQuery) -> Set<SocketProtocol> {
        query.transport == .tcp ? [.tcp] : query.transport == .udp ? [.udp] : [.tcp, .udp]
    }

    /// Explains a resolved query with `usage` already found (by `serve`, from its snapshot).
    public func explain(_ query: ResolvedQuery, usage: SocketReport?, warnings extra: [String] = []) -> PortExplanation {
        let port = query.port
        let entries = registry.registry.entries(for: port, transport: query.transport)
        var settings: HostPortSettings?
        var unavailable: String? = "offline"
        if let host {
            do {
                settings = try host.portSettings()
                unavailable = nil
            } catch {
                unavailable = error.description
            }
        }
        let policy = settings.map(HostPortPolicy.init)
        let hostFacts = settings.map { settings in
            let policy = HostPortPolicy(settings)
            return PortExplanation.HostFacts(
                os: policy.os, range: policy.ephemeralRange, contains: policy.isEphemeral(port),
                reserved: policy.isReserved(port), reservedPorts: policy.reservedPorts,
                privileged: policy.isPrivileged(port), unprivilegedPortStart: policy.unprivilegedPortStart,
                source: policy.source, notes: settings.notes
            )
        }
        var warnings: [String] = []
        if let warning = registry.warning { warnings.append(warning) }
        warnings += extra
        var verdict = PortVerdict.sentences(for: port, entries: entries, host: policy)
        if let usage, let sentence = Self.usageSentence(usage) { verdict.insert(sentence, at: 0) }
        return PortExplanation(
            port: port,
            transport: query.transport,
            queriedService: query.service,
            otherPorts: query.otherPorts,
            ianaRange: port.ianaRange,
            registrations: Self.registrations(for: port, entries: entries, transport: query.transport),
            ephemeral: PortExplanation.EphemeralFacts(
                host: hostFacts,
                hostUnavailableReason: unavailable,
                defaults: EphemeralProfile.defaults.map {
                    PortExplanation.DefaultRange(os: $0.os, range: $0.range, contains: $0.contains(port))
                }
            ),
            verdict: verdict,
            checkCommands: CheckCommand.commands(for: port, transport: query.transport),
            registry: PortExplanation.RegistryInfo(
                source: registry.origin == .builtin ? "builtin" : registry.summary,
                updated: registry.registry.header.updated
            ),
            warnings: warnings,
            sockets: usage
        )
    }

    /// "In use here: python3 (pid 1234) listens on it." and the like; nil when nothing uses it.
    static func usageSentence(_ report: SocketReport) -> VerdictSentence? {
        guard !report.sockets.isEmpty else {
            guard let other = report.elsewhere.first else { return nil }
            if let container = other.namespace.container { return .usedInContainer(runtime: container.runtime, id: container.shortID) }
            return .usedInNamespace(id: other.namespace.id)
        }
        let listeners = report.sockets.filter { $0.role == .listener }
        let names = Array(Set(listeners.flatMap { $0.processes.map { "\($0.name) (pid \($0.pid))" } })).sorted()
        if !listeners.isEmpty {
            return names.isEmpty ? .listenerHidden : .listenedBy(names)
        }
        return .connectionsOnly(report.sockets.count)
    }

    /// The registry's entries grouped by protocol, with an implied `unassigned` entry for
    /// each protocol the registry has no row for.
    static func registrations(for port: Port, entries: [ServiceEntry], transport: TransportProtocol?) -> [PortExplanation.Registration] {
        let protocols = transport.map { [$0] } ?? TransportProtocol.allCases
        var result: [PortExplanation.Registration] = []
        for proto in protocols {
            let rows = entries.filter { $0.transport == proto }
            if rows.isEmpty {
                let description = port.ianaRange == .dynamic
                    ? "Dynamic and/or Private Ports: never assigned"
                    : "Not registered for \(proto.rawValue)"
                result.append(PortExplanation.Registration(
                    service: nil, transport: proto, description: description, references: [],
                    status: .unassigned, range: nil, notes: "", unauthorizedUse: "", registered: "", modified: "",
                    listed: false
                ))
            }
            for row in rows {
                result.append(PortExplanation.Registration(
                    service: row.service, transport: proto, description: row.description, references: row.references,
                    status: row.status, range: row.isRange ? row.ports : nil, notes: row.notes,
                    unauthorizedUse: row.unauthorizedUse, registered: row.registered, modified: row.modified,
                    listed: true
                ))
            }
        }
        return result
    }
}

extension HostPortPolicy {
    /// The policy for a host whose settings were read from Linux's `/proc/sys`.
    init(_ settings: HostPortSettings) {
        self.init(
            os: .linux, ephemeralRange: settings.localPortRange, reservedPorts: settings.reservedPorts,
            unprivilegedPortStart: settings.unprivilegedPortStart, source: settings.source
        )
    }
}
