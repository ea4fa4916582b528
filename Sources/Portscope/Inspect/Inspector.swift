import PortscopeForwarding
import PortscopeHost
import PortscopeKnowledge
import PortscopeProcesses
import PortscopeSockets
import PortscopeSystem

/// Answers "what is using this port here?" by joining the kernel's sockets with `/proc`.
public struct Inspector: Sendable {
    public var sockets: any SocketSource
    public var processes: any ProcessTable
    /// This host's port settings (for roles and ephemeral warnings); nil to skip them.
    public var host: SysctlReader?
    /// Builds a source for another network namespace, given a process in it.
    public var namespaceSource: @Sendable (_ pid: Int32, _ namespace: UInt64) -> any SocketSource
    public var viewerIsRoot: Bool
    /// Reads the NAT rules that may forward ports (nil: not read, as for fixtures; the
    /// result's failure is said in the answer's warnings).
    public var natRules: @Sendable () -> Result<NftRuleset, ForwardingError>? = { nil }
    /// The system's socket units, read only when systemd holds a listener (none by default).
    public var socketUnits: @Sendable () -> [SocketUnit] = { [] }
    /// The container runtimes' lists of containers, asked only when a holder is in a Docker or
    /// Podman container or is a port forwarder (none by default).
    public var containerRuntimes: @Sendable () -> (containers: [RuntimeContainer], warnings: [String]) = { ([], []) }

    public init(
        sockets: any SocketSource, processes: any ProcessTable, host: SysctlReader?,
        namespaceSource: @escaping @Sendable (Int32, UInt64) -> any SocketSource, viewerIsRoot: Bool
    ) {
        self.sockets = sockets
        self.processes = processes
        self.host = host
        self.namespaceSource = namespaceSource
        self.viewerIsRoot = viewerIsRoot
    }

    /// The inspector for this machine; `owners` chooses how sockets are mapped to processes
    /// (default: `PORTSCOPE_OWNERS`, else `auto`).
    public static func live(owners: OwnersChoice? = nil) -> Inspector {
        var inspector = Inspector(
            sockets: SocketSources.system(), processes: ProcessTables.system(owners: owners), host: SysctlReader(),
            namespaceSource: { pid, namespace in SocketSources.namespaced(pid: pid, namespace: namespace) },
            viewerIsRoot: ProcessID.effectiveUser == 0
        )
        inspector.natRules = { NatRulesetReader().read() }
        inspector.socketUnits = { SocketUnitDirectory().units() }
        inspector.containerRuntimes = { ContainerRuntimeClient().containers() }
        return inspector
    }

    /// Starts choosing the owner walk (and loading the BPF program, when chosen) on another
    /// thread now, for a one-shot command that will ask for owners soon: by then it is done
    /// or under way. Not for loops (nothing waits for the thread).
    public func preparingOwners() -> Inspector {
        let processes = self.processes
        _ = BackgroundWork { processes.prepareOwners() }
        return self
    }

    /// Every socket whose local or remote port is `port`, with its processes.
    public func who(port: UInt16, protocols: Set<SocketProtocol> = [.tcp, .udp], allNamespaces: Bool = false) throws(PortscopeError) -> SocketReport {
        try who(ResolvedPortArgument(port: port, ports: [port], protocols: protocols, service: nil), allNamespaces: allNamespaces)
    }

    /// Every socket whose local or remote port is one of `argument.ports`, with its processes
    /// (and, with `info`, each TCP connection's `tcp_info`).
    public func who(_ argument: ResolvedPortArgument, allNamespaces: Bool = false, info: Bool = false) throws(PortscopeError) -> SocketReport {
        var query = SocketQuery(protocols: argument.protocols)
        query.ports = Set(argument.ports)
        query.withTCPInfo = info
        // The NAT rules are read (nft runs, a few milliseconds) while the sockets and
        // processes are.
        let natRules = self.natRules
        let (rules, inspected) = DedicatedThread.overlap({ natRules() }, while: { () -> Result<SocketReport, PortscopeError> in
            Result { () throws(PortscopeError) in
                try inspect(query, allNamespaces: allNamespaces, alongside: Optional<@Sendable ([SocketEntry]) -> Never?>.none, prefetch: true).report
            }
        })
        var report = try inspected.get()
        report.addForwards(from: rules, ports: argument.ports, protocols: argument.protocols)
        report.listenCounters = ListenCounters.read(root: rootForCounters)
        report.port = argument.port
        report.ports = argument.ports
        report.service = argument.service
        if report.sockets.isEmpty, !allNamespaces {
            let (holdings, skipped, unreadable) = otherNamespaces(using: query)
            report.elsewhere = holdings
            report.skippedNamespaces = skipped
            report.unreadableNamespaceProcesses = unreadable
        }
        return report
    }

