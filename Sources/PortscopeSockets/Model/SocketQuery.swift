/// Which sockets a source should return.
public struct SocketQuery: Sendable, Hashable {
    /// Only sockets whose local or remote port is one of these (filtered in the kernel by
    /// netlink); empty for any port.
    public var ports: Set<UInt16>

    /// The single port asked about, when there is exactly one.
    public var port: UInt16? {
        get { ports.count == 1 ? ports.first : nil }
        set { ports = newValue.map { [$0] } ?? [] }
    }
    public var protocols: Set<SocketProtocol>
    public var families: Set<AddressFamily>
    /// Only TCP LISTEN sockets and bound, unconnected UDP sockets.
    public var listeningOnly: Bool
    /// Match ``ports`` against the local port only (a listener's side of its connections,
    /// not the clients'), in the kernel too.
    public var localPortsOnly = false
    /// Ask for each TCP connection's traffic (`tcp_info`): more bytes per socket from the
    /// kernel, so only when shown.
    public var withTCPInfo = false

    public init(port: UInt16? = nil, protocols: Set<SocketProtocol> = [.tcp, .udp], families: Set<AddressFamily> = [.ipv4, .ipv6], listeningOnly: Bool = false) {
        self.ports = port.map { [$0] } ?? []
        self.protocols = protocols
        self.families = families
        self.listeningOnly = listeningOnly
    }

    /// Whether `entry` answers the query (sources apply this after kernel-side filtering).
    /// For many sockets, make one ``Matcher`` and ask it.
    public func matches(_ entry: SocketEntry) -> Bool {
        Matcher(self).matches(entry)
    }

    /// The query's test, made once for many sockets: bit tests where the query's sets would
    /// hash (two hashes a socket cost a dump of 100,000 sockets about 15 ms).
    public struct Matcher: Sendable {
        private let protocols: UInt8
        private let families: UInt8
        /// Nil for any port.
        private let ports: PortSet?
        private let localPortsOnly: Bool
        private let listeningOnly: Bool

        public init(_ query: SocketQuery) {
            protocols = query.protocols.reduce(0) { $0 | 1 << UInt8($1.ordinal) }
            families = query.families.reduce(0) { $0 | ($1 == .ipv4 ? 1 : 2) }
            ports = query.ports.isEmpty ? nil : PortSet(query.ports)
            localPortsOnly = query.localPortsOnly
            listeningOnly = query.listeningOnly
        }

        /// Whether `entry` has one of the query's protocols and families, one of its ports
        /// (local, or unless ``SocketQuery/localPortsOnly`` remote) when it names any, and is
        /// listening when only listeners are asked for.
        @inline(__always)
        public func matches(_ entry: SocketEntry) -> Bool {
            guard protocols & 1 << UInt8(entry.transport.ordinal) != 0, families & (entry.family == .ipv4 ? 1 : 2) != 0 else { return false }
            if let ports, !ports.contains(entry.local.port) {
                guard !localPortsOnly, let remote = entry.remote, ports.contains(remote.port) else { return false }
            }
            return !listeningOnly || entry.isListening
        }
    }
}

/// What a source returned, and how.
public struct SocketSnapshot: Sendable {
    public var sockets: [SocketEntry]
    /// `netlink` (sock_diag) or `/proc/net`.
    public var source: String
    /// Things the user should know (e.g. netlink failed and /proc/net was used).
    public var warnings: [String]

    public init(sockets: [SocketEntry], source: String, warnings: [String] = []) {
        self.sockets = sockets
        self.source = source
        self.warnings = warnings
    }
}

/// A source of sockets: netlink sock_diag, `/proc/net`, or a fixture.
public protocol SocketSource: Sendable {
    /// The sockets of the caller's network namespace that match `query`.
    func snapshot(_ query: SocketQuery) throws(SocketSourceError) -> SocketSnapshot

    /// Gives every socket that matches `query` to `tally`, one at a time, without keeping
    /// them: for questions about many sockets whose answer is small (counts by state and
    /// peer). The default takes a snapshot; netlink decodes and tallies each reply as it
    /// arrives (50,000 sockets kept in an array cost 70 MB of fresh pages).
    func tally<Tally: SocketTally>(_ query: SocketQuery, into tally: Tally) throws(SocketSourceError) -> Tallied<Tally>
}

extension SocketSource {
    public func tally<Tally: SocketTally>(_ query: SocketQuery, into tally: Tally) throws(SocketSourceError) -> Tallied<Tally> {
        let snapshot = try snapshot(query)
        var tally = tally
        for socket in snapshot.sockets { tally.add(socket) }
        return Tallied(tally: tally, source: snapshot.source, warnings: snapshot.warnings)
    }
}

/// Takes sockets one at a time and keeps only what it needs of them (a count, a summary).
public protocol SocketTally: Sendable {
    mutating func add(_ socket: SocketEntry)

    /// Called before a dump of every socket with about how many there will be, so a tally
    /// that keeps them can make room once instead of growing (and copying) its way there.
    mutating func reserveCapacity(_ sockets: Int)
}

extension SocketTally {
    public mutating func reserveCapacity(_ sockets: Int) {}
}

/// A tally with where its sockets came from, like ``SocketSnapshot`` without the sockets.
public struct Tallied<Tally: SocketTally>: Sendable {
    public var tally: Tally
    /// `netlink` (sock_diag) or `/proc/net`.
    public var source: String
    public var warnings: [String]

    public init(tally: Tally, source: String, warnings: [String] = []) {
        self.tally = tally
        self.source = source
        self.warnings = warnings
    }
}
