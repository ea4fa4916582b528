#if os(Linux)
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CNetlink
import PortscopeSystem
import Synchronization

/// Lists sockets with NETLINK_SOCK_DIAG, as `ss` does: one dump per (protocol, family), the
/// port test done in the kernel by a bytecode filter when the question is one port.
///
/// Needs no privilege. Sees the caller's network namespace only (see ``NamespacedSocketSource``).
public struct NetlinkSocketSource: SocketSource {
    /// The namespace id to stamp on every socket (nil: the caller's own).
    public var networkNamespace: UInt64?
    /// Dump IPv4 and IPv6 TCP together (``InetDiagRequest/anyFamily``).
    public var combinedTCP: Bool

    public init(networkNamespace: UInt64? = nil, combinedTCP: Bool = true) {
        self.networkNamespace = networkNamespace
        self.combinedTCP = combinedTCP
    }

    public func snapshot(_ query: SocketQuery) throws(SocketSourceError) -> SocketSnapshot {
        var connection = try NetlinkConnection()
        return try snapshot(query, on: &connection)
    }

    /// Like ``snapshot(_:)`` on an already open connection (for repeated samples).
    func snapshot(_ query: SocketQuery, on connection: inout NetlinkConnection) throws(SocketSourceError) -> SocketSnapshot {
        let room = Self.room(for: query)
        let (sockets, warnings) = try fill(query, on: &connection, start: { () -> [SocketEntry] in
            var sockets: [SocketEntry] = []
            if let room { sockets.reserveCapacity(room) }
            return sockets
        }, { sockets, socket in sockets.append(socket) })
        return SocketSnapshot(sockets: sockets, source: "netlink", warnings: warnings)
    }

    public func tally<Tally: SocketTally>(_ query: SocketQuery, into tally: Tally) throws(SocketSourceError) -> Tallied<Tally> {
        var connection = try NetlinkConnection()
        let room = Self.room(for: query)
        let (result, warnings) = try fill(query, on: &connection, start: { () -> Tally in
            var fresh = tally
            if let room { fresh.reserveCapacity(room) }
            return fresh
        }, { tally, socket in tally.add(socket) })
        return Tallied(tally: result, source: "netlink", warnings: warnings)
    }

    /// Gives every socket that matches `query` to `visit` as the replies arrive, for each
    /// protocol asked, into what `start` makes; when the kernel flags a dump as interrupted
    /// (`NLM_F_DUMP_INTR`: the tables changed under the walk), everything starts again from
    /// `start` (up to ``NetlinkConnection/interruptedRetries`` times), so a socket is never
    /// missed or given twice. Returns the result and the warnings.
    func fill<Folded>(
        _ query: SocketQuery, on connection: inout NetlinkConnection, start: () -> Folded, _ visit: (inout Folded, SocketEntry) -> Void
    ) throws(SocketSourceError) -> (Folded, [String]) {
        // The kernel keeps the sockets on the ports (a superset when the port set is too
        // large for one program); the query's matcher keeps exactly the ones asked for.
        let filter = InetDiagBytecode.anyPortEquals(Array(query.ports), localOnly: query.localPortsOnly)
        let matcher = SocketQuery.Matcher(query)
        let matching = { (result: inout Folded, socket: SocketEntry) in if matcher.matches(socket) { visit(&result, socket) } }
        var lastRequest = ""
        for _ in 0...NetlinkConnection.interruptedRetries {
            var result = start()
            var warnings: [String] = []
            do {
                for transport in SocketProtocol.allCases where query.protocols.contains(transport) {
                    do {
                        try dumps(transport, query, bytecode: filter, on: &connection, into: &result, matching)
                    } catch let SocketSourceError.kernel(_, errno) where errno == .invalidArgument && !filter.isEmpty {
                        // A kernel that refuses the filter: every socket, filtered here.
                        try dumps(transport, query, bytecode: [], on: &connection, into: &result, matching)
                        warnings.append("the kernel refused the port filter; portscope filtered the sockets itself")
                    }
                }
                return (result, warnings)
            } catch let .interrupted(request, _) {
                lastRequest = request
            }
        }
        throw .interrupted(request: lastRequest, times: NetlinkConnection.interruptedRetries + 1)
    }

    /// Room for every socket of a dump of all of them (nil for a narrower question): made at
    /// once, instead of doubling (and copying, and faulting in fresh pages) up to 100,000.
    static func room(for query: SocketQuery) -> Int? {
        guard query.ports.isEmpty, !query.listeningOnly, let expected = expectedSocketCount(root: .default) else { return nil }
        return expected + expected / 16 + 64
    }

