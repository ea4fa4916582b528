/// A source that can sample cheaply when nothing new was created: it lists listeners and UDP
/// sockets (small tables), looks up known TCP connections one by one, and reports a counter
/// that moves whenever a TCP connection is opened (then a full walk is needed).
public protocol IncrementalSocketSource: SocketSource {
    /// A number that changes whenever a TCP connection is opened in this namespace.
    func tcpOpenCounter() -> UInt64?
    /// TCP listeners and every UDP socket matching `query` (no walk of the connection table).
    func listenersAndUDP(_ query: SocketQuery) throws(SocketSourceError) -> [SocketEntry]
    /// The current form of each TCP connection in `sockets` (looked up by its 4-tuple), for
    /// those that still exist; a closed connection's TIME_WAIT entry is returned in its place.
    func lookUp(_ sockets: [SocketEntry]) throws(SocketSourceError) -> [SocketEntry]
}
