import PortscopeProcesses
import PortscopeSockets

/// What `free PORT` would signal, and what it will not touch (and why).
public struct FreePlan: Sendable {
    /// A process to signal, with the sockets that make it a target.
    public struct Target: Sendable {
        public var process: ProcessRecord
        public var stat: ProcStat
        public var sockets: [InspectedSocket]
        /// Set for container port forwarders (docker-proxy …): what stopping it means.
        public var note: String?
    }

    /// A process holding the port that portscope will not signal.
    public struct Skip: Sendable {
        public var pid: Int32
        public var name: String
        public var reason: String
        /// True when root (or CAP_KILL) would be allowed to signal it.
        public var needsRoot: Bool
    }

    public var port: UInt16
    public var includeClients: Bool
    public var targets: [Target]
    public var skipped: [Skip]
    /// Sockets on the port whose processes this user cannot see.
    public var hidden: HiddenSummary?

    /// Whether nothing holds the port (as far as this user can see).
    public var portAlreadyFree: Bool { targets.isEmpty && skipped.isEmpty && hidden == nil }
}

/// Builds a ``FreePlan`` from a `who` report (pure).
public enum FreePlanner {
    /// The facts about the caller the plan depends on.
    public struct Caller: Sendable {
        public var pid: Int32
        public var parent: Int32
        public var uid: UInt32
        public var canSignalAnyProcess: Bool

        public init(pid: Int32, parent: Int32, uid: UInt32, canSignalAnyProcess: Bool) {
            self.pid = pid
            self.parent = parent
            self.uid = uid
            self.canSignalAnyProcess = canSignalAnyProcess
        }
    }

    public static func plan(port: UInt16, report: SocketReport, includeClients: Bool, caller: Caller, stats: [Int32: ProcStat]) -> FreePlan {
        // Listening sockets on exactly this port; with clients, every socket using it.
        let relevant = report.sockets.filter { socket in
            if socket.role == .listener { return socket.entry.local.port == port }
            return includeClients
        }
        var order: [Int32] = []
        var records: [Int32: ProcessRecord] = [:]
        var sockets: [Int32: [InspectedSocket]] = [:]
        for socket in relevant where socket.owner == .known {
            for process in socket.processes {
                if records[process.pid] == nil { order.append(process.pid) }
                records[process.pid] = process
                sockets[process.pid, default: []].append(socket)
            }
        }
        var targets: [FreePlan.Target] = []
        var skipped: [FreePlan.Skip] = []
        for pid in order {
            let process = records[pid]!
            guard let stat = stats[pid] else {
                continue // exited since the scan
            }
            if let reason = refusal(process, stat: stat, caller: caller) {
                skipped.append(reason)
                continue
            }
            targets.append(FreePlan.Target(process: process, stat: stat, sockets: sockets[pid] ?? [], note: proxyNote(process, port: port)))
        }
        let hiddenCount = relevant.filter { $0.owner == .hidden }.count
        let hidden = hiddenCount == 0 ? nil : HiddenSummary(count: hiddenCount, reason: report.hidden?.reason ?? "their processes cannot be read")
        return FreePlan(port: port, includeClients: includeClients, targets: targets, skipped: skipped, hidden: hidden)
    }

    /// Why `process` must not be signalled, or nil.
    static func refusal(_ process: ProcessRecord, stat: ProcStat, caller: Caller) -> FreePlan.Skip? {
        func skip(_ reason: String, needsRoot: Bool = false) -> FreePlan.Skip {
            FreePlan.Skip(pid: process.pid, name: process.name, reason: reason, needsRoot: needsRoot)
        }
        if process.pid == 1 { return skip("pid 1 (the init process) is never signalled; stop the service through it instead (systemctl, docker stop, …)") }
        if process.pid == caller.pid { return skip("that is portscope itself") }
        if process.pid == caller.parent { return skip("that is portscope's parent (the shell or tool that started it)") }
        if stat.isKernelThread { return skip("it is a kernel thread") }
        if let uid = process.uid, uid != caller.uid, !caller.canSignalAnyProcess {
            return skip("it belongs to \(process.user ?? "uid \(uid)"), not to this user: run `sudo portscope free` to signal it", needsRoot: true)
        }
        return nil
    }

    /// Explains container port forwarders; names the container's address when the
    /// forwarder's arguments say it (docker-proxy: `-container-ip A -container-port P`).
    static func proxyNote(_ process: ProcessRecord, port: UInt16) -> String? {
        let forwarders = ["docker-proxy", "rootlessport", "rootlesskit", "slirp4netns", "pasta", "gvproxy", "conmon", "kube-proxy"]
        let base = process.command.first.map { String($0.split(separator: "/").last ?? Substring($0)) } ?? process.name
        guard forwarders.contains(process.name) || forwarders.contains(base) else { return nil }
        func argument(_ flag: String) -> String? {
            guard let index = process.command.firstIndex(of: flag), index + 1 < process.command.count else { return nil }
            return process.command[index + 1]
        }
        if let ip = argument("-container-ip") {
            let target = argument("-container-port").map { "\(ip):\($0)" } ?? ip
            return "\(process.name) forwards this port to the container at \(target): stopping it breaks the port mapping while the container keeps running; stop the container instead (`docker ps --filter publish=\(port)` names it)"
        }
        return "\(process.name) is a container runtime's port forwarder: stopping it breaks the container's port mapping; stop the container instead"
    }
}
