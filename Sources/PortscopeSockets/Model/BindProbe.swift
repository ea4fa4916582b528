import PortscopeSystem

/// A bind to try: address, port, protocol and the options a typical server sets.
public struct BindAttempt: Sendable, Hashable {
    public var address: IPAddress
    public var port: UInt16
    public var transport: SocketProtocol
    /// SO_REUSEADDR (servers set it so TIME_WAIT sockets do not block a restart).
    public var reuseAddress: Bool
    /// IPV6_V6ONLY for an IPv6 address (false: `[::]` also takes IPv4).
    public var v6Only: Bool
    /// Also call listen() for TCP (the moment a real server would fail with EADDRINUSE).
    public var listen: Bool

    public init(address: IPAddress, port: UInt16, transport: SocketProtocol, reuseAddress: Bool = true, v6Only: Bool = false, listen: Bool = true) {
        self.address = address
        self.port = port
        self.transport = transport
        self.reuseAddress = reuseAddress
        self.v6Only = v6Only
        self.listen = listen
    }
}

/// Tries binds for real, releasing each socket at once.
public protocol BindProbe: Sendable {
    /// Nil when the bind (and listen) succeeded; the error otherwise.
    func attempt(_ bind: BindAttempt) -> Errno?
}