    /// How many TCP and UDP sockets this network namespace has (`/proc/net/sockstat`), as a
    /// capacity hint; nil when unreadable.
    static func expectedSocketCount(root: ProcRoot) -> Int? {
        guard let text = try? SystemFile.readText(root.path("net/sockstat"), sizeHint: 1024) else { return nil }
        var total = 0
        for line in text.split(separator: "\n") where line.hasPrefix("TCP:") || line.hasPrefix("UDP:") {
            let words = line.split(separator: " ")
            for (index, word) in words.enumerated() where (word == "inuse" || word == "tw") && index + 1 < words.count {
                total += Int(words[index + 1]) ?? 0
            }
        }
        return total
    }

    /// The dumps for one protocol: one per family, or for TCP over both families one
    /// combined dump (the kernel walks its table once), falling back to one per family
    /// where the combined request is refused; each socket goes to `visit` as it is decoded.
    func dumps<Folded>(
        _ transport: SocketProtocol, _ query: SocketQuery, bytecode: [UInt8], on connection: inout NetlinkConnection,
        into result: inout Folded, _ visit: (inout Folded, SocketEntry) -> Void
    ) throws(SocketSourceError) {
        let families = AddressFamily.allCases.filter(query.families.contains)
        let states = states(for: transport, query)
        if transport == .tcp, families.count == 2, combinedTCP {
            var combined = InetDiagRequest(family: .ipv4, transport: .tcp, states: states, bytecode: bytecode, sequence: connection.nextSequence(), anyFamily: true)
            combined.extensions = query.withTCPInfo ? NetlinkConstants.extensionInfo : 0
            do {
                try connection.dump(combined, networkNamespace: networkNamespace, into: &result, visit)
                return
            } catch let SocketSourceError.kernel(_, errno) where errno != .invalidArgument {
                // No TCPDIAG_GETSOCK on this kernel (EINVAL is the bytecode's: let the caller see it).
            }
        }
        for family in families {
            var request = InetDiagRequest(family: family, transport: transport, states: states, bytecode: bytecode, sequence: connection.nextSequence())
            request.extensions = transport == .tcp && query.withTCPInfo ? NetlinkConstants.extensionInfo : 0
            try connection.dump(request, networkNamespace: networkNamespace, into: &result, visit)
        }
    }

    /// The state mask: LISTEN only for TCP listeners; UDP needs bit 7 (TCP_CLOSE) for unconnected sockets.
    func states(for transport: SocketProtocol, _ query: SocketQuery) -> UInt32 {
        guard query.listeningOnly else { return .max }
        return transport == .tcp ? 1 << 10 : 1 << 7
    }
}

/// One NETLINK_SOCK_DIAG socket, owned by one user at a time and closed when dropped.
struct NetlinkConnection: ~Copyable {
    let fd: Int32
    private var sequence: UInt32 = 0
    private var buffer = [UInt8](repeating: 0, count: NetlinkConnection.bufferSize)

    /// A fresh sequence number for the next request.
    mutating func nextSequence() -> UInt32 {
        sequence &+= 1
        return sequence
    }
    static let bufferSize = 64 * 1024

    /// How long one receive may wait for the kernel: a dump whose end never comes (a
    /// missing `NLMSG_DONE`) fails after this instead of hanging.
    static let receiveTimeout = 10.0
    /// How many times a dump the kernel flags as interrupted (`NLM_F_DUMP_INTR`: the tables
    /// changed while it walked them) is taken again.
    static let interruptedRetries = 3

