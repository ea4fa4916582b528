import PortscopeSockets
import PortscopeProcesses

/// Which sockets `ls` shows.
public struct ListFilter: Sendable, Equatable {
    /// Every socket, not only listeners.
    public var all = false
    public var protocols: Set<SocketProtocol> = [.tcp, .udp]
    /// Local or remote port.
    public var port: UInt16?
    /// Process name (exact, case-sensitive) or a substring of its command line.
    public var process: String?
    public var pid: Int32?
    /// User name or numeric uid.
    public var user: String?
    /// The uid `user` names (resolved by the caller), so sockets whose process is hidden
    /// still match by their owner uid.
    public var userID: UInt32?
    public var states: Set<SocketState> = []
    /// Count each TCP listener's connections by state and peer (`--connections`).
    public var connections = false

    public init() {}

    /// Whether `socket` passes the process, pid, user and state filters.
    public func matches(_ socket: InspectedSocket) -> Bool {
        if !states.isEmpty, !states.contains(socket.entry.state) { return false }
        if let pid, !socket.processes.contains(where: { $0.pid == pid }) { return false }
        if let process, !socket.processes.contains(where: { $0.name == process || $0.command.joined(separator: " ").contains(process) }) {
            return false
        }
        if let user {
            let uid = userID ?? UInt32(user)
            let byProcess = socket.processes.contains { $0.user == user || ($0.uid != nil && $0.uid == uid) }
            let bySocket = socket.entry.uid == uid
            if !byProcess, !bySocket { return false }
        }
        return true
    }

    /// The sockets to ask the kernel for (the rest of the filter applies after the join).
    public var query: SocketQuery {
        SocketQuery(port: port, protocols: protocols, listeningOnly: !all)
    }

    /// Whether any filter needs the processes (so hidden sockets cannot match).
    public var filtersByProcess: Bool { process != nil || pid != nil }
}