    /// Listening sockets (or all with `filter.all`), with processes, IANA service names and
    /// a warning for listeners inside the ephemeral range.
    public func list(_ filter: ListFilter, registry: ServiceRegistry, allNamespaces: Bool = false) throws(PortscopeError) -> SocketReport {
        // With --connections: the listeners' side of their connections (local port = a
        // listener's port) is filtered in the kernel and only counted (their processes are
        // never looked up), while the /proc walk for the listeners runs.
        let sockets = self.sockets
        var count: (@Sendable ([SocketEntry]) -> Result<Tallied<ConnectionTally>, SocketSourceError>?)?
        if filter.connections {
            count = { found in Self.countConnections(of: found, in: sockets) }
        }
        // Listeners are listed in a few milliseconds: a walk begun before would read every
        // socket's holders to answer for a few. Only a list of every socket walks ahead.
        var (report, counted) = try inspect(filter.query, allNamespaces: allNamespaces, alongside: count, prefetch: !filter.query.listeningOnly)
        switch counted {
        case let .success(tallied)?:
            report.sockets = Self.attachConnections(report.sockets, tally: tallied.tally)
            report.warnings += tallied.warnings.filter { !report.warnings.contains($0) }
        case let .failure(error)?:
            throw .sockets(error)
        case nil:
            break
        }
        report.listenCounters = ListenCounters.read(root: rootForCounters)
        return Self.listing(report, filter: filter, registry: registry, ephemeralRange: try? host?.portSettings().localPortRange)
    }

    /// Counts the connections accepted on the TCP listeners among `found` (local port = a
    /// listener's port, filtered in the kernel); nil when there is no TCP listener.
    static func countConnections(of found: [SocketEntry], in sockets: any SocketSource) -> Result<Tallied<ConnectionTally>, SocketSourceError>? {
        var query = SocketQuery(protocols: [.tcp])
        query.ports = Set(found.filter { $0.transport == .tcp && $0.state == .listen }.map(\.local.port))
        query.localPortsOnly = true
        guard !query.ports.isEmpty else { return nil }
        do {
            return .success(try sockets.tally(query, into: ConnectionTally()))
        } catch {
            return .failure(error)
        }
    }

    /// Where `/proc/net/netstat` is read (the host reader's procfs).
    var rootForCounters: ProcRoot { host?.root ?? .default }

    /// Gives each TCP listener the summary of the connections it accepted: those whose local
    /// port is its port and whose local address it covers (its own, or any for a wildcard).
    public static func attachConnections(_ sockets: [InspectedSocket], accepted: [SocketEntry]) -> [InspectedSocket] {
        var tally = ConnectionTally()
        for connection in accepted { tally.add(connection) }
        return attachConnections(sockets, tally: tally)
    }

    /// The same from connections already counted.
    public static func attachConnections(_ sockets: [InspectedSocket], tally: ConnectionTally) -> [InspectedSocket] {
        sockets.map { socket in
            guard socket.role == .listener, socket.entry.transport == .tcp else { return socket }
            var socket = socket
            socket.connections = tally.summary(for: socket.entry)
            return socket
        }
    }

    /// Whether a connection on `address` can have been accepted by `listener`.
    static func covers(_ listener: SocketEntry, _ address: IPAddress) -> Bool {
        let bound = listener.local.address
        if !bound.isUnspecified { return bound == address }
        if bound.family == address.family { return true }
        // A dual-stack [::] listener accepts IPv4 too (as ::ffff:a.b.c.d, or as IPv4).
        return bound.family == .ipv6 && listener.v6Only != true
    }

