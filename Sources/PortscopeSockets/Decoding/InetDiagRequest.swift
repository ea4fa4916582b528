/// Builds a sock_diag dump request: `nlmsghdr` + `inet_diag_req_v2` + optional bytecode.
public struct InetDiagRequest: Sendable, Equatable {
    public var family: AddressFamily
    public var transport: SocketProtocol
    /// Bitmask of wanted states, `1 << state` (`0xFFFFFFFF` for all).
    public var states: UInt32
    /// A filter program (``InetDiagBytecode``), or empty for none.
    public var bytecode: [UInt8]
    public var sequence: UInt32

    /// Both IPv4 and IPv6 TCP in one dump, with the older `TCPDIAG_GETSOCK` request and
    /// family `AF_UNSPEC`: the kernel walks its connection table once instead of once per
    /// family (about half the cost on a busy host). TCP only; nil family means any.
    public var anyFamily: Bool

    /// For a lookup of one socket (no dump): its identity.
    public var socket: SocketEntry?

    /// A request for exactly `socket` (matched by protocol, family, addresses and ports).
    public static func lookUp(_ socket: SocketEntry, sequence: UInt32) -> InetDiagRequest {
        var request = InetDiagRequest(family: socket.family, transport: socket.transport, sequence: sequence)
        request.socket = socket
        return request
    }

    public init(family: AddressFamily, transport: SocketProtocol, states: UInt32 = .max, bytecode: [UInt8] = [], sequence: UInt32, anyFamily: Bool = false) {
        self.family = family
        self.transport = transport
        self.states = states
        self.bytecode = bytecode
        self.sequence = sequence
        self.anyFamily = anyFamily && transport == .tcp
    }

    /// The request's bytes, ready for `sendto` to the kernel (netlink port 0).
    ///
    /// `inet_diag_req_v2` is family, protocol, ext, pad, states (u32), sockid (48 bytes);
    /// the older `inet_diag_req` (for ``anyFamily``) is family, src_len, dst_len, ext, sockid,
    /// states (u32), dbs (u32), and implies TCP by its message type.
    public func encode() -> [UInt8] {
        let attributeLength = bytecode.isEmpty ? 0 : 4 + bytecode.count
        let body = anyFamily ? NetlinkConstants.legacyRequestSize : NetlinkConstants.requestSize
        let total = NetlinkConstants.headerSize + body + NetlinkConstants.align(attributeLength)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(total)
        append(UInt32(total), to: &bytes)
        append(anyFamily ? NetlinkConstants.tcpDiagGetSock : NetlinkConstants.sockDiagByFamily, to: &bytes)
        append(socket == nil ? NetlinkConstants.flagRequest | NetlinkConstants.flagDump : NetlinkConstants.flagRequest, to: &bytes)
        append(sequence, to: &bytes)
        append(UInt32(0), to: &bytes)
        if anyFamily {
            bytes += [0, 0, 0, 0] // AF_UNSPEC, src_len, dst_len, ext
            bytes += [UInt8](repeating: 0, count: 48)
            append(states, to: &bytes)
            append(UInt32(0), to: &bytes) // dbs
        } else {
            bytes.append(family == .ipv4 ? NetlinkConstants.familyIPv4 : NetlinkConstants.familyIPv6)
            bytes.append(transport == .tcp ? NetlinkConstants.protocolTCP : NetlinkConstants.protocolUDP)
            bytes.append(0) // idiag_ext: no extensions
            bytes.append(0) // pad
            append(states, to: &bytes)
            bytes += sockid()
        }
        if !bytecode.isEmpty {
            append(UInt16(attributeLength), to: &bytes)
            append(NetlinkConstants.attributeBytecode, to: &bytes)
            bytes += bytecode
            bytes += [UInt8](repeating: 0, count: NetlinkConstants.align(attributeLength) - attributeLength)
        }
        return bytes
    }

    /// `inet_diag_sockid`: zero for a dump; for a lookup the ports (big-endian), the
    /// addresses (IPv4 in the first 4 of 16 bytes), no interface and no cookie (~0).
    func sockid() -> [UInt8] {
        guard let socket else { return [UInt8](repeating: 0, count: 48) }
        var bytes: [UInt8] = []
        withUnsafeBytes(of: socket.local.port.bigEndian) { bytes += $0 }
        withUnsafeBytes(of: (socket.remote?.port ?? 0).bigEndian) { bytes += $0 }
        for address in [socket.local.address, socket.remote?.address ?? (socket.family == .ipv4 ? .anyIPv4 : .anyIPv6)] {
            bytes += address.bytes + [UInt8](repeating: 0, count: 16 - address.bytes.count)
        }
        bytes += [0, 0, 0, 0]                                   // idiag_if
        bytes += [UInt8](repeating: 0xFF, count: 8)             // INET_DIAG_NOCOOKIE
        return bytes
    }

    /// "tcp/ipv4"-style name for messages.
    public var name: String { anyFamily ? "tcp" : "\(transport.rawValue)/\(family.rawValue)" }

    private func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value) { bytes += $0 }
    }
}
