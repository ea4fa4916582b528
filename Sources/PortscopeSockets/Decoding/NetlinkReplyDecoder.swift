/// Decodes what the kernel sends back for a sock_diag dump.
///
/// A receive buffer holds one or more netlink messages, each 4-byte aligned: `nlmsghdr`
/// (16 bytes: length, type, flags, sequence, port id; host byte order), then for type 20 an
/// `inet_diag_msg` (72 bytes) and attributes. The dump ends with `NLMSG_DONE`, whose payload
/// is 0 or a negative errno; a request refused up front gets `NLMSG_ERROR`.
public enum NetlinkReplyDecoder {
    /// What one buffer contained.
    public struct Batch: Sendable, Equatable {
        public var sockets: [SocketEntry] = []
        /// `NLMSG_DONE` was seen: the dump is complete.
        public var done = false
        /// The kernel flagged the dump as interrupted by concurrent changes (`NLM_F_DUMP_INTR`).
        public var interrupted = false
    }

    /// Why a buffer could not be used.
    public enum Failure: Error, Equatable, Sendable {
        /// The kernel reported `errno` (positive) for the request.
        case kernel(Int32)
        case malformed(String)
    }

    /// Decodes `bytes`; messages whose sequence is not `sequence` are skipped.
    public static func decode(_ bytes: UnsafeRawBufferPointer, sequence: UInt32, transport: SocketProtocol, networkNamespace: UInt64? = nil) throws(Failure) -> Batch {
        var sockets: [SocketEntry] = []
        var batch = try decode(bytes, sequence: sequence, transport: transport, networkNamespace: networkNamespace) { sockets.append($0) }
        batch.sockets = sockets
        return batch
    }

