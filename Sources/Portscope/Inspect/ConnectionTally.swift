import PortscopeSockets

/// The connections accepted on listening ports, counted as they are read (`ls --connections`):
/// by local port, local address and namespace, each with its states and peers, so 50,000
/// connections leave a handful of small counters instead of 50,000 entries.
public struct ConnectionTally: SocketTally {
    /// Where connections were accepted: the listener they belong to is found from this.
    public struct Key: Hashable, Sendable {
        public var port: UInt16
        public var address: IPAddress
        public var namespace: UInt64?
    }

    /// The counts for one key.
    public struct Counts: Sendable {
        /// Connections by state, indexed like `SocketState.allCases`.
        var states = [Int](repeating: 0, count: SocketState.allCases.count)
        var byPeer: [IPAddress: Int] = [:]
        /// The latest run of connections from one peer, not yet in `byPeer`.
        var runPeer: IPAddress?
        var run = 0

        /// `byPeer` with the pending run.
        var peers: [IPAddress: Int] {
            guard let runPeer else { return byPeer }
            var peers = byPeer
            peers[runPeer, default: 0] += run
            return peers
        }
    }

    public private(set) var keys: [Key] = []
    private var counts: [Counts] = []
    private var index: [Key: Int] = [:]
    /// The group of the previous connection: consecutive connections mostly share their
    /// listener, so most lookups end here without hashing (and runs of one peer are counted
    /// before they go into a dictionary).
    private var last: Int?

    public init() {}

    /// Counts `socket` when it is a connection (not a listener, with a peer).
    public mutating func add(_ socket: SocketEntry) {
        guard socket.state != .listen, let remote = socket.remote else { return }
        let key = Key(port: socket.local.port, address: socket.local.address, namespace: socket.networkNamespace)
        let group: Int
        if let last, keys[last] == key {
            group = last
        } else if let known = index[key] {
            group = known
        } else {
            group = keys.count
            keys.append(key)
            counts.append(Counts())
            index[key] = group
        }
        counts[group].states[socket.state.ordinal] += 1
        if counts[group].runPeer == remote.address {
            counts[group].run += 1
        } else {
            if let previous = counts[group].runPeer { counts[group].byPeer[previous, default: 0] += counts[group].run }
            counts[group].runPeer = remote.address
            counts[group].run = 1
        }
        last = group
    }

    /// The summary of the connections `listener` accepted: those on its port, in its
    /// namespace, on a local address it covers (its own, or any for a wildcard).
    public func summary(for listener: SocketEntry) -> ConnectionSummary {
        var states = [Int](repeating: 0, count: SocketState.allCases.count)
        var byPeer: [IPAddress: Int] = [:]
        for (group, key) in keys.enumerated() where key.port == listener.local.port && key.namespace == listener.networkNamespace
            && Inspector.covers(listener, key.address) {
            for (state, count) in counts[group].states.enumerated() { states[state] += count }
            byPeer.merge(counts[group].peers, uniquingKeysWith: +)
        }
        var byState: [SocketState: Int] = [:]
        for (state, count) in zip(SocketState.allCases, states) where count > 0 { byState[state] = count }
        return ConnectionSummary(byState: byState, byPeer: byPeer)
    }
}
