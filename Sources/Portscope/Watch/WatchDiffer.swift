import PortscopeProcesses
import PortscopeSockets

/// The pure part of `watch`: turns samples of the socket table and the kernel's destroy
/// notifications into events (opened, state change, closed). No I/O: the driver
/// (``Watcher``) samples, drains notifications, looks up successors and processes.
///
/// Rules, each tested on recorded sequences (`WatchDifferTests`):
/// - A socket is identified by the kernel's cookie when known, else by its 4-tuple and inode
///   (``SocketKey``); two connections on the same 4-tuple one after the other are two
///   connections (different cookies). A TIME_WAIT socket replacing a vanished connection of
///   the same 4-tuple continues it, whatever its cookie.
/// - A destroy notification of a full TCP socket whose 4-tuple now has a TIME_WAIT socket (the
///   kernel replaces a closing socket by a TIME_WAIT mini-socket, with the same cookie) is a
///   state change to TIME_WAIT, not a close and an open. The TIME_WAIT socket closes later.
/// - A connection that opened and closed between two samples is reported once: `opened`
///   (already in TIME_WAIT) when a TIME_WAIT socket remains, else `closed`.
/// - A socket reported closed by a sample is not reported again by its late destroy
///   notification (cookies remembered for ``recentWindow`` seconds).
public struct WatchDiffer: Sendable {
    /// Sockets alive now, by identity.
    public private(set) var current: [SocketKey: InspectedSocket] = [:]
    /// When each tracked socket was first seen, and whether it was there at the start.
    private var firstSeen: [SocketKey: (time: Double, initial: Bool)] = [:]
    /// Cookies of sockets reported closed recently, with the time.
    private var recentlyClosed: [UInt64: Double] = [:]
    private var started = false
    /// How long a closed socket's cookie is remembered against late notifications.
    public static let recentWindow = 5.0

    public init() {}

    /// One round's input.
    public struct Round: Sendable {
        /// The socket table now (matching the watch's query).
        public var sample: [SocketEntry]
        /// Destroy notifications received since the last round (matching the query).
        public var destroyed: [SocketEntry]
        /// TIME_WAIT sockets found by looking up destroyed connections' 4-tuples after the
        /// sample was taken.
        public var successors: [SocketEntry]
        /// Wall-clock time of the round.
        public var now: Double
        public var roles: RoleClassifier

        public init(sample: [SocketEntry], destroyed: [SocketEntry] = [], successors: [SocketEntry] = [], now: Double, roles: RoleClassifier) {
            self.sample = sample
            self.destroyed = destroyed
            self.successors = successors
            self.now = now
            self.roles = roles
        }
    }

