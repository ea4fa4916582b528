import PortscopeHost
import PortscopeKnowledge
import PortscopeProcesses
import PortscopeSockets
import PortscopeSystem

/// Collects a ``MetricsSnapshot`` with one socket dump and one descriptor walk that looks
/// for the listeners' inodes only.
public struct MetricsCollector: Sendable {
    public var inspector: Inspector
    public var registry: ServiceRegistry
    /// How many destinations to export (label cardinality stays bounded).
    public var topDestinations: Int

    public init(inspector: Inspector, registry: ServiceRegistry, topDestinations: Int) {
        self.inspector = inspector
        self.registry = registry
        self.topDestinations = topDestinations
    }

    public func collect() throws(PortscopeError) -> MetricsSnapshot {
        let started = Clock.now()
        let snapshot = try inspector.snapshot()
        let (host, settings) = try inspector.portSettings()
        let listeners = snapshot.sockets.filter(\.isListening)
        let roles = RoleClassifier(listeners: listeners, ephemeralRange: settings.localPortRange)
        let joined = inspector.join(listeners, roles: roles).sockets.map { socket in
            var socket = socket
            let transport: TransportProtocol = socket.entry.transport == .tcp ? .tcp : .udp
            socket.service = registry.entries(for: Port(socket.entry.local.port), transport: transport).first { $0.status == .assigned }?.service
            if settings.localPortRange.contains(socket.entry.local.port), socket.entry.local.port != 0 {
                socket.warning = "inside the ephemeral range"
            }
            return socket
        }
        var counts: [MetricsSnapshot.StateCount] = []
        for group in Dictionary(grouping: snapshot.sockets, by: { "\($0.transport.rawValue) \($0.state.rawValue)" }).values {
            counts.append(.init(transport: group[0].transport, state: group[0].state, count: group.count))
        }
        counts.sort { ($0.transport.rawValue, $0.state.rawValue) < ($1.transport.rawValue, $1.state.rawValue) }
        let pressure = PressureCalculator.report(PressureCalculator.Input(
            sockets: snapshot.sockets, range: settings.localPortRange, reserved: settings.reservedPorts,
            timeWaitReuse: try? host.integer("tcp_tw_reuse"), timeWaitReuseDelay: try? host.integer("tcp_tw_reuse_delay"),
            roles: roles, collisions: joined.filter { $0.warning != nil }, top: topDestinations, rate: nil, source: snapshot.source
        ))
        return MetricsSnapshot(
            listeners: joined, sockets: counts, pressure: pressure,
            hiddenListeners: joined.filter { $0.owner == .hidden }.count,
            collectionSeconds: Clock.now() - started, takenAt: WallClock.now(), source: snapshot.source
        )
    }
}
