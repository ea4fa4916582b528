/// The address family of a socket: an IPv4-mapped address on an IPv6 socket stays `ipv6`.
public enum AddressFamily: String, CaseIterable, Sendable, Hashable, Codable {
    case ipv4, ipv6
}

/// The transport protocol of a socket.
public enum SocketProtocol: String, CaseIterable, Sendable, Hashable, Codable {
    case tcp, udp
}