    /// The events of one round, in the order they happened as far as can be told
    /// (notifications first: they describe sockets destroyed before or just after the sample).
    public mutating func step(_ round: Round) -> [WatchEvent] {
        let now = round.now
        recentlyClosed = recentlyClosed.filter { now - $0.value < Self.recentWindow }
        var events: [WatchEvent] = []
        var handled: Set<SocketKey> = []
        var timeWaitByTuple: [TupleKey: SocketEntry] = [:]
        for entry in round.successors + round.sample where entry.state == .timeWait {
            timeWaitByTuple[TupleKey(entry)] = entry
        }

        for entry in round.destroyed {
            let key = SocketKey(entry)
            let tuple = TupleKey(entry)
            if let cookie = entry.cookie, recentlyClosed[cookie] != nil { continue } // reported already
            let trackedKey = current[key] != nil ? key : current.first { TupleKey($0.value.entry) == tuple && $0.value.entry.state != .timeWait }?.key
            let successor = entry.transport == .tcp ? timeWaitByTuple[tuple] : nil
            if let trackedKey, var socket = current[trackedKey] {
                if socket.entry.state == .timeWait {
                    handled.insert(trackedKey)
                    continue // the full socket's notification came after its TIME_WAIT was seen
                }
                current[trackedKey] = nil
                handled.insert(trackedKey)
                let seen = firstSeen.removeValue(forKey: trackedKey)
                // The notification carries the connection's final counters.
                socket.entry.tcpInfo = entry.tcpInfo ?? socket.entry.tcpInfo
                if let successor {
                    let previous = socket.entry.state
                    let finalInfo = socket.entry.tcpInfo
                    socket.entry = successor
                    socket.entry.tcpInfo = finalInfo
                    socket.role = round.roles.role(of: successor)
                    socket.owner = .none
                    current[SocketKey(successor)] = socket
                    firstSeen[SocketKey(successor)] = seen
                    handled.insert(SocketKey(successor))
                    events.append(lived(WatchEvent(time: now, kind: .state, socket: socket, previousState: previous, source: "destroy"), seen))
                } else {
                    remember(entry, socket.entry, now: now)
                    events.append(lived(WatchEvent(time: now, kind: .closed, socket: socket, source: "destroy"), seen))
                }
                continue
            }
            // Opened and closed between two samples: seen only now.
            handled.insert(key)
            if let successor {
                let successorKey = SocketKey(successor)
                if current[successorKey] != nil { continue }
                var socket = InspectedSocket(entry: successor, role: round.roles.role(of: successor), owner: .none)
                socket.entry.tcpInfo = entry.tcpInfo
                socket.hiddenReason = "opened and closed between two samples; seen in the kernel's destroy notification, now in TIME_WAIT"
                current[successorKey] = socket
                firstSeen[successorKey] = (now, false)
                handled.insert(successorKey)
                events.append(WatchEvent(time: now, kind: .opened, socket: socket, source: "destroy"))
            } else {
                var socket = InspectedSocket(entry: entry, role: round.roles.role(of: entry), owner: .unknown)
                socket.hiddenReason = "opened and closed between two samples; seen only in the kernel's destroy notification"
                remember(entry, nil, now: now)
                events.append(WatchEvent(time: now, kind: .closed, socket: socket, source: "destroy"))
            }
        }

        // Sockets that vanished from the table this round, by 4-tuple, to pair with a
        // successor under a new identity (without cookies: /proc/net gives TIME_WAIT inode 0).
        var seenKeys: Set<SocketKey> = []
        for entry in round.sample { seenKeys.insert(SocketKey(entry)) }
        var goneByTuple: [TupleKey: SocketKey] = [:]
        for (key, socket) in current where !seenKeys.contains(key) && !handled.contains(key) {
            goneByTuple[TupleKey(socket.entry)] = key
        }

        for entry in round.sample {
            let key = SocketKey(entry)
            if handled.contains(key) { continue }
            if let cookie = entry.cookie, recentlyClosed[cookie] != nil, current[key] == nil { continue } // destroyed after the sample
            if var socket = current[key] {
                if socket.entry.state != entry.state {
                    let previous = socket.entry.state
                    socket.entry = entry
                    socket.role = round.roles.role(of: entry)
                    if entry.inode == 0 { socket.owner = .none }
                    current[key] = socket
                    events.append(WatchEvent(time: now, kind: .state, socket: socket, previousState: previous, source: "sample"))
                }
                continue
            }
            let tuple = TupleKey(entry)
            if entry.cookie == nil || entry.state == .timeWait, let predecessorKey = goneByTuple[tuple], var socket = current[predecessorKey], socket.entry.state != .timeWait {
                // The same connection under a new identity: ESTABLISHED → TIME_WAIT in /proc/net
                // (TIME_WAIT has inode 0), or a TIME_WAIT socket whose cookie was made after the
                // full socket's was copied (the kernel copies it only if it existed).
                current[predecessorKey] = nil
                goneByTuple[tuple] = nil
                let previous = socket.entry.state
                socket.entry = entry
                socket.role = round.roles.role(of: entry)
                if entry.inode == 0 { socket.owner = .none }
                current[key] = socket
                firstSeen[key] = firstSeen.removeValue(forKey: predecessorKey)
                if previous != entry.state {
                    events.append(WatchEvent(time: now, kind: .state, socket: socket, previousState: previous, source: "sample"))
                }
                continue
            }
            let socket = InspectedSocket(entry: entry, role: round.roles.role(of: entry), owner: entry.inode == 0 ? .none : .unknown)
            current[key] = socket
            firstSeen[key] = (now, !started)
            events.append(WatchEvent(time: now, kind: .opened, socket: socket, initial: !started, source: "sample"))
        }
        for (key, socket) in current where !seenKeys.contains(key) && !handled.contains(key) {
            current[key] = nil
            remember(socket.entry, nil, now: now)
            events.append(lived(WatchEvent(time: now, kind: .closed, socket: socket, source: "sample"), firstSeen.removeValue(forKey: key)))
        }
        started = true
        return events
    }

    /// `event` with how long its socket lived, from when it was first seen.
    private func lived(_ event: WatchEvent, _ seen: (time: Double, initial: Bool)?) -> WatchEvent {
        var event = event
        if let seen {
            event.lifetime = max(0, event.time - seen.time)
            event.lifetimeAtLeast = seen.initial
        }
        return event
    }

    /// Attaches `processes` to the tracked socket with `inode` (once its owners are known).
    public mutating func attach(inode: UInt64, processes: [ProcessRecord]) {
        for (key, socket) in current where socket.entry.inode == inode && socket.owner == .unknown && !processes.isEmpty {
            current[key]?.owner = .known
            current[key]?.processes = processes
        }
    }

    private mutating func remember(_ entry: SocketEntry, _ tracked: SocketEntry?, now: Double) {
        if let cookie = entry.cookie { recentlyClosed[cookie] = now }
        if let cookie = tracked?.cookie { recentlyClosed[cookie] = now }
    }
}

/// A socket's identity across samples: the kernel's cookie when the source gives one, else
/// its 4-tuple and inode. One or the other, never a mix, so equal keys hash alike.
public enum SocketKey: Hashable, Sendable {
    case cookie(UInt64)
    case tuple(TupleKey, inode: UInt64)

    public init(_ entry: SocketEntry) {
        if let cookie = entry.cookie {
            self = .cookie(cookie)
        } else {
            self = .tuple(TupleKey(entry), inode: entry.inode)
        }
    }
}

/// Protocol, local and remote endpoint: unique per live connection in a namespace.
public struct TupleKey: Hashable, Sendable {
    public var transport: SocketProtocol
    public var local: Endpoint
    public var remote: Endpoint?

    public init(_ entry: SocketEntry) {
        transport = entry.transport
        local = entry.local
        remote = entry.remote
    }
}
