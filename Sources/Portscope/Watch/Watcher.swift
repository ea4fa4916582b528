import PortscopeProcesses
import PortscopeSockets
import PortscopeSystem

/// Drives `watch`: samples sock_diag (filtered in the kernel to the watched ports) every
/// interval, drains the kernel's destroy notifications when it may (root), looks up what
/// replaced destroyed connections, and feeds it all to the pure ``WatchDiffer``. Processes
/// are looked up only for sockets not seen before, at most every 200 ms, stopping at the
/// first holder of each socket, and remembered by pid and start time (a reused pid is a new
/// process).
///
/// One watcher belongs to one loop: it is not shared between threads.
public final class Watcher {
    public struct Options: Sendable {
        public var ports: Set<UInt16> = []
        public var listeningOnly = false
        public var protocols: Set<SocketProtocol> = [.tcp, .udp]
        public init() {}
    }

    let options: Options
    let sockets: any SocketSource
    let processes: any ProcessTable
    let destroy: DestroyMonitor?
    let ephemeralRange: ClosedRange<UInt16>?
    let wallClock: @Sendable () -> Double
    let monotonic: @Sendable () -> Double

    private var differ = WatchDiffer()
    /// Process records by socket inode, filled as sockets are first seen.
    private var owners: [UInt64: [ProcessRecord]] = [:]
    private var unresolved: Set<UInt64> = []
    /// Processes by identity (pid and start time): a pid reused by a new process is not
    /// shown under the old one's name.
    private var records: [ProcessIdentity: ProcessRecord] = [:]
    private var held: [WatchEvent] = []
    private var lastResolution = -Double.infinity
    static let lookupLimit = 128
    private var lastOpenCounter: UInt64?
    private var lastFullWalk = -Double.infinity
    /// How many samples walked the whole table, and how many took the cheap form.
    public private(set) var fullSamples = 0
    public private(set) var cheapSamples = 0
    /// Samples taken in any form.
    public var samples: Int { fullSamples + cheapSamples }
    private var history: [(time: Double, port: UInt16, name: String)] = []
    /// Problems to tell the user about (dropped notifications, a fallback source).
    public private(set) var warnings: [String] = []
    /// Events by kind; sockets present at the start are counted apart (``present``).
    public private(set) var totals: [WatchEvent.Kind: Int] = [:]
    /// Sockets that were there when watching started.
    public private(set) var present = 0
    public private(set) var peakSockets = 0
    /// Destroy notifications the kernel dropped (its receive queue overflowed), counted by
    /// the kernel itself.
    public private(set) var droppedNotifications = 0

    public init(
        options: Options, sockets: any SocketSource, processes: any ProcessTable, destroy: DestroyMonitor?,
        ephemeralRange: ClosedRange<UInt16>?,
        wallClock: @escaping @Sendable () -> Double = { WallClock.now() },
        monotonic: @escaping @Sendable () -> Double = { Clock.now() }
    ) {
        self.options = options
        self.sockets = sockets
        self.processes = processes
        self.destroy = destroy
        self.ephemeralRange = ephemeralRange
        self.wallClock = wallClock
        self.monotonic = monotonic
    }

    /// Whether short-lived sockets are caught by destroy notifications.
    public var catchesShortLivedSockets: Bool { destroy != nil }

    /// The sockets alive now, listeners first.
    public var currentSockets: [InspectedSocket] {
        differ.current.values.sorted(by: SocketJoiner.displayOrder)
    }

    /// One round: a sample, the destroy notifications since the last round, the diff.
    public func step() throws(PortscopeError) -> [WatchEvent] {
        var query = SocketQuery(protocols: options.protocols, listeningOnly: options.listeningOnly)
        query.ports = options.ports
        let snapshot: SocketSnapshot
        do {
            snapshot = try sample(query)
        } catch {
            throw .sockets(error)
        }
        for warning in snapshot.warnings where !warnings.contains(warning) { warnings.append(warning) }
        let now = wallClock()
        let tracked = differ.current.values.map(\.entry)
        let roles = RoleClassifier(listeners: snapshot.sockets.filter(\.isListening) + tracked.filter(\.isListening), ephemeralRange: ephemeralRange)
        let destroyed = drainDestroyed(query)
        let successors = lookUpSuccessors(of: destroyed, sample: snapshot.sockets)
        var events = differ.step(WatchDiffer.Round(sample: snapshot.sockets, destroyed: destroyed, successors: successors, now: now, roles: roles))
        for index in events.indices where events[index].socket.owner == .unknown && events[index].socket.entry.inode != 0 {
            let inode = events[index].socket.entry.inode
            if let known = owners[inode] {
                if !known.isEmpty {
                    events[index].socket.owner = .known
                    events[index].socket.processes = known
                    differ.attach(inode: inode, processes: known)
                }
            } else if events[index].source == "sample" {
                unresolved.insert(inode)
            }
        }
        peakSockets = max(peakSockets, differ.current.count)
        return release(events, now: now)
    }

