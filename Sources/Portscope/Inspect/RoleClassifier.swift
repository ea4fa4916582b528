import PortscopeSockets

/// Decides each socket's role from the host's listening ports and ephemeral range.
public struct RoleClassifier: Sendable {
    /// (protocol, port) of every listener in the namespace.
    public let listeningPorts: Set<ListeningPort>
    /// Every port in `listeningPorts`, whatever its protocol and namespace: most sockets are
    /// ruled out by one bit, not a hash.
    public let anyListener: PortSet
    /// This host's ephemeral range, when known.
    public var ephemeralRange: ClosedRange<UInt16>?

    public struct ListeningPort: Hashable, Sendable {
        public var transport: SocketProtocol
        public var port: UInt16
        public var namespace: UInt64?

        public init(transport: SocketProtocol, port: UInt16, namespace: UInt64? = nil) {
            self.transport = transport
            self.port = port
            self.namespace = namespace
        }
    }

    public init(listeners: [SocketEntry], ephemeralRange: ClosedRange<UInt16>?) {
        let ports = Set(listeners.filter(\.isListening).map {
            ListeningPort(transport: $0.transport, port: $0.local.port, namespace: $0.networkNamespace)
        })
        listeningPorts = ports
        anyListener = PortSet(ports.map(\.port))
        self.ephemeralRange = ephemeralRange
    }

    /// - listener: TCP LISTEN, or bound UDP without a peer;
    /// - server: the local port is a listening port (an accepted connection);
    /// - client: the local port is in the ephemeral range, or the peer is a listener here;
    /// - unknown: none of these (e.g. a connection whose listener has closed, on a fixed port).
    public func role(of socket: SocketEntry) -> SocketRole {
        if socket.isListening { return .listener }
        let ns = socket.networkNamespace
        if anyListener.contains(socket.local.port),
           listeningPorts.contains(ListeningPort(transport: socket.transport, port: socket.local.port, namespace: ns)) {
            return .server
        }
        if let ephemeralRange, ephemeralRange.contains(socket.local.port) { return .client }
        if let remote = socket.remote, anyListener.contains(remote.port), remote.address.isLoopback,
           listeningPorts.contains(ListeningPort(transport: socket.transport, port: remote.port, namespace: ns)) {
            return .client
        }
        return .unknown
    }
}
