import NIOCore
import Portscope
import PortscopeSystem

/// Hands out metrics snapshots, taking a new one at most every `minInterval` seconds;
/// scrapes that arrive while one is being taken wait for it instead of starting another.
///
/// Each snapshot is rendered to the exposition format once, when it is taken, into one
/// buffer that every scrape sharing it sends without copying.
public actor SnapshotCache {
    public typealias Collect = @Sendable () throws -> MetricsSnapshot

    /// A snapshot and its exposition.
    public struct Exported: Sendable {
        public var snapshot: MetricsSnapshot
        public var exposition: ByteBuffer
    }

    private let collect: Collect
    private let minInterval: Double
    private var latest: (exported: Exported, at: Double)?
    private var inFlight: Task<Exported, any Error>?
    /// How many snapshots were taken (not served): for tests and logs.
    public private(set) var collections = 0

    public init(minInterval: Double, collect: @escaping Collect) {
        self.minInterval = minInterval
        self.collect = collect
    }

    public func snapshot() async throws -> Exported {
        if let latest, Clock.now() - latest.at < minInterval { return latest.exported }
        if let inFlight { return try await inFlight.value }
        let collect = self.collect
        let task = Task<Exported, any Error> {
            try await Blocking.run {
                let snapshot = try collect()
                return Exported(snapshot: snapshot, exposition: ByteBuffer(string: PrometheusExposition.render(snapshot)))
            }
        }
        inFlight = task
        defer { inFlight = nil }
        let exported = try await task.value
        collections += 1
        latest = (exported, Clock.now())
        return exported
    }
}
