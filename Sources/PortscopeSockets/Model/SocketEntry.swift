/// One socket as the kernel reports it (before any process is attached).
public struct SocketEntry: Hashable, Sendable {
    public var transport: SocketProtocol
    public var family: AddressFamily
    public var local: Endpoint
    /// Nil for listeners and unconnected UDP sockets (remote port 0 and unspecified address).
    public var remote: Endpoint?
    public var state: SocketState
    /// The socket's inode (matches `socket:[N]` links in `/proc/PID/fd`); 0 for TIME_WAIT,
    /// request and orphaned sockets, which no process holds.
    public var inode: UInt64
    /// The owning user id (the user that created the socket).
    public var uid: UInt32
    /// The kernel's socket cookie (netlink only), stable for the socket's life.
    public var cookie: UInt64?
    /// The network namespace the socket was seen in (inode of `/proc/PID/ns/net`); nil for
    /// the caller's own namespace.
    public var networkNamespace: UInt64?
    /// For IPv6 listeners and bound UDP sockets: whether `IPV6_V6ONLY` is set (false means a
    /// `[::]` socket also takes IPv4). Nil when unknown (other states, `/proc/net`).
    public var v6Only: Bool?
    /// The socket's queues, from netlink (nil from `/proc/net`, which has no listener maximum).
    public var queues: SocketQueues?
    /// The connection's traffic (`tcp_info`), when it was asked for (TCP only).
    public var tcpInfo: TCPInfo? {
        get { packedTCPInfo.unpacked }
        set { packedTCPInfo = PackedTCPInfo(newValue) }
    }
    /// `tcpInfo` inline and packed (56 bytes, not the 104 of ``TCPInfo``'s optionals): no
    /// allocation per connection, and an entry stays a plain value that is copied and freed
    /// without reference counting (a box per entry cost a 100,000-socket snapshot about a
    /// fifth of its user time in `malloc`, retains and releases).
    var packedTCPInfo = PackedTCPInfo(nil)

    /// For a TCP listener: connections waiting to be accepted, and the most that may wait.
    public var acceptQueue: (current: UInt32, maximum: UInt32)? {
        guard transport == .tcp, state == .listen, let queues else { return nil }
        return (queues.receive, queues.send)
    }

    public init(
        transport: SocketProtocol, family: AddressFamily, local: Endpoint, remote: Endpoint?, state: SocketState,
        inode: UInt64, uid: UInt32, cookie: UInt64? = nil, networkNamespace: UInt64? = nil, v6Only: Bool? = nil,
        queues: SocketQueues? = nil, tcpInfo: TCPInfo? = nil
    ) {
        self.queues = queues
        self.packedTCPInfo = PackedTCPInfo(tcpInfo)
        self.transport = transport
        self.family = family
        self.local = local
        self.remote = remote
        self.state = state
        self.inode = inode
        self.uid = uid
        self.cookie = cookie
        self.networkNamespace = networkNamespace
        self.v6Only = v6Only
    }

    /// Whether the local or the remote port is `port`.
    public func uses(port: UInt16) -> Bool {
        local.port == port || remote?.port == port
    }

    /// The local endpoint as `ss` prints it: `*:8082` for a dual-stack `[::]` socket (it takes
    /// IPv4 too), `[::]:8086` for one with `IPV6_V6ONLY`, else the address and port.
    public var localDescription: String {
        if family == .ipv6, local.address.isUnspecified, v6Only == false { return "*:\(local.port)" }
        return local.description
    }

    /// TCP LISTEN, or a bound UDP socket with no peer.
    public var isListening: Bool {
        state == .listen || (transport == .udp && remote == nil && local.port != 0)
    }
}
