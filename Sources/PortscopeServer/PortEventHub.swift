import Portscope
import PortscopeLocalization
import PortscopeRender
import PortscopeSockets
import PortscopeSystem

/// Streams "what uses port N now" to the port pages open in browsers (Server-Sent Events,
/// `/api/v1/events`): one poller for the whole server samples the union of the watched
/// ports (one kernel-filtered dump per interval, whatever the number of pages), and each
/// page gets an event when its port's rows change, plus one at once when it connects.
/// The poller runs only while a page is open; at most `maximum` pages at once.
public actor PortEventHub {
    /// What one page watches.
    public struct Key: Hashable, Sendable {
        public var port: UInt16
        public var protocols: Set<SocketProtocol>
        public var language: Language

        public init(port: UInt16, protocols: Set<SocketProtocol>, language: Language) {
            self.port = port
            self.protocols = protocols
            self.language = language
        }
    }

    /// Reads the sockets matching a query (blocking; run off the concurrency pool).
    public typealias Sample = @Sendable (SocketQuery) throws -> SocketReport

    private struct Subscriber {
        var key: Key
        var continuation: AsyncStream<String>.Continuation
        var needsFirst = true
    }

    private let sample: Sample
    private let interval: Duration
    private let keepAlive: Duration
    public nonisolated let maximum: Int
    private var subscribers: [Int: Subscriber] = [:]
    private var nextID = 0
    private var lastSent: [Key: String] = [:]
    private var poller: Task<Void, Never>?
    private var finished = false
    /// Samples taken (for tests: one per interval, whatever the number of pages).
    public private(set) var samples = 0

    public init(maximum: Int = 64, interval: Duration = .milliseconds(500), keepAlive: Duration = .seconds(15), sample: @escaping Sample) {
        self.maximum = maximum
        self.interval = interval
        self.keepAlive = keepAlive
        self.sample = sample
    }

    /// Pages open now.
    public var count: Int { subscribers.count }

    /// A stream of SSE chunks for `key`, or nil when `maximum` pages are open already (or
    /// the server is stopping).
    public func subscribe(_ key: Key) -> AsyncStream<String>? {
        guard !finished, subscribers.count < maximum else { return nil }
        let id = nextID
        nextID += 1
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.onTermination = { _ in
            Task { await self.remove(id) }
        }
        // Tells EventSource how long to wait before reconnecting.
        continuation.yield("retry: 3000\n\n")
        subscribers[id] = Subscriber(key: key, continuation: continuation)
        if poller == nil {
            poller = Task { await self.run() }
        }
        return stream
    }

    /// Ends every stream (the server is stopping): pages see the stream end, requests finish.
    public func finishAll() {
        finished = true
        for subscriber in subscribers.values { subscriber.continuation.finish() }
        subscribers.removeAll()
        poller?.cancel()
    }

    private func remove(_ id: Int) {
        subscribers[id] = nil
        let keys = Set(subscribers.values.map(\.key))
        lastSent = lastSent.filter { keys.contains($0.key) }
    }

    private func run() async {
        var sinceKeepAlive = Duration.zero
        while !subscribers.isEmpty, !Task.isCancelled {
            await poll()
            try? await Task.sleep(for: interval)
            sinceKeepAlive += interval
            if sinceKeepAlive >= keepAlive {
                sinceKeepAlive = .zero
                // A comment line: keeps proxies from closing the stream and finds closed pages.
                for subscriber in subscribers.values { subscriber.continuation.yield(": keep-alive\n\n") }
            }
        }
        poller = nil
    }

    /// One sample for every open page.
    private func poll() async {
        let keys = Set(subscribers.values.map(\.key))
        guard !keys.isEmpty else { return }
        var query = SocketQuery(protocols: keys.reduce(into: Set<SocketProtocol>()) { $0.formUnion($1.protocols) })
        query.ports = Set(keys.map(\.port))
        let sample = self.sample
        let asked = query
        guard let report = try? await Blocking.run({ try sample(asked) }) else { return }
        samples += 1
        let now = WallClock.now()
        for key in keys {
            let mine = report.sockets.filter { socket in
                key.protocols.contains(socket.entry.transport)
                    && (socket.entry.local.port == key.port || socket.entry.remote?.port == key.port)
            }
            var portReport = SocketReport(port: key.port, sockets: mine, hidden: nil, source: report.source, warnings: [], elsewhere: [], allNamespaces: false)
            portReport.protocols = key.protocols
            let rows = JSONValue.array(SocketRows.rows(portReport, Localizer(key.language)).map { .array($0.map { .string($0) }) }).render(pretty: false)
            let changed = lastSent[key] != rows
            lastSent[key] = rows
            let event = "event: sockets\ndata: " + SocketRows.event(port: key.port, report: portReport, time: now, Localizer(key.language)) + "\n\n"
            for (id, subscriber) in subscribers where subscriber.key == key && (changed || subscriber.needsFirst) {
                subscriber.continuation.yield(event)
                subscribers[id]?.needsFirst = false
            }
        }
    }
}
