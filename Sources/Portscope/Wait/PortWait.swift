import PortscopeProcesses
import PortscopeSockets

/// What `portscope wait` waits for, and whether one look at the socket table says it holds
/// (pure: sockets in, answer out).
public struct PortWait: Sendable {
    public enum Condition: String, Sendable, CaseIterable, Hashable {
        /// A socket listens on the port: TCP LISTEN, or a bound UDP socket.
        case listening
        /// Nothing listens on or is bound to the port (what stops a server's bind; connections
        /// in TIME_WAIT do not).
        case free
        /// A connection on the port is established (as its local or remote port).
        case connected
    }

    /// A port and the protocols looked at for it (`8080/tcp`, `53/udp`, or both).
    public struct Target: Sendable, Equatable {
        public var port: UInt16
        public var protocols: Set<SocketProtocol>

        public init(port: UInt16, protocols: Set<SocketProtocol>) {
            self.port = port
            self.protocols = protocols
        }
    }

    public var targets: [Target]
    public var condition: Condition
    /// `--listening` on this address only (a wildcard listener does not count).
    public var address: IPAddress?
    /// `--listening` by this process only (pid, or name as `/proc/PID/comm` has it).
    public var pid: Int32?
    public var processName: String?
    /// Every port must meet the condition (`--all`, the default), or any one (`--any`).
    public var all: Bool

    public init(targets: [Target], condition: Condition, address: IPAddress? = nil,
                pid: Int32? = nil, processName: String? = nil, all: Bool = true) {
        self.targets = targets
        self.condition = condition
        self.address = address
        self.pid = pid
        self.processName = processName
        self.all = all
    }

    /// The question for the kernel: listeners only (a short walk) unless connections matter.
    public var query: SocketQuery {
        var query = SocketQuery(protocols: targets.reduce(into: Set<SocketProtocol>()) { $0.formUnion($1.protocols) }, listeningOnly: condition != .connected)
        query.ports = Set(targets.map(\.port))
        return query
    }

    /// Whether a process is asked for, so the holders must be looked up.
    public var needsProcesses: Bool { condition == .listening && (pid != nil || processName != nil) }

    /// The sockets that count for `port`: listeners on it (on `address` when given), or its
    /// established connections.
    public func matching(_ sockets: [SocketEntry], _ target: Target) -> [SocketEntry] {
        let port = target.port
        return sockets.filter { socket in
            guard target.protocols.contains(socket.transport) else { return false }
            switch condition {
            case .listening, .free:
                guard socket.local.port == port, socket.isListening else { return false }
                guard condition == .listening, let address else { return true }
                return socket.local.address == address
            case .connected:
                return socket.state == .established && socket.remote != nil && (socket.local.port == port || socket.remote?.port == port)
            }
        }
    }

    /// Whether the condition holds. `holders` gives a listener's processes (by inode), needed
    /// only when a process is asked for.
    public func holds(_ sockets: [SocketEntry], holders: [UInt64: [ProcessRecord]] = [:]) -> Bool {
        let results = targets.map { target -> Bool in
            let found = matching(sockets, target)
            switch condition {
            case .free:
                return found.isEmpty
            case .connected:
                return !found.isEmpty
            case .listening:
                guard needsProcesses else { return !found.isEmpty }
                return found.contains { socket in
                    (holders[socket.inode] ?? []).contains { record in
                        (pid == nil || record.pid == pid) && (processName == nil || record.name == processName)
                    }
                }
            }
        }
        return all ? results.allSatisfy { $0 } : results.contains(true)
    }

    /// What is on the ports now, in a few words: `8080: tcp LISTEN 127.0.0.1:8080 (python3 pid
    /// 41)`, `8080: nothing`.
    public func now(_ sockets: [SocketEntry], holders: [UInt64: [ProcessRecord]] = [:]) -> String {
        targets.map { target in
            let port = target.port
            let found = matching(sockets, target)
            guard !found.isEmpty else {
                return "\(port): " + (condition == .connected ? "no established connection" : "nothing listens")
            }
            let shown = found.prefix(2).map { socket -> String in
                let owners = (holders[socket.inode] ?? []).map { "\($0.name) pid \($0.pid)" }
                let endpoint = socket.remote.map { "\(socket.local) ↔ \($0)" } ?? socket.localDescription
                return "\(socket.transport.rawValue) \(socket.state.rawValue) \(endpoint)" + (owners.isEmpty ? "" : " (" + owners.joined(separator: ", ") + ")")
            }
            return "\(port): " + shown.joined(separator: "; ") + (found.count > 2 ? "; \(found.count - 2) more" : "")
        }.joined(separator: " · ")
    }

    /// `8080 to be listening`, `8080 and 8081 to be free`, `any of 80, 443 to be connected`.
    public var goal: String {
        let list = targets.map { String($0.port) + ($0.protocols.count == 1 ? "/" + $0.protocols.first!.rawValue : "") }
        let subject = targets.count == 1 ? list[0] : (all ? list.dropLast().joined(separator: ", ") + " and " + list.last! : "any of " + list.joined(separator: ", "))
        var text = "\(subject) to be \(condition.rawValue)"
        if let address { text += " on \(address)" }
        if let pid { text += " by pid \(pid)" }
        if let processName { text += " by \(processName)" }
        return text
    }
}
