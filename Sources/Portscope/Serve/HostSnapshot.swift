import PortscopeForwarding
import PortscopeHost
import PortscopeKnowledge
import PortscopeProcesses
import PortscopeSockets
import PortscopeSystem
import Synchronization

/// One look at the host for `serve`: every socket of the network namespace, who holds each,
/// and the port settings. `/metrics` and every API answer are computed from it, so any
/// number of clients within `--min-interval` cost one socket dump and one descriptor walk.
///
/// Sockets are joined with their processes per answer, and only the sockets the answer is
/// about (a port's handful, or every socket for `?all`), from the owners found once.
public struct HostSnapshot: Sendable {
    public var entries: [SocketEntry] {
        didSet { listeners = entries.filter(\.isListening) }
    }
    /// The listening sockets among ``entries`` (``SocketEntry/isListening``), in their order:
    /// roles, listings and the listener log start from these, not from every socket.
    public private(set) var listeners: [SocketEntry]
    public var owners: SocketOwners
    /// Every holder's description, by pid (as found with its descriptors).
    public var records: [Int32: ProcessRecord]
    public var settings: HostPortSettings
    public var timeWaitReuse: Int?
    public var timeWaitReuseDelay: Int?
    public var source: String
    public var warnings: [String]
    public var viewerIsRoot: Bool
    /// When it was taken (wall clock) and what it cost.
    public var takenAt: Double
    public var collectionSeconds: Double
    /// Bytes per listening port since the exporter started (nil when not counted).
    public var traffic: PortTrafficCounters.Totals?
    /// The NAT rules read with this snapshot (nil when not read), or why they could not be.
    public var natRules: Result<NftRuleset, ForwardingError>?

    public init(
        entries: [SocketEntry], owners: SocketOwners, records: [Int32: ProcessRecord], settings: HostPortSettings,
        timeWaitReuse: Int?, timeWaitReuseDelay: Int?, source: String, warnings: [String], viewerIsRoot: Bool,
        takenAt: Double, collectionSeconds: Double, traffic: PortTrafficCounters.Totals? = nil,
        listeners: [SocketEntry]? = nil
    ) {
        self.traffic = traffic
        self.entries = entries
        self.listeners = listeners ?? entries.filter(\.isListening)
        self.owners = owners
        self.records = records
        self.settings = settings
        self.timeWaitReuse = timeWaitReuse
        self.timeWaitReuseDelay = timeWaitReuseDelay
        self.source = source
        self.warnings = warnings
        self.viewerIsRoot = viewerIsRoot
        self.takenAt = takenAt
        self.collectionSeconds = collectionSeconds
    }

    /// Listeners classify every socket's role.
    public var roles: RoleClassifier {
        RoleClassifier(listeners: listeners, ephemeralRange: settings.localPortRange)
    }

    /// The sockets matching `query`, joined with their processes (`roles`: ``roles``, when
    /// the caller has it already).
    public func report(_ query: SocketQuery, roles: RoleClassifier? = nil) -> SocketReport {
        // The connections' tcp_info is for the byte counters: answers never show it.
        let matcher = SocketQuery.Matcher(query)
        let matching = (query.listeningOnly ? listeners : entries).filter(matcher.matches).map { entry in
            var entry = entry
            entry.tcpInfo = nil
            return entry
        }
        let context = SocketJoiner.Context(owners: owners, processes: records, roles: roles ?? self.roles, viewerIsRoot: viewerIsRoot)
        let joined = SocketJoiner.join(matching, context)
        var report = SocketReport(
            port: query.port, sockets: joined.sockets, hidden: joined.hidden, source: source,
            warnings: warnings + SocketJoiner.warnings(context), elsewhere: [], allNamespaces: false
        )
        report.ports = query.ports.sorted()
        report.protocols = query.protocols
        report.viewerIsRoot = viewerIsRoot
        if !query.ports.isEmpty {
            report.addForwards(from: natRules, ports: report.ports, protocols: query.protocols)
        }
        return report
    }

    /// The listeners as the server's listener log records them.
    public var loggedListeners: [ListenerLog.Listener] {
        listeners.map { entry in
            let processes = (owners.holders[entry.inode] ?? []).compactMap { pid in records[pid].map { "\($0.name) (pid \(pid))" } }
            return ListenerLog.Listener(transport: entry.transport, local: entry.localDescription, port: entry.local.port, inode: entry.inode, processes: processes)
        }
    }

    /// `ls` over the snapshot.
    public func listing(_ filter: ListFilter, registry: ServiceRegistry, roles: RoleClassifier? = nil) -> SocketReport {
        Inspector.listing(report(filter.query, roles: roles), filter: filter, registry: registry, ephemeralRange: settings.localPortRange)
    }

