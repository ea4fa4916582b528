import PortscopeProcesses
import PortscopeSockets
import PortscopeSystem

/// Watches sockets come and go: samples sock_diag (filtered in the kernel to the watched
/// ports) every interval, diffs against the last sample, and, when it may (root), also reads
/// the kernel's destroy notifications so connections that lived between two samples are
/// reported too. Processes are looked up only for sockets it has not seen before (cached by
/// inode), at most every 200 ms, stopping at the first holder of each socket.
public final class Watcher: @unchecked Sendable {
    public struct Options: Sendable {
        public var ports: Set<UInt16> = []
        public var listeningOnly = false
        public var protocols: Set<SocketProtocol> = [.tcp, .udp]
        public init() {}
    }

    /// What is tracked for a socket currently alive.
    struct Tracked {
        var socket: InspectedSocket
    }

    let options: Options
    let sockets: any SocketSource
    let processes: any ProcessTable
    let destroy: DestroyMonitor?
    let ephemeralRange: ClosedRange<UInt16>?
    let wallClock: @Sendable () -> Double
    let monotonic: @Sendable () -> Double

    /// Sockets alive now, by identity (the kernel's cookie, or the 4-tuple and inode).
    private(set) var current: [SocketKey: Tracked] = [:]
    /// Process records by socket inode, filled as sockets are first seen.
    private var owners: [UInt64: [ProcessRecord]] = [:]
    private var unresolved: Set<UInt64> = []
    private var records: [Int32: ProcessRecord] = [:]
    private var held: [WatchEvent] = []
    private var lastResolution = -Double.infinity
    /// 4-tuples closed by a destroy notification; their TIME_WAIT leftovers are not new sockets.
    private var closedTuples: [TupleKey: Double] = [:]
    private var started = false
    static let lookupLimit = 128
    private var lastOpenCounter: UInt64?
    private var lastFullWalk = -Double.infinity
    /// How many samples walked the whole table, and how many took the cheap form.
    public private(set) var fullSamples = 0
    public private(set) var cheapSamples = 0
    private var history: [(time: Double, port: UInt16, name: String)] = []
    /// Problems to tell the user about (e.g. dropped notifications).
    public private(set) var warnings: [String] = []
    public private(set) var totals: [WatchEvent.Kind: Int] = [:]
    public private(set) var peakSockets = 0

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
        current.values.map(\.socket).sorted(by: SocketJoiner.displayOrder)
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
        let now = wallClock()
        let roles = RoleClassifier(listeners: snapshot.sockets.filter(\.isListening) + current.values.map(\.socket.entry).filter(\.isListening), ephemeralRange: ephemeralRange)
        // Notifications first: they describe sockets destroyed before (or just after) the sample.
        var events = destroyed(now: now, roles: roles, query: query, snapshot: snapshot.sockets)
        let destroyedKeys = Set(events.map { SocketKey($0.socket.entry) })
        var seen: Set<SocketKey> = []
        // Sockets that vanished this round, by 4-tuple, to pair with a successor (a TIME_WAIT
        // entry replaces a full socket under a new cookie).
        let fresh = Dictionary(snapshot.sockets.map { (SocketKey($0), $0) }, uniquingKeysWith: { first, _ in first })
        let gone = current.filter { fresh[$0.key] == nil }
        var goneByTuple: [TupleKey: SocketKey] = [:]
        for (key, tracked) in gone { goneByTuple[TupleKey(tracked.socket.entry)] = key }

