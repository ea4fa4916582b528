/// The address family of a socket: an IPv4-mapped address on an IPv6 socket stays `ipv6`.
public enum AddressFamily: String, CaseIterable, Sendable, Hashable, Codable {
    case ipv4, ipv6

    /// Hashes the case, not its raw value (a raw-value enum's default hashes the string).
    public func hash(into hasher: inout Hasher) { hasher.combine(self == .ipv6) }
}

/// The transport protocol of a socket.
public enum SocketProtocol: String, CaseIterable, Sendable, Hashable, Codable {
    case tcp, udp

    /// Hashes the case, not its raw value (a raw-value enum's default hashes the string).
    public func hash(into hasher: inout Hasher) { hasher.combine(self == .udp) }

    /// Its position in `allCases`, for counters kept in arrays.
    public var ordinal: Int { self == .tcp ? 0 : 1 }
}