    /// The `ls` view of a report (pure): sockets passing `filter`, listeners named after their
    /// IANA service and flagged inside the ephemeral range, the hidden count recounted.
    public static func listing(_ report: SocketReport, filter: ListFilter, registry: ServiceRegistry, ephemeralRange range: ClosedRange<UInt16>?) -> SocketReport {
        var report = report
        report.sockets = report.sockets.filter(filter.matches).map { socket in
            var socket = socket
            if socket.role == .listener {
                let transport: TransportProtocol = socket.entry.transport == .tcp ? .tcp : .udp
                socket.service = registry.entries(for: Port(socket.entry.local.port), transport: transport)
                    .first { $0.status == .assigned }?.service
                if let range, range.contains(socket.entry.local.port), socket.entry.local.port != 0 {
                    socket.warning = "inside the ephemeral range \(range.lowerBound)–\(range.upperBound): outgoing connections can take this port while the service is down"
                }
            }
            return socket
        }
        if let hidden = report.hidden {
            let stillHidden = report.sockets.filter { $0.owner == .hidden }.count
            report.hidden = stillHidden == 0 ? nil : HiddenSummary(count: stillHidden, reason: hidden.reason)
        }
        return report
    }

    /// The sockets matching `query` in this namespace, as the source gives them.
    public func snapshot(_ query: SocketQuery = SocketQuery()) throws(PortscopeError) -> SocketSnapshot {
        do {
            return try sockets.snapshot(query)
        } catch {
            throw .sockets(error)
        }
    }

    /// Gives every socket matching `query` to `tally` as the kernel's replies are decoded.
    public func tally<Tally: SocketTally>(_ query: SocketQuery, into tally: Tally) throws(PortscopeError) -> Tallied<Tally> {
        do {
            return try sockets.tally(query, into: tally)
        } catch {
            throw .sockets(error)
        }
    }

    /// This host's port settings, with the reader they came from (for further sysctls).
    public func portSettings() throws(PortscopeError) -> (reader: SysctlReader, settings: HostPortSettings) {
        guard let host else { throw .host(.unreadable(path: "/proc/sys/net/ipv4", errno: .noSuchFileOrDirectory)) }
        do {
            return (host, try host.portSettings())
        } catch {
            throw .host(error)
        }
    }

    /// Lists, joins and classifies the sockets matching `query`.
    func inspect(_ query: SocketQuery, allNamespaces: Bool) throws(PortscopeError) -> SocketReport {
        try inspect(query, allNamespaces: allNamespaces, alongside: Optional<@Sendable ([SocketEntry]) -> Never?>.none).report
    }

    /// ``inspect(_:allNamespaces:)``, with `alongside` run on another thread on the sockets
    /// found while their processes are looked up (nil when nothing was found).
    ///
    /// With `prefetch` (one-shot commands, never loops), the owner walk begins as soon as it
    /// can (for the BPF walk: once loaded, even while the sockets are still being listed), and
    /// is left unwaited for when no socket is found.
    func inspect<Extra>(
        _ query: SocketQuery, allNamespaces: Bool, alongside: (@Sendable ([SocketEntry]) -> Extra?)?, prefetch: Bool = false
    ) throws(PortscopeError) -> (report: SocketReport, extra: Extra?) {
        // Choosing the owner walk (and loading the BPF program, when chosen) takes as long as
        // a large host's socket dump: both at once.
        let processes = self.processes
        let question = OwnersQuestion()
        let prefetched: BackgroundWork<OwnersPrefetch?>?
        var snapshot: SocketSnapshot
        if prefetch {
            prefetched = BackgroundWork { processes.prefetchOwners(for: question) }
            snapshot = try self.snapshot(query)
        } else {
            prefetched = nil
            let (_, dumped) = DedicatedThread.overlap({ processes.prepareOwners() }, while: {
                Result { () throws(PortscopeError) in try self.snapshot(query) }
            })
            snapshot = try dumped.get()
        }
        // A walk that has not begun yet looks for these sockets only (with other namespaces:
        // once theirs are listed too).
        let ask = { question.ask(Set(snapshot.sockets.lazy.map(\.inode).filter { $0 != 0 })) }
        if !allNamespaces { ask() }
        // The listeners give each socket its role; nothing found, nothing to classify (the
        // usual answer for `explain PORT`: no second dump, no sysctl reads).
        let listenersQuery = SocketQuery(protocols: query.protocols, listeningOnly: true)
        var listeners: [SocketEntry] = []
        if !snapshot.sockets.isEmpty {
            listeners = query.listeningOnly ? snapshot.sockets : ((try? sockets.snapshot(listenersQuery))?.sockets ?? [])
        }
        var namespaces: [UInt64: NamespaceInfo] = [:]
        var skipped: [SkippedNamespace] = []
        var unreadable: [Int32] = []
        if allNamespaces {
            let (infos, unreadableProcesses) = otherNamespaceInfos()
            unreadable = unreadableProcesses
            for info in infos {
                namespaces[info.id] = info
                let source = namespaceSource(info.pid, info.id)
                let other: SocketSnapshot
                do {
                    other = try source.snapshot(query)
                } catch {
                    skipped.append(SkippedNamespace(namespace: info, reason: "\(error)"))
                    continue
                }
                snapshot.sockets += other.sockets
                snapshot.warnings += other.warnings
                if other.sockets.isEmpty { continue }
                listeners += query.listeningOnly ? other.sockets : ((try? source.snapshot(listenersQuery))?.sockets ?? [])
            }
        }
        if allNamespaces { ask() }
        guard !snapshot.sockets.isEmpty else {
            var report = SocketReport(
                port: query.port, sockets: [], hidden: nil, source: snapshot.source,
                warnings: snapshot.warnings, elsewhere: [], allNamespaces: allNamespaces
            )
            report.protocols = query.protocols
            report.viewerIsRoot = viewerIsRoot
            report.skippedNamespaces = skipped
            report.unreadableNamespaceProcesses = unreadable
            return (report, nil)
        }
        let range = try? host?.portSettings().localPortRange
        let found = snapshot.sockets
        let joinFound = {
            join(found, roles: RoleClassifier(listeners: listeners, ephemeralRange: range), namespaces: namespaces, prefetched: prefetched?.value())
        }
        let extra: Extra?
        let joined: Joined
        if let alongside {
            (extra, joined) = DedicatedThread.overlap({ alongside(found) }, while: joinFound)
        } else {
            (extra, joined) = (nil, joinFound())
        }
        var report = SocketReport(
            port: query.port, sockets: Self.namingSocketUnits(joined.sockets, socketUnits), hidden: joined.hidden, source: snapshot.source,
            warnings: snapshot.warnings + joined.warnings, elsewhere: [], allNamespaces: allNamespaces
        )
        let (named, runtimeWarnings) = Self.namingContainers(report.sockets, containerRuntimes)
        report.sockets = named
        report.warnings += runtimeWarnings
        report.owners = joined.owners
        report.ownersReason = joined.ownersReason
        report.protocols = query.protocols
        report.viewerIsRoot = viewerIsRoot
        report.skippedNamespaces = skipped
        report.unreadableNamespaceProcesses = unreadable
        return (report, extra)
    }

