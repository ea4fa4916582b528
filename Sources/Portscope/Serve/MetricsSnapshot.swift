import PortscopeSockets

/// What `serve` exports at one moment: listeners with processes, socket counts by state,
/// ephemeral-port pressure and what could not be seen.
public struct MetricsSnapshot: Sendable {
    /// Every listening socket, with processes, IANA service and ephemeral warning.
    public var listeners: [InspectedSocket]
    /// All sockets of the namespace by protocol and state.
    public var sockets: [StateCount]
    /// Ephemeral range, usage and the busiest destinations (cut to the asked number).
    public var pressure: PressureReport
    /// Listeners whose processes could not be read.
    public var hiddenListeners: Int
    /// Seconds it took to collect.
    public var collectionSeconds: Double
    /// When it was taken (wall clock, seconds since 1970).
    public var takenAt: Double
    public var source: String
    /// Bytes per listening port since the exporter started, when counted.
    public var traffic: PortTrafficCounters.Totals?
    /// How the listeners differ from `serve --baseline`, when one was given.
    public var baseline: BaselineDiff?

    public struct StateCount: Sendable, Hashable {
        public var transport: SocketProtocol
        public var state: SocketState
        public var count: Int

        public init(transport: SocketProtocol, state: SocketState, count: Int) {
            self.transport = transport
            self.state = state
            self.count = count
        }
    }

    public init(listeners: [InspectedSocket], sockets: [StateCount], pressure: PressureReport, hiddenListeners: Int, collectionSeconds: Double, takenAt: Double, source: String, traffic: PortTrafficCounters.Totals? = nil) {
        self.traffic = traffic
        self.listeners = listeners
        self.sockets = sockets
        self.pressure = pressure
        self.hiddenListeners = hiddenListeners
        self.collectionSeconds = collectionSeconds
        self.takenAt = takenAt
        self.source = source
    }
}