    init() throws(SocketSourceError) {
        fd = socket(AF_NETLINK, Int32(SOCK_RAW.rawValue) | Int32(SOCK_CLOEXEC.rawValue), NetlinkConstants.netlinkSockDiag)
        guard fd >= 0 else { throw .netlink(operation: "socket", errno: .current) }
        var timeout = timeval(tv_sec: Int(Self.receiveTimeout), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit {
        _ = Glibc.close(fd)
    }

    /// One dump given to `visit` one socket at a time as the replies arrive (each datagram
    /// decoded, visited and dropped). Throws ``SocketSourceError/interrupted(request:times:)``
    /// after reading the whole reply when the kernel flagged it as interrupted: `result` then
    /// holds a walk of a changing table, and the caller starts again.
    mutating func dump<Folded>(
        _ request: InetDiagRequest, networkNamespace: UInt64?, into result: inout Folded, _ visit: (inout Folded, SocketEntry) -> Void
    ) throws(SocketSourceError) {
        try send(request.encode())
        var interrupted = false
        var received = 0
        while true {
            // A dump longer than a few datagrams (thousands of sockets) is received on another
            // thread while this one decodes.
            if received == Self.datagramsBeforePipelining, let rest = try pipelinedRest(request, networkNamespace: networkNamespace, into: &result, visit) {
                interrupted = interrupted || rest
                break
            }
            let count = try Self.receive(fd, into: &buffer)
            let batch = try Self.decode(buffer, count: count, request, networkNamespace: networkNamespace) { visit(&result, $0) }
            received += 1
            interrupted = interrupted || batch.interrupted
            if batch.done { break }
        }
        if interrupted { throw .interrupted(request: request.name, times: 1) }
    }

    /// Datagrams received and decoded by one thread before a second one takes the receiving.
    static let datagramsBeforePipelining = 2

    /// The rest of a dump, received by a second thread (``DatagramPipe``) and decoded here;
    /// returns whether the kernel flagged it as interrupted, or nil (nothing read) when no
    /// thread could be started.
    private mutating func pipelinedRest<Folded>(
        _ request: InetDiagRequest, networkNamespace: UInt64?, into result: inout Folded, _ visit: (inout Folded, SocketEntry) -> Void
    ) throws(SocketSourceError) -> Bool? {
        let pipe = DatagramPipe()
        let (fd, sequence, size) = (self.fd, request.sequence, buffer.count)
        let receiver = DedicatedThread.start {
            defer { pipe.receiverFinished() }
            while true {
                var buffer = pipe.reusableBuffer() ?? [UInt8](repeating: 0, count: size)
                let received = Result { () throws(SocketSourceError) in try Self.receive(fd, into: &buffer) }
                switch received {
                case let .failure(error):
                    _ = pipe.push(.failed(error))
                    return
                case let .success(count):
                    let last = buffer.withUnsafeBytes { NetlinkReplyDecoder.endsDump(UnsafeRawBufferPointer(rebasing: $0[0..<count]), sequence: sequence) }
                    guard pipe.push(.datagram(buffer, count: count)), !last else { return }
                }
            }
        }
        guard let receiver else { return nil }
        defer {
            pipe.stop()
            receiver.value()
        }
        var interrupted = false
        while true {
            switch pipe.pop() {
            case let .failed(error):
                throw error
            case let .datagram(bytes, count):
                let batch = try Self.decode(bytes, count: count, request, networkNamespace: networkNamespace) { visit(&result, $0) }
                pipe.recycle(bytes)
                interrupted = interrupted || batch.interrupted
                if batch.done { return interrupted }
            }
        }
    }

    /// Decodes the first `count` bytes of `bytes`, replies to `request`, giving each socket to
    /// `visit`; the batch returned says whether the dump is done or was interrupted.
    private static func decode(
        _ bytes: [UInt8], count: Int, _ request: InetDiagRequest, networkNamespace: UInt64?, visit: (SocketEntry) -> Void
    ) throws(SocketSourceError) -> NetlinkReplyDecoder.Batch {
        let decoded = bytes.withUnsafeBytes { raw in
            Result { () throws(NetlinkReplyDecoder.Failure) in
                try NetlinkReplyDecoder.decode(
                    UnsafeRawBufferPointer(rebasing: raw[0..<count]), sequence: request.sequence,
                    transport: request.transport, networkNamespace: networkNamespace, visit: visit
                )
            }
        }
        switch decoded {
        case let .success(batch): return batch
        case let .failure(.kernel(code)): throw .kernel(request: request.name, errno: Errno(rawValue: code))
        case let .failure(.malformed(reason)): throw .malformed(reason: reason)
        }
    }

    /// Looks up one socket; nil when it no longer exists (ENOENT).
    mutating func lookUp(_ request: InetDiagRequest, networkNamespace: UInt64?) throws(SocketSourceError) -> SocketEntry? {
        try send(request.encode())
        do {
            let received = try Self.receive(fd, into: &buffer)
            var found: SocketEntry?
            _ = try Self.decode(buffer, count: received, request, networkNamespace: networkNamespace) { found = found ?? $0 }
            return found
        } catch .kernel(_, errno: .noSuchFileOrDirectory) {
            return nil
        }
    }

    private func send(_ bytes: [UInt8]) throws(SocketSourceError) {
        var address = sockaddr_nl()
        address.nl_family = sa_family_t(AF_NETLINK)
        while true {
            let sent = bytes.withUnsafeBytes { raw in
                withUnsafePointer(to: &address) { pointer in
                    pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        sendto(fd, raw.baseAddress, raw.count, 0, $0, socklen_t(MemoryLayout<sockaddr_nl>.size))
                    }
                }
            }
            if sent >= 0 { return }
            if errno == EINTR { continue }
            throw .netlink(operation: "sendto", errno: .current)
        }
    }

    /// Receives one datagram from `fd` into `buffer`; a datagram larger than the buffer is an
    /// error (never expected: the kernel sizes dump messages to the reader's buffer).
    private static func receive(_ fd: Int32, into buffer: inout [UInt8]) throws(SocketSourceError) -> Int {
        while true {
            let count = buffer.withUnsafeMutableBytes { raw -> Int in
                var iov = iovec(iov_base: raw.baseAddress, iov_len: raw.count)
                return withUnsafeMutablePointer(to: &iov) { iovPointer in
                    var message = msghdr()
                    message.msg_iov = iovPointer
                    message.msg_iovlen = 1
                    let got = recvmsg(fd, &message, 0)
                    if got >= 0, message.msg_flags & Int32(MSG_TRUNC) != 0 { return -2 }
                    return got
                }
            }
            if count == -2 { throw .malformed(reason: "a reply did not fit in \(buffer.count) bytes") }
            if count >= 0 { return count }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK { throw .timedOut(request: "sock_diag", seconds: Self.receiveTimeout) }
            throw .netlink(operation: "recvmsg", errno: .current)
        }
    }
}

/// A netlink source that keeps its socket open between snapshots, for `watch`'s repeated
/// samples (one socket and buffer for the whole run instead of one per sample), and can
/// sample incrementally: walking the kernel's connection table costs about 0.1–0.2 µs per
/// socket on the host, so when `/proc/net/snmp` shows no new TCP connection it only lists
/// listeners and UDP sockets and looks the known connections up one by one.
public final class RepeatingNetlinkSource: IncrementalSocketSource {
    private let source = NetlinkSocketSource()
    /// The open connection, if any; a broken one is dropped (closed) and reopened next time.
    private let connection = Mutex<NetlinkConnection?>(nil)
    private let root: ProcRoot

