/// What the kernel reports about one TCP connection's traffic (`struct tcp_info`, from the
/// `INET_DIAG_INFO` attribute), decoded only as far as this kernel's struct goes: an older
/// kernel sends a shorter one, and the fields it lacks stay nil.
public struct TCPInfo: Sendable, Hashable {
    /// Smoothed round-trip time (`tcpi_rtt`), µs.
    public var rttMicroseconds: UInt32?
    /// Its variance (`tcpi_rttvar`), µs.
    public var rttVarianceMicroseconds: UInt32?
    /// Payload bytes sent, retransmissions included (`tcpi_bytes_sent`, Linux 4.19).
    public var bytesSent: UInt64?
    /// Payload bytes the peer acknowledged (`tcpi_bytes_acked`, Linux 4.1). The kernel counts
    /// acknowledged sequence space, which includes the SYN and FIN (1 each); where it also
    /// reports `bytesSent` (Linux 4.19) portscope caps the count there, so a client that sent
    /// exactly 100,000 bytes shows 100,000 acknowledged, not 100,001.
    public var bytesAcked: UInt64?
    /// Bytes received as the kernel (and `ss -ti`) count them (`tcpi_bytes_received`, Linux
    /// 4.1): the payload, plus one once the peer's FIN has arrived (it takes one sequence
    /// number). Whether a closed connection's FIN arrived cannot be told from what the kernel
    /// reports at its end, so the count is left as it is.
    public var bytesReceived: UInt64?
    /// Segments retransmitted over the connection's life (`tcpi_total_retrans`).
    public var retransmits: UInt32?
    /// The latest delivery rate estimate (`tcpi_delivery_rate`, Linux 4.9), bytes/s.
    public var deliveryRateBytesPerSecond: UInt64?
    /// Milliseconds since data was last sent / received (`tcpi_last_data_sent`/`_recv`).
    public var lastSendMilliseconds: UInt32?
    public var lastReceiveMilliseconds: UInt32?

    public init(
        rttMicroseconds: UInt32? = nil, rttVarianceMicroseconds: UInt32? = nil, bytesSent: UInt64? = nil,
        bytesAcked: UInt64? = nil, bytesReceived: UInt64? = nil, retransmits: UInt32? = nil,
        deliveryRateBytesPerSecond: UInt64? = nil, lastSendMilliseconds: UInt32? = nil, lastReceiveMilliseconds: UInt32? = nil
    ) {
        self.rttMicroseconds = rttMicroseconds
        self.rttVarianceMicroseconds = rttVarianceMicroseconds
        self.bytesSent = bytesSent
        self.bytesAcked = bytesAcked
        self.bytesReceived = bytesReceived
        self.retransmits = retransmits
        self.deliveryRateBytesPerSecond = deliveryRateBytesPerSecond
        self.lastSendMilliseconds = lastSendMilliseconds
        self.lastReceiveMilliseconds = lastReceiveMilliseconds
    }

    /// Byte offsets in `struct tcp_info` (`include/uapi/linux/tcp.h`); a Linux test checks
    /// them against the header.
    enum Offset {
        static let lastDataSent = 44, lastDataReceived = 52, rtt = 68, rttVariance = 72, totalRetransmits = 100
        static let bytesAcked = 120, bytesReceived = 128, deliveryRate = 160, bytesSent = 200
    }

    /// Decodes the attribute's payload: each field only when the payload reaches it.
    public static func decode(_ payload: UnsafeRawBufferPointer) -> TCPInfo {
        // A decoded payload always unpacks to a TCPInfo (its fields may all be missing).
        PackedTCPInfo.decode(payload).unpacked ?? TCPInfo()
    }
}

/// A socket's queues (`idiag_rqueue`, `idiag_wqueue`). For a TCP listener: connections
/// waiting in the accept queue, and the queue's maximum (the `listen()` backlog, capped by
/// `somaxconn`); for other sockets, bytes waiting to be read and to be sent.
public struct SocketQueues: Sendable, Hashable {
    public var receive: UInt32
    public var send: UInt32

    public init(receive: UInt32, send: UInt32) {
        self.receive = receive
        self.send = send
    }
}
