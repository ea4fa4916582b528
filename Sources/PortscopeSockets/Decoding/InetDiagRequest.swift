/// Builds a sock_diag dump request: `nlmsghdr` + `inet_diag_req_v2` + optional bytecode.
public struct InetDiagRequest: Sendable, Equatable {
    public var family: AddressFamily
    public var transport: SocketProtocol
    /// Bitmask of wanted states, `1 << state` (`0xFFFFFFFF` for all).
    public var states: UInt32
    /// A filter program (``InetDiagBytecode``), or empty for none.
    public var bytecode: [UInt8]
    public var sequence: UInt32
    /// `idiag_ext`: attributes to add to each reply (``NetlinkConstants/extensionInfo``
    /// asks for `tcp_info`).
    public var extensions: UInt8 = 0

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
            bytes += [0, 0, 0, extensions] // AF_UNSPEC, src_len, dst_len, ext
            bytes += [UInt8](repeating: 0, count: 48)
            append(states, to: &bytes)
            append(UInt32(0), to: &bytes) // dbs
        } else {
            bytes.append(family == .ipv4 ? NetlinkConstants.familyIPv4 : NetlinkConstants.familyIPv6)
            bytes.append(transport == .tcp ? NetlinkConstants.protocolTCP : NetlinkConstants.protocolUDP)
            bytes.append(extensions) // idiag_ext
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

    /// Decodes a request made by ``encode()`` (for tests and the fuzzer: every request
    /// portscope sends can be read back); nil for anything else. A lookup's socket comes back
    /// with its identity only (addresses and ports; state ESTABLISHED, no inode or uid).
    public init?(decoding bytes: [UInt8]) {
        let header = NetlinkConstants.headerSize
        guard bytes.count >= header else { return nil }
        func u16(_ offset: Int) -> UInt16 { UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8 }
        func u32(_ offset: Int) -> UInt32 { UInt32(u16(offset)) | UInt32(u16(offset + 2)) << 16 }
        let total = Int(u32(0))
        let type = u16(4)
        let flags = u16(6)
        guard total == bytes.count else { return nil }
        let anyFamily = type == NetlinkConstants.tcpDiagGetSock
        guard anyFamily || type == NetlinkConstants.sockDiagByFamily else { return nil }
        let body = anyFamily ? NetlinkConstants.legacyRequestSize : NetlinkConstants.requestSize
        guard bytes.count >= header + body else { return nil }
        let family: AddressFamily
        let transport: SocketProtocol
        let states: UInt32
        let sockid: Int
        let extensions: UInt8
        if anyFamily {
            guard bytes[header] == 0 else { return nil }
            extensions = bytes[header + 3]
            family = .ipv4
            transport = .tcp
            sockid = header + 4
            states = u32(header + 4 + 48)
        } else {
            switch bytes[header] {
            case NetlinkConstants.familyIPv4: family = .ipv4
            case NetlinkConstants.familyIPv6: family = .ipv6
            default: return nil
            }
            switch bytes[header + 1] {
            case NetlinkConstants.protocolTCP: transport = .tcp
            case NetlinkConstants.protocolUDP: transport = .udp
            default: return nil
            }
            extensions = bytes[header + 2]
            states = u32(header + 4)
            sockid = header + 8
        }
        var bytecode: [UInt8] = []
        var offset = header + body
        if offset < bytes.count {
            guard offset + 4 <= bytes.count, u16(offset + 2) == NetlinkConstants.attributeBytecode else { return nil }
            let length = Int(u16(offset))
            guard length > 4, offset + length <= bytes.count else { return nil }
            bytecode = Array(bytes[(offset + 4)..<(offset + length)])
            offset += NetlinkConstants.align(length)
            guard offset == bytes.count else { return nil }
        }
        self.init(family: family, transport: transport, states: states, bytecode: bytecode, sequence: u32(8), anyFamily: anyFamily)
        self.extensions = extensions
        let isDump = flags & NetlinkConstants.flagDump != 0
        if !isDump {
            guard !anyFamily else { return nil }
            let count = family == .ipv4 ? 4 : 16
            let local = Array(bytes[(sockid + 4)..<(sockid + 4 + count)])
            let remote = Array(bytes[(sockid + 20)..<(sockid + 20 + count)])
            guard let localAddress = IPAddress(bytes: local), let remoteAddress = IPAddress(bytes: remote) else { return nil }
            let localPort = UInt16(bytes[sockid]) << 8 | UInt16(bytes[sockid + 1])
            let remotePort = UInt16(bytes[sockid + 2]) << 8 | UInt16(bytes[sockid + 3])
            socket = SocketEntry(transport: transport, family: family, local: Endpoint(address: localAddress, port: localPort),
                                 remote: Endpoint(address: remoteAddress, port: remotePort), state: .established, inode: 0, uid: 0)
        }
    }

    /// "tcp/ipv4"-style name for messages.
    public var name: String { anyFamily ? "tcp" : "\(transport.rawValue)/\(family.rawValue)" }

    private func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value) { bytes += $0 }
    }
}