    /// Gives each listener systemd holds the socket unit that listens on its port (read with
    /// `units` only when there is such a listener). A listener of PID 1 that no unit file
    /// explains keeps no unit: portscope does not guess.
    static func namingSocketUnits(_ sockets: [InspectedSocket], _ units: () -> [SocketUnit]) -> [InspectedSocket] {
        guard sockets.contains(where: { $0.role == .listener && $0.heldBySystemd }) else { return sockets }
        let known = units()
        return sockets.map { socket in
            guard socket.role == .listener, socket.heldBySystemd else { return socket }
            var socket = socket
            socket.socketUnit = known.first { $0.listens(on: socket.entry.local.port, transport: socket.entry.transport.rawValue) }
            return socket
        }
    }

    /// Names the containers of Docker and Podman holders, and the containers their port
    /// forwarders (`docker-proxy`) send traffic to, from the runtimes' own lists (asked only
    /// when there is such a holder).
    static func namingContainers(
        _ sockets: [InspectedSocket], _ runtimes: () -> (containers: [RuntimeContainer], warnings: [String])
    ) -> ([InspectedSocket], [String]) {
        let wanted = sockets.contains { socket in
            socket.processes.contains { ["docker", "podman"].contains($0.container?.runtime ?? "") || $0.forwardsTo != nil || Self.isPortForwarder($0) }
        }
        guard wanted else { return (sockets, []) }
        let (containers, warnings) = runtimes()
        guard !containers.isEmpty else { return (sockets, warnings) }
        let named = sockets.map { socket in
            var socket = socket
            socket.processes = socket.processes.map { process in
                var process = process
                if let container = process.container, let match = containers.first(where: { $0.runtime == container.runtime && $0.id == container.id }) {
                    process.container?.name = match.name
                    process.container?.image = match.image
                }
                // A rootless forwarder's command line does not say where it sends the port: the
                // container that publishes the port it listens on does.
                if process.forwardsTo == nil, Self.isPortForwarder(process) {
                    let transport = socket.entry.transport.rawValue
                    for candidate in containers {
                        guard let published = candidate.ports.first(where: { $0.hostPort == socket.entry.local.port && $0.transport == transport }) else { continue }
                        var target = ProxyTarget(transport: transport, hostPort: socket.entry.local.port, containerAddress: "", containerPort: published.containerPort)
                        target.containerName = candidate.name
                        target.image = candidate.image
                        process.forwardsTo = target
                        break
                    }
                }
                if let target = process.forwardsTo, let match = containers.first(where: { candidate in
                    candidate.ports.contains { $0.hostPort == target.hostPort && $0.containerPort == target.containerPort && $0.transport == target.transport }
                }) {
                    process.forwardsTo?.containerName = match.name
                    process.forwardsTo?.image = match.image
                }
                return process
            }
            return socket
        }
        return (named, warnings)
    }

