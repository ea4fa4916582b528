import PortscopeForwarding
import PortscopeProcesses
import PortscopeSockets

/// What a socket is for, seen from this host.
public enum SocketRole: String, Sendable, Hashable {
    /// TCP LISTEN, or a bound unconnected UDP socket.
    case listener
    /// A connection accepted on a listening port.
    case server
    /// An outgoing connection (its local port was picked from the ephemeral range, or it
    /// connects to a listener of this host).
    case client
    case unknown
}

/// Whether the processes holding a socket are known.
public enum OwnerStatus: String, Sendable, Hashable {
    /// Processes listed.
    case known
    /// The socket exists but its processes could not be read; `hiddenReason` says why.
    case hidden
    /// No process holds it: TIME_WAIT, request and orphaned sockets.
    case none
    /// Seen only in a destroy notification, so no process could be attributed.
    case unknown
}

/// A socket joined with the processes that hold it.
public struct InspectedSocket: Sendable, Hashable {
    public var entry: SocketEntry
    public var role: SocketRole
    public var owner: OwnerStatus
    public var hiddenReason: String?
    /// Every process holding a descriptor on it (several after fork or descriptor passing).
    public var processes: [ProcessRecord]
    /// The network namespace, when it is not the caller's (`--all-netns`).
    public var namespace: NamespaceInfo?
    /// The IANA service registered for the local port and protocol (listings only).
    public var service: String?
    /// Set for a listener inside this host's ephemeral range (listings only).
    public var warning: String?
    /// For a listener with `ls --connections`: the connections it accepted, by state, and
    /// the busiest peers.
    public var connections: ConnectionSummary?
    /// For a listener systemd (PID 1) holds: the socket unit it belongs to and the service
    /// that unit starts.
    public var socketUnit: SocketUnit?

    /// Whether systemd itself (PID 1 of this PID namespace) holds it.
    public var heldBySystemd: Bool {
        processes.contains { $0.pid == 1 && $0.name == "systemd" }
    }

    public init(entry: SocketEntry, role: SocketRole, owner: OwnerStatus, hiddenReason: String? = nil, processes: [ProcessRecord] = [], namespace: NamespaceInfo? = nil) {
        self.entry = entry
        self.role = role
        self.owner = owner
        self.hiddenReason = hiddenReason
        self.processes = processes
        self.namespace = namespace
    }
}

/// The connections a listener accepted (`ls --connections`).
public struct ConnectionSummary: Sendable, Hashable {
    /// How many connections are in each state (states with none are absent).
    public var byState: [SocketState: Int]
    /// The peers with the most connections, most first (at most ``peerLimit``).
    public var topPeers: [Peer]

    public struct Peer: Sendable, Hashable {
        public var address: IPAddress
        public var connections: Int
    }

    public static let peerLimit = 5

    public var total: Int { byState.values.reduce(0, +) }

    /// Counts `connections` by state and by peer address (pure).
    public static func summarize(_ connections: [SocketEntry]) -> ConnectionSummary {
        var byState: [SocketState: Int] = [:]
        var byPeer: [IPAddress: Int] = [:]
        for connection in connections {
            byState[connection.state, default: 0] += 1
            if let remote = connection.remote { byPeer[remote.address, default: 0] += 1 }
        }
        return ConnectionSummary(byState: byState, byPeer: byPeer)
    }

    /// The summary of counts by state and by peer: the busiest ``peerLimit`` peers, most first
    /// (ties by address).
    init(byState: [SocketState: Int], byPeer: [IPAddress: Int]) {
        let peers = byPeer.map { Peer(address: $0.key, connections: $0.value) }
            .sorted { $0.connections != $1.connections ? $0.connections > $1.connections : $0.address < $1.address }
        self.byState = byState
        topPeers = Array(peers.prefix(Self.peerLimit))
    }
}