        for entry in snapshot.sockets {
            let key = SocketKey(entry)
            seen.insert(key)
            if destroyedKeys.contains(key) { continue } // sampled, then destroyed: already reported
            if var tracked = current[key] {
                if tracked.socket.entry.state != entry.state {
                    let previous = tracked.socket.entry.state
                    tracked.socket.entry = entry
                    tracked.socket.role = roles.role(of: entry)
                    if entry.inode == 0 { tracked.socket.owner = .none }
                    current[key] = tracked
                    events.append(WatchEvent(time: now, kind: .state, socket: tracked.socket, previousState: previous, source: "sample"))
                }
                continue
            }
            let tuple = TupleKey(entry)
            if let predecessorKey = goneByTuple[tuple], let predecessor = current[predecessorKey] {
                // The same connection under a new identity (e.g. ESTABLISHED → TIME_WAIT).
                current[predecessorKey] = nil
                goneByTuple[tuple] = nil
                var socket = predecessor.socket
                let previous = socket.entry.state
                socket.entry = entry
                socket.role = roles.role(of: entry)
                if entry.inode == 0 { socket.owner = .none }
                current[key] = Tracked(socket: socket)
                if previous != entry.state {
                    events.append(WatchEvent(time: now, kind: .state, socket: socket, previousState: previous, source: "sample"))
                }
                continue
            }
            var socket = InspectedSocket(entry: entry, role: roles.role(of: entry), owner: entry.inode == 0 ? .none : .unknown)
            if closedTuples[tuple] != nil, entry.state == .timeWait {
                // What remains of a connection already reported closed: track it quietly.
                socket.owner = .none
                current[key] = Tracked(socket: socket)
                continue
            }
            if entry.inode != 0 {
                if let known = owners[entry.inode] {
                    socket.owner = known.isEmpty ? .unknown : .known
                    socket.processes = known
                } else {
                    unresolved.insert(entry.inode)
                }
            }
            current[key] = Tracked(socket: socket)
            events.append(WatchEvent(time: now, kind: .opened, socket: socket, initial: !started, source: "sample"))
        }
        for (key, tracked) in current where !seen.contains(key) {
            current[key] = nil
            if tracked.socket.entry.state == .timeWait, closedTuples[TupleKey(tracked.socket.entry)] != nil { continue }
            events.append(WatchEvent(time: now, kind: .closed, socket: tracked.socket, source: "sample"))
        }
        started = true
        peakSockets = max(peakSockets, current.count)
        closedTuples = closedTuples.filter { now - $0.value < 61 }
        return release(events, now: now)
    }

    /// Takes a sample: a full walk of the kernel's tables, or, when the source can and no TCP
    /// connection was opened since the last walk (the kernel's ActiveOpens + PassiveOpens did
    /// not move), the cheap form: listeners, UDP, and the known connections looked up one by
    /// one. A full walk still happens at least once a second.
    private func sample(_ query: SocketQuery) throws(SocketSourceError) -> SocketSnapshot {
        guard let incremental = sockets as? any IncrementalSocketSource, query.protocols.contains(.tcp), !query.listeningOnly else {
            return try sockets.snapshot(query)
        }
        let counter = incremental.tcpOpenCounter()
        let clock = monotonic()
        // Past about a hundred known connections, looking each up costs more than one walk.
        let known = current.values.map(\.socket.entry).filter { $0.transport == .tcp && $0.remote != nil }
        if let counter, counter == lastOpenCounter, clock - lastFullWalk < 1, known.count <= Self.lookupLimit {
            let sockets = try incremental.listenersAndUDP(query) + incremental.lookUp(known)
            cheapSamples += 1
            return SocketSnapshot(sockets: sockets.filter(query.matches), source: "netlink")
        }
        lastOpenCounter = counter
        lastFullWalk = clock
        fullSamples += 1
        return try sockets.snapshot(query)
    }

    /// Turns destroy notifications into `closed` events (one per socket, never twice): with
    /// what is known of the socket when it was tracked, else with owner `unknown`.
    private func destroyed(now: Double, roles: RoleClassifier, query: SocketQuery, snapshot: [SocketEntry]) -> [WatchEvent] {
        guard let destroy else { return [] }
        let (entries, overflowed) = destroy.drain()
        if overflowed, !warnings.contains(where: { $0.hasPrefix("the kernel dropped") }) {
            warnings.append("the kernel dropped some destroy notifications (too many at once): a few short-lived sockets may be missing")
        }
        var events: [WatchEvent] = []
        for entry in entries where query.matches(entry) {
            let key = SocketKey(entry)
            let tuple = TupleKey(entry)
            if let tracked = current.removeValue(forKey: key) ?? current.first(where: { TupleKey($0.value.socket.entry) == tuple && $0.value.socket.entry.state != .timeWait }).flatMap({ current.removeValue(forKey: $0.key) }) {
                closedTuples[tuple] = now
                events.append(WatchEvent(time: now, kind: .closed, socket: tracked.socket, source: "destroy"))
            } else if closedTuples[tuple] == nil {
                // Opened and closed between two samples (or since the last one): seen only now.
                closedTuples[tuple] = now
                var socket = InspectedSocket(entry: entry, role: roles.role(of: entry), owner: .unknown)
                socket.hiddenReason = "opened and closed between two samples; seen only in the kernel's destroy notification"
                if let sampled = snapshot.first(where: { SocketKey($0) == key }), let known = owners[sampled.inode], !known.isEmpty {
                    socket.owner = .known
                    socket.processes = known
                    socket.hiddenReason = nil
                }
                events.append(WatchEvent(time: now, kind: .closed, socket: socket, source: "destroy"))
            }
        }
        return events
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
                    if let record = records[pid] { return record }
                    let record = processes.process(pid)
                    records[pid] = record
                    return record
                }
            }
            unresolved.removeAll()
            for index in held.indices where held[index].socket.owner == .unknown && held[index].socket.entry.inode != 0 {
                if let known = owners[held[index].socket.entry.inode], !known.isEmpty {
                    held[index].socket.owner = .known
                    held[index].socket.processes = known
                } else if held[index].socket.hiddenReason == nil {
                    held[index].socket.hiddenReason = "its process could not be found (it closed before the lookup, or is hidden from this user)"
                }
            }
            for (key, tracked) in current where tracked.socket.owner == .unknown {
                if let known = owners[tracked.socket.entry.inode], !known.isEmpty {
                    current[key]?.socket.owner = .known
                    current[key]?.socket.processes = known
                }
            }
        }
        // Hold back only events still waiting for their first process lookup.
        let ready = held.prefix { !($0.socket.owner == .unknown && unresolved.contains($0.socket.entry.inode)) }
        held.removeFirst(ready.count)
        for event in ready {
            totals[event.kind, default: 0] += 1
            if event.kind == .opened || (event.kind == .closed && event.source == "destroy" && event.socket.owner == .unknown) {
                let name = event.socket.processes.first?.name ?? "unknown"
                for port in [event.socket.entry.local.port] + (event.socket.entry.remote.map { [$0.port] } ?? []) where options.ports.isEmpty || options.ports.contains(port) {
                    if !event.initial { history.append((event.time, port, name)) }
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

/// A socket's identity across samples: the kernel's cookie when known, else its 4-tuple and inode.
struct SocketKey: Hashable {
    var cookie: UInt64?
    var tuple: TupleKey
    var inode: UInt64

    init(_ entry: SocketEntry) {
        cookie = entry.cookie
        tuple = TupleKey(entry)
        inode = entry.cookie == nil ? entry.inode : 0
    }

    static func == (a: SocketKey, b: SocketKey) -> Bool {
        if let ca = a.cookie, let cb = b.cookie { return ca == cb }
        return a.tuple == b.tuple && a.inode == b.inode
    }

    func hash(into hasher: inout Hasher) {
        if let cookie { hasher.combine(cookie) } else {
            hasher.combine(tuple)
            hasher.combine(inode)
        }
    }
}

/// Protocol, local and remote endpoint: unique per connection in a namespace.
struct TupleKey: Hashable {
    var transport: SocketProtocol
    var local: Endpoint
    var remote: Endpoint?

    init(_ entry: SocketEntry) {
        transport = entry.transport
        local = entry.local
        remote = entry.remote
    }
}