    public init(root: ProcRoot = .default) {
        self.root = root
    }

    public func snapshot(_ query: SocketQuery) throws(SocketSourceError) -> SocketSnapshot {
        let source = self.source
        return try withConnection { (connection: inout NetlinkConnection) throws(SocketSourceError) in try source.snapshot(query, on: &connection) }
    }

    public func tcpOpenCounter() -> UInt64? {
        (try? SystemFile.readText(root.path("net/snmp"), sizeHint: 8192)).flatMap(SnmpParser.tcpOpens)
    }

    public func listenersAndUDP(_ query: SocketQuery) throws(SocketSourceError) -> [SocketEntry] {
        var listeners = query
        listeners.protocols = query.protocols.intersection([.tcp])
        listeners.listeningOnly = true
        var udp = query
        udp.protocols = query.protocols.intersection([.udp])
        let source = self.source
        return try withConnection { (connection: inout NetlinkConnection) throws(SocketSourceError) in
            (listeners.protocols.isEmpty ? [] : try source.snapshot(listeners, on: &connection).sockets)
                + (udp.protocols.isEmpty ? [] : try source.snapshot(udp, on: &connection).sockets)
        }
    }

    public func lookUp(_ sockets: [SocketEntry]) throws(SocketSourceError) -> [SocketEntry] {
        try withConnection { (connection: inout NetlinkConnection) throws(SocketSourceError) in
            var found: [SocketEntry] = []
            for socket in sockets where socket.transport == .tcp && socket.remote != nil {
                let request = InetDiagRequest.lookUp(socket, sequence: connection.nextSequence())
                if let current = try connection.lookUp(request, networkNamespace: nil) {
                    found.append(current)
                }
            }
            return found
        }
    }

    private func withConnection<T: Sendable>(_ body: (inout NetlinkConnection) throws(SocketSourceError) -> T) throws(SocketSourceError) -> T {
        try connection.withLock { (slot: inout NetlinkConnection?) throws(SocketSourceError) -> T in
            var open: NetlinkConnection
            if let existing = slot.take() {
                open = existing
            } else {
                open = try NetlinkConnection()
            }
            // A broken socket is not reused: on an error it is dropped here, and closed.
            let result = try body(&open)
            slot = consume open
            return result
        }
    }
}
#endif