    /// `ephemeral` over the snapshot.
    public func pressure(top: Int, rate: Double?, registry: ServiceRegistry) -> PressureReport {
        let roles = self.roles
        return pressure(top: top, rate: rate, listed: listing(ListFilter(), registry: registry, roles: roles).sockets, roles: roles)
    }

    /// ``pressure(top:rate:registry:)`` from the listeners and roles the caller has already.
    func pressure(top: Int, rate: Double?, listed: [InspectedSocket], roles: RoleClassifier) -> PressureReport {
        let range = settings.localPortRange
        let collisions = listed.filter { $0.warning != nil }
        return PressureCalculator.report(PressureCalculator.Input(
            sockets: entries, range: range, reserved: settings.reservedPorts,
            timeWaitReuse: timeWaitReuse, timeWaitReuseDelay: timeWaitReuseDelay,
            roles: roles, collisions: collisions, top: top, rate: rate, source: source
        ))
    }

    /// The `/metrics` view: listeners with processes and services, their connections by
    /// state, counts by state, pressure, bytes per port.
    public func metrics(registry: ServiceRegistry, topDestinations: Int, baseline: ListenerBaseline? = nil) -> MetricsSnapshot {
        // One pass each for the roles and the listeners, shared with the pressure report, which
        // is computed alongside the connection counts.
        let roles = self.roles
        let listed = listing(ListFilter(), registry: registry, roles: roles).sockets
        let (pressureReport, accepted) = DedicatedThread.overlap({ self.pressure(top: topDestinations, rate: nil, listed: listed, roles: roles) }, while: {
            // Only connections on a listening port can be a listener's: a client's socket
            // (most of a busy host's) is ruled out by one bit, not counted under its own key.
            var accepted = ConnectionTally()
            for entry in entries where entry.transport == .tcp && roles.anyListener.contains(entry.local.port) { accepted.add(entry) }
            return accepted
        })
        let listeners = Inspector.attachConnections(listed, tally: accepted).map { socket in
            var socket = socket
            if socket.warning != nil { socket.warning = "inside the ephemeral range" }
            return socket
        }
        let stateCount = SocketState.allCases.count
        var byState = [Int](repeating: 0, count: SocketProtocol.allCases.count * stateCount)
        for entry in entries { byState[entry.transport.ordinal * stateCount + entry.state.ordinal] += 1 }
        var counts: [MetricsSnapshot.StateCount] = []
        for transport in SocketProtocol.allCases {
            for state in SocketState.allCases where byState[transport.ordinal * stateCount + state.ordinal] > 0 {
                counts.append(.init(transport: transport, state: state, count: byState[transport.ordinal * stateCount + state.ordinal]))
            }
        }
        counts.sort { ($0.transport.rawValue, $0.state.rawValue) < ($1.transport.rawValue, $1.state.rawValue) }
        var snapshot = MetricsSnapshot(
            listeners: listeners, sockets: counts, pressure: pressureReport,
            hiddenListeners: listeners.filter { $0.owner == .hidden }.count,
            collectionSeconds: collectionSeconds, takenAt: takenAt, source: source, traffic: traffic
        )
        if let baseline {
            // The exporter's own listener is not the host's drift.
            let own = ProcessID.current
            let current = ListenerBaseline.listeners(of: listeners.filter {
                baseline.protocols.contains($0.entry.transport.rawValue) && !$0.processes.contains { $0.pid == own }
            })
            snapshot.baseline = baseline.compare(with: current, ephemeral: settings.localPortRange)
        }
        return snapshot
    }
}

/// Takes ``HostSnapshot``s: one socket dump, one descriptor walk for every socket inode, and
/// each holder described once. Command lines are withheld unless `exposeCommands` (another
/// user's argv is not for whoever can reach the port), and clipped when shown.
public struct HostSnapshotCollector: Sendable {
    public var inspector: Inspector
    public var exposeCommands: Bool
    /// The most bytes of one process's command line kept (arguments past it are cut).
    public var commandLimit: Int
    /// Counts bytes per listening port (nil: not counted).
    public var traffic: PortTrafficCounters?
    /// The NAT rules, read at most every ``NatRules/maximumAge`` seconds (a Kubernetes node's
    /// ruleset is megabytes of JSON: not for every snapshot).
    let natRules = NatRules()
    /// The socket inodes of the last dump, and when it ended.
    let listed = ListedSockets()

    public init(inspector: Inspector, exposeCommands: Bool, commandLimit: Int = 1024, traffic: PortTrafficCounters? = nil) {
        self.inspector = inspector
        self.exposeCommands = exposeCommands
        self.commandLimit = commandLimit
        self.traffic = traffic
    }

