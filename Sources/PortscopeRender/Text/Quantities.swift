import PortscopeSockets

/// Numbers for people: byte counts, rates, durations, queue fill.
public enum Quantities {
    /// `512 B`, `1.2 kB`, `3.4 MB`, `5.6 GB` (decimal units, as `ss` and `top` tools print).
    public static func bytes<T: BinaryInteger>(_ value: T) -> String {
        let amount = Double(value)
        for (unit, size) in [("GB", 1e9), ("MB", 1e6), ("kB", 1e3)] where amount >= size {
            return format(amount / size) + " " + unit
        }
        return "\(value) B"
    }

    /// `1.2 kB/s`.
    public static func rate(_ bytesPerSecond: Double) -> String {
        bytes(UInt64(max(0, bytesPerSecond.rounded()))) + "/s"
    }

    /// `0.05 ms`, `12 ms`, `1.3 s` from microseconds.
    public static func duration(microseconds: UInt32) -> String {
        let milliseconds = Double(microseconds) / 1000
        if milliseconds >= 1000 { return format(milliseconds / 1000) + " s" }
        return (milliseconds < 10 ? String((milliseconds * 100).rounded() / 100) : format(milliseconds)) + " ms"
    }

    /// `3/4096`, and whether it is over 80% full.
    public static func queue(_ current: UInt32, _ maximum: UInt32) -> (text: String, nearlyFull: Bool) {
        ("\(current)/\(maximum)", maximum > 0 && Double(current) > 0.8 * Double(maximum))
    }

    /// One line for a connection's `tcp_info`: rtt, bytes each way, retransmits, idle times.
    public static func traffic(_ info: TCPInfo) -> String {
        var parts: [String] = []
        if let rtt = info.rttMicroseconds {
            parts.append("rtt \(duration(microseconds: rtt))" + (info.rttVarianceMicroseconds.map { " ±\(duration(microseconds: $0))" } ?? ""))
        }
        if let sent = info.bytesSent ?? info.bytesAcked { parts.append("sent \(bytes(sent))") }
        if let acked = info.bytesAcked, info.bytesSent != nil { parts.append("acked \(bytes(acked))") }
        if let received = info.bytesReceived { parts.append("received \(bytes(received))") }
        if let retransmits = info.retransmits { parts.append("\(retransmits) retransmit\(retransmits == 1 ? "" : "s")") }
        if let rate = info.deliveryRateBytesPerSecond, rate > 0 { parts.append("rate \(self.rate(Double(rate)))") }
        if let send = info.lastSendMilliseconds, let receive = info.lastReceiveMilliseconds {
            parts.append("last send \(send) ms ago, receive \(receive) ms ago")
        }
        return parts.joined(separator: ", ")
    }

    static func format(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String((value * 10).rounded() / 10)
    }
}
