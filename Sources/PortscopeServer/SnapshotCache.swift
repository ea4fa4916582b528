import NIOCore
import Portscope
import PortscopeKnowledge
import PortscopeSystem

/// Hands out host snapshots, taking a new one at most every `minInterval` seconds; requests
/// that arrive while one is being taken wait for it instead of starting another. Each
/// snapshot is rendered to the exposition format once, when it is taken, into one buffer
/// that every scrape sharing it sends without copying; API answers are rendered once per
/// snapshot and query (``ResponseCache``).
public actor SnapshotCache {
    public typealias Collect = @Sendable () throws -> HostSnapshot

    /// A snapshot, its number, and its exposition.
    public struct Exported: Sendable {
        public var host: HostSnapshot
        public var metrics: MetricsSnapshot
        public var exposition: ByteBuffer
        /// Counts snapshots: answers cached for one generation are never served for another.
        public var generation: Int
        /// Listeners that opened or closed between snapshots, newest first.
        public var events: [ListenerEvent] = []
    }

    private let collect: Collect
    private nonisolated let minInterval: Double
    private let registry: ServiceRegistry
    private let topDestinations: Int
    private var latest: (exported: Exported, at: Double)?
    private var inFlight: Task<Exported, any Error>?
    /// How many snapshots were taken (not served): for tests and logs.
    public private(set) var collections = 0
    /// The listeners that came and went between snapshots.
    private var log = ListenerLog()
    /// When the cache was made (the server's start), seconds since 1970.
    public nonisolated let startedAt = WallClock.now()
    public nonisolated var interval: Double { minInterval }
    /// `--baseline`: the listeners expected (nil: no drift metrics).
    private let baseline: ListenerBaseline?
    /// The exposition's series, kept from one snapshot to the next.
    private let exposition = PrometheusExposition()

    public init(minInterval: Double, registry: ServiceRegistry, topDestinations: Int, baseline: ListenerBaseline? = nil, collect: @escaping Collect) {
        self.baseline = baseline
        self.minInterval = minInterval
        self.registry = registry
        self.topDestinations = topDestinations
        self.collect = collect
    }

    public func snapshot() async throws -> Exported {
        if let latest, Clock.now() - latest.at < minInterval { return latest.exported }
        if let inFlight { return try await inFlight.value }
        let collect = self.collect
        let registry = self.registry
        let top = topDestinations
        let baseline = self.baseline
        let exposition = self.exposition
        let generation = collections + 1
        let task = Task<Exported, any Error> {
            try await Blocking.run {
                let host = try collect()
                let metrics = host.metrics(registry: registry, topDestinations: top, baseline: baseline)
                return Exported(host: host, metrics: metrics, exposition: ByteBuffer(string: exposition.render(metrics)), generation: generation)
            }
        }
        inFlight = task
        defer { inFlight = nil }
        var exported = try await task.value
        log.record(exported.host.loggedListeners, at: exported.host.takenAt)
        exported.events = log.events
        collections = generation
        let replaced = latest
        latest = (exported, Clock.now())
        // Freeing a 100,000-socket snapshot takes milliseconds: off the scrape's path.
        if let replaced { _ = BackgroundWork { withExtendedLifetime(replaced) {} } }
        return exported
    }
}
