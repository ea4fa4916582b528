#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PortscopeSystem

/// An IPv4 or IPv6 address.
///
/// Stored inline as two 64-bit words holding the network-order bytes (IPv4 in the first four),
/// so decoding 100,000 sockets allocates nothing per address.
public struct IPAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    private let high: UInt64
    private let low: UInt64
    public let family: AddressFamily

    /// An address from network-order bytes; nil unless there are 4 or 16 of them.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 4 || bytes.count == 16 else { return nil }
        self.init(unchecked: bytes)
    }

    private init(unchecked bytes: [UInt8]) {
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyBytes(from: bytes) }
        high = words.0
        low = words.1
        family = bytes.count == 4 ? .ipv4 : .ipv6
    }

    /// An address from `count` (4 or 16) network-order bytes at `offset` of `buffer`; nil when
    /// they are not all inside it.
    public init?(_ buffer: UnsafeRawBufferPointer, offset: Int, family: AddressFamily) {
        var words: (UInt64, UInt64) = (0, 0)
        let count = family == .ipv4 ? 4 : 16
        guard offset >= 0, offset <= buffer.count - count else { return nil }
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + count)])) }
        high = words.0
        low = words.1
        self.family = family
    }

    /// Byte `index` of the network-order bytes.
    @inline(__always) func byte(_ index: Int) -> UInt8 {
        withUnsafeBytes(of: (high, low)) { $0[index] }
    }

    /// The network-order bytes: 4 for IPv4, 16 for IPv6.
    public var bytes: [UInt8] {
        var words = (high, low)
        return withUnsafeBytes(of: &words) { Array($0.prefix(family == .ipv4 ? 4 : 16)) }
    }

    public static let anyIPv4 = IPAddress(bytes: [0, 0, 0, 0])!
    public static let anyIPv6 = IPAddress(bytes: [UInt8](repeating: 0, count: 16))!
    public static let loopbackIPv4 = IPAddress(bytes: [127, 0, 0, 1])!
    public static let loopbackIPv6 = IPAddress(bytes: [UInt8](repeating: 0, count: 15) + [1])!

    /// `0.0.0.0` or `::`: the socket is bound to every address.
    public var isUnspecified: Bool { high == 0 && low == 0 }

    /// `127.0.0.0/8`, `::1`, or `::ffff:127.x.y.z`.
    public var isLoopback: Bool {
        if family == .ipv4 { return byte(0) == 127 }
        if let v4 = ipv4Mapped { return v4.isLoopback }
        return self == .loopbackIPv6
    }

    /// The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`).
    public var ipv4Mapped: IPAddress? {
        guard family == .ipv6, (0..<10).allSatisfy({ byte($0) == 0 }), byte(10) == 0xFF, byte(11) == 0xFF else {
            return nil
        }
        return IPAddress(bytes: [byte(12), byte(13), byte(14), byte(15)])
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
            self.init(unchecked: withUnsafeBytes(of: &v4) { Array($0) })
            return
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            self.init(unchecked: withUnsafeBytes(of: &v6) { Array($0) })
            return
        }
        return nil
    }

    public static func < (lhs: IPAddress, rhs: IPAddress) -> Bool {
        if lhs.family != rhs.family { return lhs.family == .ipv4 }
        return lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }
}

