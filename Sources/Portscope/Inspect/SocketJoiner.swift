import PortscopeProcesses
import PortscopeSockets

/// Joins sockets with the processes holding them (pure: all inputs are values).
public enum SocketJoiner {
    /// What the join needs to know about the viewer and the scan.
    public struct Context: Sendable {
        public var owners: SocketOwners
        public var processes: [Int32: ProcessRecord]
        public var roles: RoleClassifier
        /// Whether the caller can read every process's descriptors (root in this PID namespace).
        public var viewerIsRoot: Bool
        public var namespaces: [UInt64: NamespaceInfo]

        public init(owners: SocketOwners, processes: [Int32: ProcessRecord], roles: RoleClassifier, viewerIsRoot: Bool, namespaces: [UInt64: NamespaceInfo] = [:]) {
            self.owners = owners
            self.processes = processes
            self.roles = roles
            self.viewerIsRoot = viewerIsRoot
            self.namespaces = namespaces
        }
    }

    /// Every socket with its role, owner and processes, sorted for display (listeners first,
    /// then by local port), plus a summary of the hidden ones. Nothing is dropped.
    public static func join(_ sockets: [SocketEntry], _ context: Context) -> (sockets: [InspectedSocket], hidden: HiddenSummary?) {
        var result: [InspectedSocket] = []
        var hiddenCount = 0
        for socket in sockets {
            var inspected = InspectedSocket(entry: socket, role: context.roles.role(of: socket), owner: .none)
            inspected.namespace = socket.networkNamespace.flatMap { context.namespaces[$0] }
            if socket.inode == 0 {
                inspected.owner = .none
            } else if let pids = context.owners.holders[socket.inode], !pids.isEmpty {
                inspected.owner = .known
                inspected.processes = pids.map { context.processes[$0] ?? ProcessRecord(pid: $0, name: "(exited)") }
            } else {
                inspected.owner = .hidden
                inspected.hiddenReason = hiddenReason(for: socket, context)
                hiddenCount += 1
            }
            result.append(inspected)
        }
        result.sort(by: displayOrder)
        let summary = hiddenCount == 0 ? nil : HiddenSummary(count: hiddenCount, reason: summaryReason(hiddenCount, context))
        return (result, summary)
    }

    static func hiddenReason(for socket: SocketEntry, _ context: Context) -> String {
        let owners = context.owners
        if let error = owners.procError {
            return "the process list (/proc) could not be read (\(error)): no socket's owner is known"
        }
        if let hidePID = owners.hidePID, !context.viewerIsRoot {
            return "/proc is mounted with hidepid=\(hidePID): other users' processes are hidden from this user; run as root to see the owner (socket uid \(socket.uid))"
        }
        if owners.processesDenied > 0, !context.viewerIsRoot {
            return "not root: the descriptors of \(owners.processesDenied) processes (uid \(uids(owners.deniedUIDs))) could not be read; run as root to see the owner (socket uid \(socket.uid))"
        }
        if owners.processesDenied > 0 {
            return "\(owners.processesDenied) process\(owners.processesDenied == 1 ? "" : "es") (uid \(uids(owners.deniedUIDs))) refused to show \(owners.processesDenied == 1 ? "its" : "their") descriptors even to root (a security module or ptrace restriction); one of them may hold it"
        }
        if owners.backend == .bpf {
            return "no process holds a descriptor on it (the kernel's walk of every task's files found none: a socket of the kernel itself, or one closed during the scan)"
        }
        return "no process in this PID namespace holds it (another PID namespace, or it closed during the scan)"
    }

    static func summaryReason(_ count: Int, _ context: Context) -> String {
        let owners = context.owners
        let them = count == 1 ? "it" : "them"
        if let error = owners.procError {
            return "the process list (/proc) could not be read (\(error)), so the owners of \(count) socket\(count == 1 ? "" : "s") are unknown"
        }
        if let hidePID = owners.hidePID, !context.viewerIsRoot {
            return "run as root to see the owners of \(count) socket\(count == 1 ? "" : "s") (/proc is mounted with hidepid=\(hidePID): other users' processes are hidden)"
        }
        if owners.processesDenied > 0, !context.viewerIsRoot {
            return "run as root to see the owners of \(count) socket\(count == 1 ? "" : "s") (processes of uid \(uids(owners.deniedUIDs)) are not readable by this user)"
        }
        if owners.processesDenied > 0 {
            return "\(owners.processesDenied) process\(owners.processesDenied == 1 ? "" : "es") (uid \(uids(owners.deniedUIDs))) refused to show \(owners.processesDenied == 1 ? "its" : "their") descriptors even to root; \(count == 1 ? "it is" : "they are") probably held there"
        }
        if owners.backend == .bpf {
            return "no process holds a descriptor on \(them) (the kernel's walk of every task's files found none: the kernel's own, or closed during the scan)"
        }
        return "no process in this PID namespace holds \(them) (another PID namespace, or closed during the scan)"
    }

    /// What the process scan could not do, for the report's warnings.
    public static func warnings(_ context: Context) -> [String] {
        var warnings: [String] = []
        if let error = context.owners.procError {
            warnings.append("the process list (/proc) could not be read (\(error)): owners are unknown")
        } else if let hidePID = context.owners.hidePID, !context.viewerIsRoot {
            warnings.append("/proc is mounted with hidepid=\(hidePID): other users' processes are hidden from this user")
        }
        return warnings
    }

    static func uids(_ set: Set<UInt32>) -> String {
        let sorted = set.sorted().map { $0 == UInt32.max ? "?" : String($0) }
        return sorted.count > 5 ? sorted.prefix(5).joined(separator: ", ") + ", …" : sorted.joined(separator: ", ")
    }

    /// Listeners first, then by protocol, local port, state, remote endpoint, namespace.
    static func displayOrder(_ a: InspectedSocket, _ b: InspectedSocket) -> Bool {
        let la = a.role == .listener, lb = b.role == .listener
        if la != lb { return la }
        if a.entry.transport != b.entry.transport { return a.entry.transport == .tcp }
        if a.entry.local != b.entry.local { return a.entry.local < b.entry.local }
        if a.entry.state != b.entry.state { return a.entry.state.rawValue < b.entry.state.rawValue }
        let ra = a.entry.remote.map { [$0] } ?? [], rb = b.entry.remote.map { [$0] } ?? []
        if ra != rb { return ra.lexicographicallyPrecedes(rb) }
        return (a.entry.networkNamespace ?? 0) < (b.entry.networkNamespace ?? 0)
    }
}
