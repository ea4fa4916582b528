import PortscopeProcesses
import PortscopeSockets

/// The order `ls --sort` puts sockets in (pure): by one key, ties kept in display order
/// (listeners first, then by local port).
public struct SocketOrder: Sendable, Equatable {
    /// What `--sort` sorts by.
    public enum Key: String, Sendable, CaseIterable {
        /// The local port, then the protocol and address.
        case port
        /// The IANA service name (sockets without one last).
        case service
        /// The first holder's process name (sockets without a known process last).
        case process
        /// The first holder's pid (sockets without a known process last).
        case pid
        /// The first holder's user name, else its uid, else the socket's uid.
        case user
        /// The socket state, in the kernel's order (ESTABLISHED … LISTEN), then the port.
        case state
    }

    public var key: Key
    public var reverse: Bool

    public init(key: Key, reverse: Bool = false) {
        self.key = key
        self.reverse = reverse
    }

    /// `sockets` sorted by ``key`` (reversed with ``reverse``); equal keys keep their order.
    public func sorted(_ sockets: [InspectedSocket]) -> [InspectedSocket] {
        let indexed = sockets.enumerated().map { (offset: $0.offset, socket: $0.element, key: sortKey($0.element)) }
        return indexed.sorted { a, b in
            if a.key != b.key { return reverse ? b.key < a.key : a.key < b.key }
            return a.offset < b.offset
        }.map(\.socket)
    }

    /// A comparable key for one socket: missing values sort after present ones (before them
    /// when reversed, as `sort -r` would).
    func sortKey(_ socket: InspectedSocket) -> SortKey {
        let first = socket.processes.first
        switch key {
        case .port:
            return SortKey(present: true, number: Int(socket.entry.local.port), text: "", detail: socket.entry.transport.rawValue + " " + socket.entry.localDescription)
        case .service:
            return SortKey(present: socket.service != nil, number: 0, text: socket.service ?? "")
        case .process:
            return SortKey(present: first != nil, number: Int(first?.pid ?? 0), text: first?.name ?? "")
        case .pid:
            return SortKey(present: first != nil, number: Int(first?.pid ?? 0), text: "")
        case .user:
            let name = first?.user ?? first?.uid.map(String.init) ?? String(socket.entry.uid)
            return SortKey(present: true, number: 0, text: name)
        case .state:
            return SortKey(present: true, number: Int(socket.entry.state.ordinal) * 65_536 + Int(socket.entry.local.port), text: "")
        }
    }

    /// Present values first, then by text, then by number, then by detail.
    struct SortKey: Comparable {
        var present: Bool
        var number: Int
        var text: String
        var detail = ""

        static func < (a: SortKey, b: SortKey) -> Bool {
            if a.present != b.present { return a.present }
            if a.text != b.text { return a.text < b.text }
            if a.number != b.number { return a.number < b.number }
            return a.detail < b.detail
        }
    }
}