    /// Decodes `bytes`, giving each socket to `visit` as it is decoded (no array between:
    /// a dump's sockets are copied once, into wherever `visit` keeps them); the batch returned
    /// has no sockets, only whether the dump is done or was interrupted.
    @inline(__always)
    public static func decode(
        _ bytes: UnsafeRawBufferPointer, sequence: UInt32, transport: SocketProtocol, networkNamespace: UInt64? = nil, visit: (SocketEntry) -> Void
    ) throws(Failure) -> Batch {
        var batch = Batch()
        var offset = 0
        while offset + NetlinkConstants.headerSize <= bytes.count {
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            let type = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt16.self)
            let flags = bytes.loadUnaligned(fromByteOffset: offset + 6, as: UInt16.self)
            let seq = bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
            guard length >= NetlinkConstants.headerSize, offset + length <= bytes.count else {
                throw .malformed("message at offset \(offset) claims \(length) bytes, \(bytes.count - offset) left")
            }
            defer { offset += NetlinkConstants.align(length) }
            guard seq == sequence else { continue }
            if flags & NetlinkConstants.flagDumpInterrupted != 0 { batch.interrupted = true }
            let payload = UnsafeRawBufferPointer(rebasing: bytes[(offset + NetlinkConstants.headerSize)..<(offset + length)])
            switch type {
            case NetlinkConstants.messageDone:
                if payload.count >= 4 {
                    let status = payload.loadUnaligned(as: Int32.self)
                    if status < 0 { throw .kernel(negated(status)) }
                }
                batch.done = true
                return batch
            case NetlinkConstants.messageError:
                guard payload.count >= 4 else { throw .malformed("short NLMSG_ERROR") }
                let error = payload.loadUnaligned(as: Int32.self)
                if error != 0 { throw .kernel(negated(error)) }
            case NetlinkConstants.sockDiagByFamily, NetlinkConstants.tcpDiagGetSock:
                if let socket = try decodeMessage(payload, transport: transport, networkNamespace: networkNamespace) {
                    visit(socket)
                }
            default:
                continue // NLMSG_NOOP, NLMSG_OVERRUN and anything newer: nothing to take
            }
        }
        return batch
    }

    /// Whether `bytes` is a dump's last datagram for `sequence`: it holds `NLMSG_DONE`, an
    /// `NLMSG_ERROR` that is not an acknowledgement, or a message ``decode(_:sequence:transport:networkNamespace:)``
    /// would reject as malformed (its reader stops there too). Reads headers only, so a
    /// receiving thread can tell where a dump ends while another decodes it.
    public static func endsDump(_ bytes: UnsafeRawBufferPointer, sequence: UInt32) -> Bool {
        var offset = 0
        while offset + NetlinkConstants.headerSize <= bytes.count {
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            let type = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt16.self)
            let seq = bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
            guard length >= NetlinkConstants.headerSize, offset + length <= bytes.count else { return true }
            if seq == sequence {
                if type == NetlinkConstants.messageDone { return true }
                if type == NetlinkConstants.messageError {
                    guard length >= NetlinkConstants.headerSize + 4 else { return true }
                    if bytes.loadUnaligned(fromByteOffset: offset + NetlinkConstants.headerSize, as: Int32.self) != 0 { return true }
                }
            }
            offset += NetlinkConstants.align(length)
        }
        return false
    }

    /// `-value` for a kernel's negative errno, without trapping on `Int32.min` (a forged
    /// message): that one becomes `Int32.max`, an errno no kernel sends.
    static func negated(_ value: Int32) -> Int32 {
        value == .min ? .max : -value
    }

    /// The attributes after an `inet_diag_msg` that portscope reads: `INET_DIAG_SKV6ONLY`
    /// (11, one byte, IPv6 sockets in LISTEN or CLOSE) and `INET_DIAG_PROTOCOL` (10, one byte,
    /// sent with destroy broadcasts: 6 tcp, 17 udp).
    static func attributes(_ payload: UnsafeRawBufferPointer) -> (v6Only: Bool?, transport: SocketProtocol?, info: PackedTCPInfo) {
        var v6Only: Bool?
        var transport: SocketProtocol?
        var info = PackedTCPInfo(nil)
        var offset = NetlinkConstants.messageSize
        while offset + 4 <= payload.count {
            let length = Int(payload.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
            let type = payload.loadUnaligned(fromByteOffset: offset + 2, as: UInt16.self)
            guard length >= 4 else { break }
            if type == NetlinkConstants.attributeInfo, offset + length <= payload.count {
                info = PackedTCPInfo.decode(UnsafeRawBufferPointer(rebasing: payload[(offset + 4)..<(offset + length)]))
            }
            if length >= 5, offset + 4 < payload.count {
                let value = payload[offset + 4]
                if type == NetlinkConstants.attributeV6Only { v6Only = value != 0 }
                if type == NetlinkConstants.attributeProtocol {
                    transport = value == NetlinkConstants.protocolTCP ? .tcp : value == NetlinkConstants.protocolUDP ? .udp : nil
                }
            }
            offset += NetlinkConstants.align(length)
        }
        return (v6Only, transport, info)
    }

    /// Decodes multicast messages (destroy notifications): every sock_diag message in the
    /// buffer, whatever its sequence number; messages of other protocols are skipped.
    public static func decodeBroadcast(_ bytes: UnsafeRawBufferPointer) -> [SocketEntry] {
        var sockets: [SocketEntry] = []
        var offset = 0
        while offset + NetlinkConstants.headerSize <= bytes.count {
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            let type = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt16.self)
            guard length >= NetlinkConstants.headerSize, offset + length <= bytes.count else { break }
            if type == NetlinkConstants.sockDiagByFamily {
                let payload = UnsafeRawBufferPointer(rebasing: bytes[(offset + NetlinkConstants.headerSize)..<(offset + length)])
                if payload.count >= NetlinkConstants.messageSize, let transport = attributes(payload).transport,
                   let socket = try? decodeMessage(payload, transport: transport) {
                    sockets.append(socket)
                }
            }
            offset += NetlinkConstants.align(length)
        }
        return sockets
    }

    /// Decodes one `inet_diag_msg`; nil for a family other than IPv4/IPv6 or an unknown state.
    ///
    /// Layout: family u8 @0, state u8 @1, timer @2, retrans @3, sockid @4 (sport be16 @4,
    /// dport be16 @6, src 16 bytes @8, dst @24, ifindex u32 @40, cookie 2×u32 @44), expires
    /// @52, rqueue @56, wqueue @60, uid u32 @64, inode u32 @68.
    public static func decodeMessage(_ payload: UnsafeRawBufferPointer, transport: SocketProtocol, networkNamespace: UInt64? = nil) throws(Failure) -> SocketEntry? {
        guard payload.count >= NetlinkConstants.messageSize else {
            throw .malformed("inet_diag_msg of \(payload.count) bytes, expected \(NetlinkConstants.messageSize)")
        }
        let familyByte = payload[0]
        let family: AddressFamily
        switch familyByte {
        case NetlinkConstants.familyIPv4: family = .ipv4
        case NetlinkConstants.familyIPv6: family = .ipv6
        default: return nil
        }
        // Destroy broadcasts name their protocol in INET_DIAG_PROTOCOL; dumps are per protocol.
        let (v6Only, named, info) = attributes(payload)
        let transport = named ?? transport
        guard let state = SocketState(kernel: payload[1], protocol: transport) else { return nil }
        let sourcePort = UInt16(bigEndian: payload.loadUnaligned(fromByteOffset: 4, as: UInt16.self))
        let destinationPort = UInt16(bigEndian: payload.loadUnaligned(fromByteOffset: 6, as: UInt16.self))
        guard let source = IPAddress(payload, offset: 8, family: family),
              let destination = IPAddress(payload, offset: 24, family: family) else {
            throw .malformed("inet_diag_msg too short for its addresses")
        }
        let cookieLow = UInt64(payload.loadUnaligned(fromByteOffset: 44, as: UInt32.self))
        let cookieHigh = UInt64(payload.loadUnaligned(fromByteOffset: 48, as: UInt32.self))
        let receiveQueue = payload.loadUnaligned(fromByteOffset: 56, as: UInt32.self)
        let sendQueue = payload.loadUnaligned(fromByteOffset: 60, as: UInt32.self)
        let uid = payload.loadUnaligned(fromByteOffset: 64, as: UInt32.self)
        let inode = payload.loadUnaligned(fromByteOffset: 68, as: UInt32.self)
        let hasPeer = destinationPort != 0 || !destination.isUnspecified
        var entry = SocketEntry(
            transport: transport, family: family,
            local: Endpoint(address: source, port: sourcePort),
            remote: state == .listen || !hasPeer ? nil : Endpoint(address: destination, port: destinationPort),
            state: state, inode: UInt64(inode), uid: uid, cookie: cookieHigh << 32 | cookieLow,
            networkNamespace: networkNamespace, v6Only: v6Only,
            queues: SocketQueues(receive: receiveQueue, send: sendQueue)
        )
        if transport == .tcp, state != .listen { entry.packedTCPInfo = info }
        return entry
    }
}