/// Another network namespace, as portscope can name it.
public struct NamespaceInfo: Sendable, Hashable {
    /// The namespace's inode (`/proc/PID/ns/net` → `net:[N]`).
    public var id: UInt64
    /// A process that lives in it.
    public var pid: Int32
    /// That process's container, when its cgroup names one.
    public var container: Container?
    /// That process's name.
    public var processName: String?
}

/// Sockets whose processes could not be seen, and why.
public struct HiddenSummary: Sendable, Hashable {
    public var count: Int
    public var reason: String
}

/// A port held in another network namespace, found while the port is free here.
public struct NamespaceHolding: Sendable, Hashable {
    public var namespace: NamespaceInfo
    public var sockets: Int
    public var listening: Bool
}

/// A network namespace whose sockets could not be read, and why.
public struct SkippedNamespace: Sendable, Hashable {
    public var namespace: NamespaceInfo
    public var reason: String
}

/// The answer to `who` and `ls`.
public struct SocketReport: Sendable {
    /// The port asked about (`who`), or nil for listings.
    public var port: UInt16?
    /// Every port asked about (several for a service name such as `http-alt`).
    public var ports: [UInt16] = []
    /// The service name asked about, if any.
    public var service: String?
    /// The protocols that were looked at.
    public var protocols: Set<SocketProtocol> = [.tcp, .udp]
    /// Other network namespaces that could not be read (`--all-netns` without the privilege).
    public var skippedNamespaces: [SkippedNamespace] = []
    /// Processes whose network namespace could not even be read (not root): their
    /// namespaces may hold sockets that were not looked at.
    public var unreadableNamespaceProcesses: [Int32] = []
    /// Whether the viewer is root (what to suggest about what could not be read).
    public var viewerIsRoot = false
    /// How sockets were mapped to processes (`procfs` or `bpf`), nil when none needed it.
    public var owners: OwnersBackend?
    /// Why that backend (`--owners`, the host's size, what the BPF walk lacked).
    public var ownersReason: String?
    /// Set when `sockets` was cut to a limit (the API's `limit`): how many there were.
    public var total: Int?
    /// The kernel's listen-queue counters (nil when unreadable or not asked).
    public var listenCounters: ListenCounters?
    public var sockets: [InspectedSocket]
    public var hidden: HiddenSummary?
    /// `netlink` or `/proc/net`.
    public var source: String
    public var warnings: [String]
    /// When the port is free here: other network namespaces that use it.
    public var elsewhere: [NamespaceHolding]
    /// NAT rules that send traffic for the port elsewhere (`who`, as far as they were read).
    public var forwards: [PortForward] = []
    /// Whether other network namespaces were inspected too.
    public var allNamespaces: Bool

    public init(port: UInt16?, sockets: [InspectedSocket], hidden: HiddenSummary?, source: String, warnings: [String], elsewhere: [NamespaceHolding], allNamespaces: Bool) {
        self.port = port
        self.ports = port.map { [$0] } ?? []
        self.sockets = sockets
        self.hidden = hidden
        self.source = source
        self.warnings = warnings
        self.elsewhere = elsewhere
        self.allNamespaces = allNamespaces
    }

    /// Sets ``forwards`` to the rules of `rules` that forward `ports` for `protocols`, or says
    /// in ``warnings`` why the rules could not be read (nothing when they were not asked for).
    public mutating func addForwards(from rules: Result<NftRuleset, ForwardingError>?, ports: [UInt16], protocols: Set<SocketProtocol>) {
        switch rules {
        case let .success(ruleset)?:
            let transports = Set(protocols.map(\.rawValue))
            forwards = ports.flatMap { ForwardFinder.forwards(in: ruleset, port: $0, transports: transports) }
        case let .failure(error)?:
            warnings.append(error.description)
        case nil:
            break
        }
    }

    /// Whether what was not read could hold the answer: other namespaces that were skipped.
    public var incomplete: Bool { !skippedNamespaces.isEmpty || !unreadableNamespaceProcesses.isEmpty }
}
