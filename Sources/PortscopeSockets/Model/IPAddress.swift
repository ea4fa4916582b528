import PortscopeSystem

/// An IPv4 or IPv6 address as network-order bytes.
public struct IPAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// 4 bytes for IPv4, 16 for IPv6, in network order.
    public let bytes: [UInt8]

    /// An address from network-order bytes; nil unless there are 4 or 16 of them.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 4 || bytes.count == 16 else { return nil }
        self.bytes = bytes
    }

    public static let anyIPv4 = IPAddress(bytes: [0, 0, 0, 0])!
    public static let anyIPv6 = IPAddress(bytes: [UInt8](repeating: 0, count: 16))!
    public static let loopbackIPv4 = IPAddress(bytes: [127, 0, 0, 1])!
    public static let loopbackIPv6 = IPAddress(bytes: [UInt8](repeating: 0, count: 15) + [1])!

    public var family: AddressFamily { bytes.count == 4 ? .ipv4 : .ipv6 }

    /// `0.0.0.0` or `::`: the socket is bound to every address.
    public var isUnspecified: Bool { bytes.allSatisfy { $0 == 0 } }

    /// `127.0.0.0/8`, `::1`, or `::ffff:127.x.y.z`.
    public var isLoopback: Bool {
        if bytes.count == 4 { return bytes[0] == 127 }
        if let v4 = ipv4Mapped { return v4.isLoopback }
        return self == .loopbackIPv6
    }

    /// The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`).
    public var ipv4Mapped: IPAddress? {
        guard bytes.count == 16, bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF else {
            return nil
        }
        return IPAddress(bytes: Array(bytes[12..<16]))
    }

    /// Dotted quad for IPv4; RFC 5952 text for IPv6 (`::1`, `fe80::1`, `::ffff:127.0.0.1`).
    public var description: String {
        if bytes.count == 4 {
            return bytes.map(String.init).joined(separator: ".")
        }
        if let v4 = ipv4Mapped {
            return "::ffff:" + v4.description
        }
        var groups: [UInt16] = []
        for index in stride(from: 0, to: 16, by: 2) {
            groups.append(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
        }
        // The longest run of two or more zero groups becomes "::" (first one on ties).
        var bestStart = -1
        var bestLength = 0
        var index = 0
        while index < 8 {
            if groups[index] == 0 {
                var end = index
                while end < 8, groups[end] == 0 { end += 1 }
                if end - index > bestLength, end - index >= 2 {
                    bestStart = index
                    bestLength = end - index
                }
                index = end
            } else {
                index += 1
            }
        }
        let hex = groups.map { String($0, radix: 16) }
        guard bestStart >= 0 else { return hex.joined(separator: ":") }
        let head = hex[..<bestStart].joined(separator: ":")
        let tail = hex[(bestStart + bestLength)...].joined(separator: ":")
        return head + "::" + tail
    }

    /// Parses IPv4 (`127.0.0.1`) or IPv6 (`::1`, `::ffff:127.0.0.1`) text with `inet_pton`;
    /// brackets around IPv6 (`[::1]`) are accepted.
    public init?(_ text: String) {
        var text = text
        if text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            self.bytes = withUnsafeBytes(of: &v4) { Array($0) }
            return
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            self.bytes = withUnsafeBytes(of: &v6) { Array($0) }
            return
        }
        return nil
    }

    public static func < (lhs: IPAddress, rhs: IPAddress) -> Bool {
        lhs.bytes.count != rhs.bytes.count ? lhs.bytes.count < rhs.bytes.count : lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }
}

