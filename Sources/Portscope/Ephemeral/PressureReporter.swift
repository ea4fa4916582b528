import PortscopeHost
import PortscopeSockets

/// Gathers what ``PressureCalculator`` needs from this host.
public struct PressureReporter: Sendable {
    public var inspector: Inspector

    public init(inspector: Inspector) {
        self.inspector = inspector
    }

    public static func live() -> PressureReporter {
        PressureReporter(inspector: .live())
    }

    public func report(top: Int, rate: Double?) throws(PortscopeError) -> PressureReport {
        let (host, settings) = try inspector.portSettings()
        let snapshot = try inspector.snapshot()
        let listeners = snapshot.sockets.filter(\.isListening)
        // Listeners inside the range, with their processes (only those few need the /proc walk).
        let inRange = listeners.filter { settings.localPortRange.contains($0.local.port) && $0.local.port != 0 }
        var collisions: [InspectedSocket] = []
        if !inRange.isEmpty {
            collisions = try inspector.inspect(SocketQuery(listeningOnly: true), allNamespaces: false).sockets
                .filter { settings.localPortRange.contains($0.entry.local.port) && $0.entry.local.port != 0 }
        }
        return PressureCalculator.report(PressureCalculator.Input(
            sockets: snapshot.sockets, range: settings.localPortRange, reserved: settings.reservedPorts,
            timeWaitReuse: try? host.integer("tcp_tw_reuse"), timeWaitReuseDelay: try? host.integer("tcp_tw_reuse_delay"),
            roles: RoleClassifier(listeners: listeners, ephemeralRange: settings.localPortRange),
            collisions: collisions, top: top, rate: rate, source: snapshot.source
        ))
    }
}
