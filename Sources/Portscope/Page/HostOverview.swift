import PortscopeSockets

/// The host at a glance (the server's `/` page): listeners with their IANA names, processes
/// and warnings, ephemeral-range use, other network namespaces with listeners, and the
/// listeners that opened or closed recently.
public struct HostOverview: Sendable {
    /// `ls` over the server's snapshot.
    public var listeners: SocketReport
    public var pressure: PressureReport
    /// Other network namespaces and how many listeners each has (nil: not looked at).
    public var namespaces: [NamespaceHolding]?
    public var skippedNamespaces: [SkippedNamespace]
    /// Newest first.
    public var events: [ListenerEvent]
    /// When the snapshot was taken, and when the server started (seconds since 1970).
    public var takenAt: Double
    public var startedAt: Double
    /// The server's `--min-interval`: how often it looks at the host at most.
    public var interval: Double

    public init(
        listeners: SocketReport, pressure: PressureReport, namespaces: [NamespaceHolding]?, skippedNamespaces: [SkippedNamespace],
        events: [ListenerEvent], takenAt: Double, startedAt: Double, interval: Double
    ) {
        self.listeners = listeners
        self.pressure = pressure
        self.namespaces = namespaces
        self.skippedNamespaces = skippedNamespaces
        self.events = events
        self.takenAt = takenAt
        self.startedAt = startedAt
        self.interval = interval
    }
}

/// A listener that appeared or went between two looks at the host.
public struct ListenerEvent: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case opened, closed
    }

    public var time: Double
    public var kind: Kind
    public var transport: SocketProtocol
    /// `127.0.0.1:8080`, `*:22`.
    public var local: String
    public var port: UInt16
    /// `name (pid N)` of its processes, as last seen.
    public var processes: [String]
}

/// Remembers the listeners of the last look and the recent changes (pure: fed one listener
/// set per snapshot; a listener is its protocol, address, port and socket inode).
public struct ListenerLog: Sendable {
    public struct Listener: Sendable, Hashable {
        public var transport: SocketProtocol
        public var local: String
        public var port: UInt16
        public var inode: UInt64
        public var processes: [String]

        public init(transport: SocketProtocol, local: String, port: UInt16, inode: UInt64, processes: [String]) {
            self.transport = transport
            self.local = local
            self.port = port
            self.inode = inode
            self.processes = processes
        }

        var key: String { "\(transport.rawValue) \(local) \(inode)" }
    }

    /// The most events kept.
    public var limit: Int
    public private(set) var events: [ListenerEvent] = []
    private var current: [String: Listener]?

    public init(limit: Int = 50) {
        self.limit = limit
    }

    /// Records a look at the host: listeners not seen last time opened, those gone closed.
    /// The first look only sets the baseline.
    public mutating func record(_ listeners: [Listener], at time: Double) {
        var next: [String: Listener] = [:]
        for listener in listeners { next[listener.key] = listener }
        defer { current = next }
        guard let previous = current else { return }
        var changes: [ListenerEvent] = []
        for (key, listener) in next where previous[key] == nil {
            changes.append(ListenerEvent(time: time, kind: .opened, transport: listener.transport, local: listener.local, port: listener.port, processes: listener.processes))
        }
        for (key, listener) in previous where next[key] == nil {
            changes.append(ListenerEvent(time: time, kind: .closed, transport: listener.transport, local: listener.local, port: listener.port, processes: listener.processes))
        }
        changes.sort { ($0.port, $0.local, $0.kind.rawValue) < ($1.port, $1.local, $1.kind.rawValue) }
        events = Array((changes + events).prefix(limit))
    }
}