    /// Rootless container port forwarders (Podman's `rootlessport`, rootlesskit, slirp4netns,
    /// pasta, gvproxy): they hold a published port for a container without saying which.
    static func isPortForwarder(_ process: ProcessRecord) -> Bool {
        ["rootlessport", "rootlesskit", "slirp4netns", "pasta", "gvproxy", "rootlessport-ch"].contains(process.name)
    }

    /// Finds the processes holding `sockets` and joins them: the one owner → process → join
    /// step every report goes through. Each process is described as the process that was
    /// found holding the sockets (pid and start time), never a later owner of its pid.
    public func join(_ sockets: [SocketEntry], roles: RoleClassifier, namespaces: [UInt64: NamespaceInfo] = [:], prefetched: OwnersPrefetch? = nil) -> Joined {
        let inodes = Set(sockets.map(\.inode).filter { $0 != 0 })
        let owners = inodes.isEmpty
            ? SocketOwners() : processes.socketOwners(wanted: inodes, preferredUIDs: Set(sockets.map(\.uid)), prefetched: prefetched)
        var records: [Int32: ProcessRecord] = [:]
        for pid in owners.holders.allHolders {
            if let record = processes.process(pid, startTime: owners.startTimes[pid]) { records[pid] = record }
        }
        let context = SocketJoiner.Context(owners: owners, processes: records, roles: roles, viewerIsRoot: viewerIsRoot, namespaces: namespaces)
        let joined = SocketJoiner.join(sockets, context)
        return Joined(sockets: joined.sockets, hidden: joined.hidden, warnings: SocketJoiner.warnings(context),
                      owners: inodes.isEmpty ? nil : owners.backend, ownersReason: owners.backendReason)
    }

    /// Sockets joined with their processes, what was hidden, and how the owners were found.
    public struct Joined: Sendable {
        public var sockets: [InspectedSocket]
        public var hidden: HiddenSummary?
        public var warnings: [String]
        /// The backend that mapped sockets to processes (nil when no socket needed it).
        public var owners: OwnersBackend?
        public var ownersReason: String?
    }

    /// The network namespaces other than the caller's, each with a process in it, and how
    /// many processes' namespaces could not be read.
    func otherNamespaceInfos() -> (namespaces: [NamespaceInfo], unreadable: [Int32]) {
        let own = processes.networkNamespace(of: ProcessID.current)
        let listing = processes.networkNamespaces()
        let infos = listing.namespaces.filter { $0.key != own }.sorted { $0.key < $1.key }.map { namespace, pid in
            let record = processes.process(pid)
            return NamespaceInfo(id: namespace, pid: pid, container: record?.container, processName: record?.name)
        }
        return (infos, listing.unreadable)
    }

    /// The sockets matching `query` in this network namespace, joined with their processes
    /// and classified (no look at other namespaces: for repeated samples).
    public func report(_ query: SocketQuery) throws(PortscopeError) -> SocketReport {
        try inspect(query, allNamespaces: false)
    }

    /// Other namespaces whose sockets use the port (checked when it is free here), the ones
    /// that could not be read, and how many processes' namespaces could not even be named.
    public func otherNamespaces(using query: SocketQuery) -> (holdings: [NamespaceHolding], skipped: [SkippedNamespace], unreadable: [Int32]) {
        var holdings: [NamespaceHolding] = []
        var skipped: [SkippedNamespace] = []
        let (infos, unreadable) = otherNamespaceInfos()
        for info in infos {
            do {
                let snapshot = try namespaceSource(info.pid, info.id).snapshot(query)
                if !snapshot.sockets.isEmpty {
                    holdings.append(NamespaceHolding(namespace: info, sockets: snapshot.sockets.count, listening: snapshot.sockets.contains(where: \.isListening)))
                }
            } catch {
                skipped.append(SkippedNamespace(namespace: info, reason: "\(error)"))
            }
        }
        return (holdings, skipped, unreadable)
    }
}