    public func collect() throws(PortscopeError) -> HostSnapshot {
        let started = Clock.now()
        var query = SocketQuery()
        query.withTCPInfo = traffic != nil
        // The BPF walk needs no socket list: it reads every socket's holders while the
        // sockets are dumped (the procfs walk, which needs the list, waits for it).
        // Sockets the last snapshot listed existed before this walk begins: one without a
        // holder was unheld, not too new for the walk, and is not looked up again.
        let processes = inspector.processes
        let question = OwnersQuestion(wantsEverySocket: true, existedBefore: listed.before(started))
        let prefetched = BackgroundWork { processes.prefetchOwners(for: question) }
        // The inodes and listeners are gathered as the replies are decoded.
        let dumped = try inspector.tally(query, into: DumpedSockets())
        let dumpEnded = Clock.now()
        let (host, settings) = try inspector.portSettings()
        let (entries, inodes, listeners) = (dumped.tally.entries, dumped.tally.inodes, dumped.tally.listeners)
        question.ask(inodes)
        listed.record(inodes, at: dumpEnded)
        // Then, on two threads: the byte counters (from the connections' tcp_info), and the
        // owners and their descriptions.
        let traffic = self.traffic
        let describe = { (pid: Int32, startTime: UInt64?) in processes.process(pid, startTime: startTime) }
        let (exposeCommands, commandLimit) = (self.exposeCommands, self.commandLimit)
        let (totals, (owners, records)) = DedicatedThread.overlap({ () -> PortTrafficCounters.Totals? in
            guard let traffic else { return nil }
            let listening = Set(listeners.lazy.filter { $0.transport == .tcp && $0.state == .listen }.map(\.local.port))
            return traffic.update(sockets: entries, listening: listening)
        }, while: { () -> (SocketOwners, [Int32: ProcessRecord]) in
            // Sockets the walk may have passed before they were made are looked up again.
            let owners = inodes.isEmpty ? SocketOwners() : processes.socketOwners(wanted: inodes, preferredUIDs: [], prefetched: prefetched.value())
            // The walk may have found holders of sockets beyond these (another protocol's, a
            // Unix socket's): only these sockets' holders are described.
            var records: [Int32: ProcessRecord] = [:]
            for pid in owners.holders(of: inodes) {
                guard var record = describe(pid, owners.startTimes[pid]) else { continue }
                record.command = exposeCommands ? Self.clip(record.command, to: commandLimit) : []
                record.commandWithheld = !exposeCommands
                records[pid] = record
            }
            return (owners, records)
        })
        var taken = HostSnapshot(
            entries: entries, owners: owners, records: records, settings: settings,
            timeWaitReuse: try? host.integer("tcp_tw_reuse"), timeWaitReuseDelay: try? host.integer("tcp_tw_reuse_delay"),
            source: dumped.source, warnings: dumped.warnings, viewerIsRoot: inspector.viewerIsRoot,
            takenAt: WallClock.now(), collectionSeconds: Clock.now() - started, traffic: totals, listeners: listeners
        )
        // Once per snapshot, for the pages and API answers about a port.
        taken.natRules = natRules.current(inspector.natRules)
        return taken
    }

    /// The last reading of the NAT rules, shared by the collector's copies.
    final class NatRules: Sendable {
        static let maximumAge = 10.0
        private let last = Mutex<(at: Double, rules: Result<NftRuleset, ForwardingError>?)?>(nil)

        /// The rules, read again with `read` when the last reading is older than ``maximumAge``.
        func current(_ read: () -> Result<NftRuleset, ForwardingError>?) -> Result<NftRuleset, ForwardingError>? {
            let now = Clock.now()
            if let kept = last.withLock({ $0 }), now - kept.at < Self.maximumAge { return kept.rules }
            let rules = read()
            last.withLock { $0 = (now, rules) }
            return rules
        }
    }

    /// The inodes one dump listed, kept for the next snapshot's walk.
    final class ListedSockets: Sendable {
        private let last = Mutex<(at: Double, inodes: Set<UInt64>)?>(nil)

        /// Records the inodes of a dump that ended at `at` (monotonic seconds).
        func record(_ inodes: Set<UInt64>, at: Double) {
            last.withLock { $0 = (at, inodes) }
        }

        /// The inodes of the last dump if it ended before `time`, else none.
        func before(_ time: Double) -> Set<UInt64> {
            last.withLock { last in
                guard let last, last.at < time else { return [] }
                return last.inodes
            }
        }
    }

    /// `argv` cut to `limit` bytes in all (a process's command line can be megabytes).
    public static func clip(_ argv: [String], to limit: Int) -> [String] {
        var left = limit
        var result: [String] = []
        for argument in argv {
            guard left > 0 else {
                result.append("…")
                break
            }
            if argument.utf8.count <= left {
                result.append(argument)
                left -= argument.utf8.count
            } else {
                result.append(String(decoding: argument.utf8.prefix(left), as: UTF8.self) + "…")
                left = 0
                break
            }
        }
        return result
    }
}
