import Portscope
import PortscopeSystem

/// Hands out metrics snapshots, taking a new one at most every `minInterval` seconds;
/// scrapes that arrive while one is being taken wait for it instead of starting another.
public actor SnapshotCache {
    public typealias Collect = @Sendable () throws -> MetricsSnapshot

    private let collect: Collect
    private let minInterval: Double
    private var latest: (snapshot: MetricsSnapshot, at: Double)?
    private var inFlight: Task<MetricsSnapshot, any Error>?
    /// How many snapshots were taken (not served): for tests and logs.
    public private(set) var collections = 0

    public init(minInterval: Double, collect: @escaping Collect) {
        self.minInterval = minInterval
        self.collect = collect
    }

    public func snapshot() async throws -> MetricsSnapshot {
        if let latest, Clock.now() - latest.at < minInterval { return latest.snapshot }
        if let inFlight { return try await inFlight.value }
        let collect = self.collect
        let task = Task<MetricsSnapshot, any Error> { try await Blocking.run(collect) }
        inFlight = task
        defer { inFlight = nil }
        let snapshot = try await task.value
        collections += 1
        latest = (snapshot, Clock.now())
        return snapshot
    }
}
