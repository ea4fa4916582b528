/// A ``TCPInfo`` (or none) packed for keeping inline in a ``SocketEntry``: the fields
/// without their optionals' padding, and one bit per field saying whether it is there.
struct PackedTCPInfo: Hashable, Sendable {
    private var bytesSent: UInt64 = 0
    private var bytesAcked: UInt64 = 0
    private var bytesReceived: UInt64 = 0
    private var deliveryRate: UInt64 = 0
    private var rtt: UInt32 = 0
    private var rttVariance: UInt32 = 0
    private var retransmits: UInt32 = 0
    private var lastSend: UInt32 = 0
    private var lastReceive: UInt32 = 0
    /// Bit `Field.x` set: field x is there; ``Field/info`` set: there is a `TCPInfo` at all
    /// (one whose fields are all missing is still one).
    private var present: UInt16 = 0

    private enum Field {
        static let info: UInt16 = 1 << 15
        static let bytesSent: UInt16 = 1 << 0, bytesAcked: UInt16 = 1 << 1, bytesReceived: UInt16 = 1 << 2
        static let deliveryRate: UInt16 = 1 << 3, rtt: UInt16 = 1 << 4, rttVariance: UInt16 = 1 << 5
        static let retransmits: UInt16 = 1 << 6, lastSend: UInt16 = 1 << 7, lastReceive: UInt16 = 1 << 8
    }

    init(_ info: TCPInfo?) {
        guard let info else { return }
        var present = Field.info
        func keep<Value: FixedWidthInteger>(_ value: Value?, _ bit: UInt16) -> Value {
            guard let value else { return 0 }
            present |= bit
            return value
        }
        bytesSent = keep(info.bytesSent, Field.bytesSent)
        bytesAcked = keep(info.bytesAcked, Field.bytesAcked)
        bytesReceived = keep(info.bytesReceived, Field.bytesReceived)
        deliveryRate = keep(info.deliveryRateBytesPerSecond, Field.deliveryRate)
        rtt = keep(info.rttMicroseconds, Field.rtt)
        rttVariance = keep(info.rttVarianceMicroseconds, Field.rttVariance)
        retransmits = keep(info.retransmits, Field.retransmits)
        lastSend = keep(info.lastSendMilliseconds, Field.lastSend)
        lastReceive = keep(info.lastReceiveMilliseconds, Field.lastReceive)
        self.present = present
    }

    /// Decodes an `INET_DIAG_INFO` payload (`struct tcp_info`) straight into packed form,
    /// each field only when the payload reaches it (``TCPInfo/decode(_:)`` unpacks this).
    static func decode(_ payload: UnsafeRawBufferPointer) -> PackedTCPInfo {
        typealias Offset = TCPInfo.Offset
        func u32(_ offset: Int) -> UInt32? {
            offset + 4 <= payload.count ? payload.loadUnaligned(fromByteOffset: offset, as: UInt32.self) : nil
        }
        func u64(_ offset: Int) -> UInt64? {
            offset + 8 <= payload.count ? payload.loadUnaligned(fromByteOffset: offset, as: UInt64.self) : nil
        }
        var packed = PackedTCPInfo(nil)
        var present = Field.info
        if let value = u64(Offset.bytesSent) { packed.bytesSent = value; present |= Field.bytesSent }
        if let value = u64(Offset.bytesAcked) {
            // Acknowledged sequence space counts the SYN and FIN: capped at what was sent.
            packed.bytesAcked = present & Field.bytesSent != 0 ? min(value, packed.bytesSent) : value
            present |= Field.bytesAcked
        }
        if let value = u64(Offset.bytesReceived) { packed.bytesReceived = value; present |= Field.bytesReceived }
        if let value = u64(Offset.deliveryRate) { packed.deliveryRate = value; present |= Field.deliveryRate }
        if let value = u32(Offset.rtt) { packed.rtt = value; present |= Field.rtt }
        if let value = u32(Offset.rttVariance) { packed.rttVariance = value; present |= Field.rttVariance }
        if let value = u32(Offset.totalRetransmits) { packed.retransmits = value; present |= Field.retransmits }
        if let value = u32(Offset.lastDataSent) { packed.lastSend = value; present |= Field.lastSend }
        if let value = u32(Offset.lastDataReceived) { packed.lastReceive = value; present |= Field.lastReceive }
        packed.present = present
        return packed
    }

    /// The ``TCPInfo`` it holds, or nil.
    var unpacked: TCPInfo? {
        guard present & Field.info != 0 else { return nil }
        func field<Value>(_ value: Value, _ bit: UInt16) -> Value? { present & bit != 0 ? value : nil }
        return TCPInfo(
            rttMicroseconds: field(rtt, Field.rtt), rttVarianceMicroseconds: field(rttVariance, Field.rttVariance),
            bytesSent: field(bytesSent, Field.bytesSent), bytesAcked: field(bytesAcked, Field.bytesAcked),
            bytesReceived: field(bytesReceived, Field.bytesReceived), retransmits: field(retransmits, Field.retransmits),
            deliveryRateBytesPerSecond: field(deliveryRate, Field.deliveryRate),
            lastSendMilliseconds: field(lastSend, Field.lastSend), lastReceiveMilliseconds: field(lastReceive, Field.lastReceive)
        )
    }
}
