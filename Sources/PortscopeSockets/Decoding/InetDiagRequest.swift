/// Builds a sock_diag dump request: `nlmsghdr` + `inet_diag_req_v2` + optional bytecode.
public struct InetDiagRequest: Sendable, Equatable {
    public var family: AddressFamily
    public var transport: SocketProtocol
    /// Bitmask of wanted states, `1 << state` (`0xFFFFFFFF` for all).
    public var states: UInt32
    /// A filter program (``InetDiagBytecode``), or empty for none.
    public var bytecode: [UInt8]
    public var sequence: UInt32

    public init(family: AddressFamily, transport: SocketProtocol, states: UInt32 = .max, bytecode: [UInt8] = [], sequence: UInt32) {
        self.family = family
        self.transport = transport
        self.states = states
        self.bytecode = bytecode
        self.sequence = sequence
    }

    /// The request's bytes, ready for `sendto` to the kernel (netlink port 0).
    public func encode() -> [UInt8] {
        let attributeLength = bytecode.isEmpty ? 0 : 4 + bytecode.count
        let total = NetlinkConstants.headerSize + NetlinkConstants.requestSize + NetlinkConstants.align(attributeLength)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(total)
        append(UInt32(total), to: &bytes)
        append(NetlinkConstants.sockDiagByFamily, to: &bytes)
        append(NetlinkConstants.flagRequest | NetlinkConstants.flagDump, to: &bytes)
        append(sequence, to: &bytes)
        append(UInt32(0), to: &bytes)
        // inet_diag_req_v2
        bytes.append(family == .ipv4 ? NetlinkConstants.familyIPv4 : NetlinkConstants.familyIPv6)
        bytes.append(transport == .tcp ? NetlinkConstants.protocolTCP : NetlinkConstants.protocolUDP)
        bytes.append(0) // idiag_ext: no extensions
        bytes.append(0) // pad
        append(states, to: &bytes)
        bytes += [UInt8](repeating: 0, count: 48) // inet_diag_sockid: zero for a dump
        if !bytecode.isEmpty {
            append(UInt16(attributeLength), to: &bytes)
            append(NetlinkConstants.attributeBytecode, to: &bytes)
            bytes += bytecode
            bytes += [UInt8](repeating: 0, count: NetlinkConstants.align(attributeLength) - attributeLength)
        }
        return bytes
    }

    /// "tcp/ipv4"-style name for messages.
    public var name: String { "\(transport.rawValue)/\(family.rawValue)" }

    private func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value) { bytes += $0 }
    }
}
