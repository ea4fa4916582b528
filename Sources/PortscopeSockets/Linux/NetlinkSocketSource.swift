#if os(Linux)
import CNetlink
import PortscopeSystem

/// Lists sockets with NETLINK_SOCK_DIAG, as `ss` does: one dump per (protocol, family), the
/// port test done in the kernel by a bytecode filter when the question is one port.
///
/// Needs no privilege. Sees the caller's network namespace only (see ``NamespacedSocketSource``).
public struct NetlinkSocketSource: SocketSource {
    /// The namespace id to stamp on every socket (nil: the caller's own).
    public var networkNamespace: UInt64?

    public init(networkNamespace: UInt64? = nil) {
        self.networkNamespace = networkNamespace
    }

    public func snapshot(_ query: SocketQuery) throws(SocketSourceError) -> SocketSnapshot {
        let connection = try NetlinkConnection()
        defer { connection.close() }
        var sockets: [SocketEntry] = []
        var warnings: [String] = []
        var sequence: UInt32 = 1
        for transport in SocketProtocol.allCases where query.protocols.contains(transport) {
            for family in AddressFamily.allCases where query.families.contains(family) {
                var request = InetDiagRequest(family: family, transport: transport, states: states(for: transport, query), sequence: sequence)
                sequence += 1
                let ports = query.ports.sorted()
                request.bytecode = InetDiagBytecode.anyPortEquals(ports)
                do {
                    sockets += try connection.dump(request, networkNamespace: networkNamespace)
                } catch let SocketSourceError.kernel(_, errno) where errno == .invalidArgument && !ports.isEmpty {
                    // Kernels before 4.16 have no S_EQ/D_EQ: the same test with ≥ and ≤.
                    request.bytecode = InetDiagBytecode.anyPortEquals(ports, compatible: true)
                    request.sequence = sequence
                    sequence += 1
                    sockets += try connection.dump(request, networkNamespace: networkNamespace)
                    warnings.append("this kernel has no S_EQ bytecode; used the ≥/≤ form")
                }
            }
        }
        return SocketSnapshot(sockets: sockets.filter(query.matches), source: "netlink", warnings: warnings)
    }

    /// The state mask: LISTEN only for TCP listeners; UDP needs bit 7 (TCP_CLOSE) for unconnected sockets.
    func states(for transport: SocketProtocol, _ query: SocketQuery) -> UInt32 {
        guard query.listeningOnly else { return .max }
        return transport == .tcp ? 1 << 10 : 1 << 7
    }
}

/// One NETLINK_SOCK_DIAG socket.
struct NetlinkConnection {
    let fd: Int32
    static let bufferSize = 64 * 1024

    init() throws(SocketSourceError) {
        fd = socket(AF_NETLINK, Int32(SOCK_RAW.rawValue) | Int32(SOCK_CLOEXEC.rawValue), NetlinkConstants.netlinkSockDiag)
        guard fd >= 0 else { throw .netlink(operation: "socket", errno: .current) }
    }

    func close() {
        _ = Glibc.close(fd)
    }

    /// Sends `request` and reads replies until the dump is done.
    func dump(_ request: InetDiagRequest, networkNamespace: UInt64?) throws(SocketSourceError) -> [SocketEntry] {
        try send(request.encode())
        var sockets: [SocketEntry] = []
        var buffer = [UInt8](repeating: 0, count: Self.bufferSize)
        while true {
            let received = try receive(into: &buffer)
            let decoded = buffer.withUnsafeBytes { raw in
                Result { () throws(NetlinkReplyDecoder.Failure) in
                    try NetlinkReplyDecoder.decode(
                        UnsafeRawBufferPointer(rebasing: raw[0..<received]), sequence: request.sequence,
                        transport: request.transport, networkNamespace: networkNamespace
                    )
                }
            }
            let batch: NetlinkReplyDecoder.Batch
            switch decoded {
            case let .success(value): batch = value
            case let .failure(.kernel(code)): throw .kernel(request: request.name, errno: Errno(rawValue: code))
            case let .failure(.malformed(reason)): throw .malformed(reason: reason)
            }
            sockets += batch.sockets
            if batch.done { return sockets }
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

    /// Receives one datagram; a datagram larger than the buffer is an error (never expected:
    /// the kernel sizes dump messages to the reader's buffer).
    private func receive(into buffer: inout [UInt8]) throws(SocketSourceError) -> Int {
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
            throw .netlink(operation: "recvmsg", errno: .current)
        }
    }
}
#endif
