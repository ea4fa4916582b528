/// Source ports the kernel chose for connections portscope made itself.
public struct SourcePortSamples: Sendable {
    /// TCP connections, one after another, to one destination.
    public var tcpSingle: [Int]
    /// TCP connections made round-robin to several destinations: (destination index, port).
    public var tcpInterleaved: [(destination: Int, port: Int)]
    /// UDP sockets connected (autobound) to one destination.
    public var udpSingle: [Int]
    /// The destinations used ("127.0.0.1:40123" …).
    public var destinations: [String]

    public init(tcpSingle: [Int], tcpInterleaved: [(destination: Int, port: Int)], udpSingle: [Int], destinations: [String]) {
        self.tcpSingle = tcpSingle
        self.tcpInterleaved = tcpInterleaved
        self.udpSingle = udpSingle
        self.destinations = destinations
    }
}

/// Makes connections and records the source ports the kernel picks.
public protocol SourcePortSampling: Sendable {
    func sample(count: Int, destinations: Int) throws(SocketSourceError) -> SourcePortSamples
}