    /// Takes a sample: a full walk of the kernel's tables, or, when the source can and no TCP
    /// connection was opened since the last walk (the kernel's ActiveOpens + PassiveOpens did
    /// not move), the cheap form: listeners, UDP, and the known connections looked up one by
    /// one. A full walk still happens at least once a second.
    private func sample(_ query: SocketQuery) throws(SocketSourceError) -> SocketSnapshot {
        guard let incremental = sockets as? any IncrementalSocketSource, query.protocols.contains(.tcp), !query.listeningOnly else {
            fullSamples += 1
            return try sockets.snapshot(query)
        }
        let counter = incremental.tcpOpenCounter()
        let clock = monotonic()
        // Past about a hundred known connections, looking each up costs more than one walk.
        let known = differ.current.values.map(\.entry).filter { $0.transport == .tcp && $0.remote != nil }
        if let counter, counter == lastOpenCounter, clock - lastFullWalk < 1, known.count <= Self.lookupLimit {
            let sockets = try incremental.listenersAndUDP(query) + incremental.lookUp(known)
            cheapSamples += 1
            return SocketSnapshot(sockets: sockets.filter(SocketQuery.Matcher(query).matches), source: "netlink")
        }
        lastOpenCounter = counter
        lastFullWalk = clock
        fullSamples += 1
        return try sockets.snapshot(query)
    }

    /// The destroy notifications that arrived since the last round, for sockets the watch
    /// is about; counts what the kernel dropped.
    private func drainDestroyed(_ query: SocketQuery) -> [SocketEntry] {
        guard let destroy else { return [] }
        let (entries, overflowed) = destroy.drain()
        if overflowed {
            let dropped = destroy.droppedCount() ?? 0
            if dropped > droppedNotifications { droppedNotifications = dropped }
            let note = "the kernel dropped destroy notifications (too many at once): connections shorter than one interval may be missing"
            if !warnings.contains(note) { warnings.append(note) }
        }
        return entries.filter(SocketQuery.Matcher(query).matches)
    }

    /// TIME_WAIT sockets that replaced destroyed TCP connections and are not in the sample
    /// (they appeared after it): looked up by 4-tuple, when the source can.
    private func lookUpSuccessors(of destroyed: [SocketEntry], sample: [SocketEntry]) -> [SocketEntry] {
        let candidates = destroyed.filter { $0.transport == .tcp && $0.remote != nil }
        guard !candidates.isEmpty, let incremental = sockets as? any IncrementalSocketSource else { return [] }
        let sampled = Set(sample.filter { $0.state == .timeWait }.map(TupleKey.init))
        let missing = candidates.filter { !sampled.contains(TupleKey($0)) }
        guard !missing.isEmpty else { return [] }
        return ((try? incremental.lookUp(missing)) ?? []).filter { $0.state == .timeWait }
    }

    /// Attaches processes to new sockets (looking them up at most every 200 ms) and returns
    /// the events that are ready, in order.
    private func release(_ events: [WatchEvent], now: Double) -> [WatchEvent] {
        held += events
        let clock = monotonic()
        if !unresolved.isEmpty, clock - lastResolution >= 0.2 {
            lastResolution = clock
            let found = processes.firstOwners(wanted: unresolved, preferredUIDs: [])
            for inode in unresolved {
                let pids = found.holders[inode] ?? []
                owners[inode] = pids.compactMap { pid in
                    let startTime = found.startTimes[pid]
                    if let startTime, let record = records[ProcessIdentity(pid: pid, startTime: startTime)] { return record }
                    guard let record = processes.process(pid, startTime: startTime) else { return nil }
                    if let startTime { records[ProcessIdentity(pid: pid, startTime: startTime)] = record }
                    return record
                }
                if let known = owners[inode], !known.isEmpty { differ.attach(inode: inode, processes: known) }
            }
            unresolved.removeAll()
            if records.count > 4096 { records.removeAll() } // a cache, not a history
            for index in held.indices where held[index].socket.owner == .unknown && held[index].socket.entry.inode != 0 {
                if let known = owners[held[index].socket.entry.inode], !known.isEmpty {
                    held[index].socket.owner = .known
                    held[index].socket.processes = known
                } else if held[index].socket.hiddenReason == nil {
                    held[index].socket.hiddenReason = "its process could not be found (it closed before the lookup, or is hidden from this user)"
                }
            }
        }
        // Hold back only events still waiting for their first process lookup.
        let ready = held.prefix { !($0.socket.owner == .unknown && unresolved.contains($0.socket.entry.inode)) }
        held.removeFirst(ready.count)
        for event in ready {
            if event.initial {
                present += 1
                continue
            }
            totals[event.kind, default: 0] += 1
            if event.kind == .opened || (event.kind == .closed && event.source == "destroy" && event.socket.owner == .unknown) {
                let name = event.socket.processes.first?.name ?? "unknown"
                for port in [event.socket.entry.local.port] + (event.socket.entry.remote.map { [$0.port] } ?? []) where options.ports.isEmpty || options.ports.contains(port) {
                    history.append((event.time, port, name))
                }
            }
        }
        history.removeAll { now - $0.time > 60 }
        return Array(ready)
    }

    /// Events still waiting for a process lookup, released at the end.
    public func flush() -> [WatchEvent] {
        lastResolution = -Double.infinity
        return release([], now: wallClock())
    }

    /// Per port: how many sockets appeared in the last minute, and by which processes.
    public func activity() -> [PortActivity] {
        var byPort: [UInt16: [String: Int]] = [:]
        for entry in history { byPort[entry.port, default: [:]][entry.name, default: 0] += 1 }
        return byPort.map { port, names in
            PortActivity(
                port: port, count: names.values.reduce(0, +),
                byProcess: names.map { PortActivity.ProcessCount(name: $0.key, count: $0.value) }
                    .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
            )
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.port < $1.port }
    }
}
