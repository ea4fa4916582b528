import PortscopeProcesses
import PortscopeSockets

/// What `free PORT` would signal, and what it will not touch (and why).
public struct FreePlan: Sendable {
    /// A process to signal, with the sockets that make it a target.
    public struct Target: Sendable {
        /// The process as found holding the sockets: its pid and start time are its identity.
        public var process: ProcessRecord
        public var stat: ProcStat
        public var sockets: [InspectedSocket]
        /// Set for container port forwarders (docker-proxy …): what stopping it means.
        public var note: String?

        /// The process's identity: the pid and the start time read with its descriptors.
        public var identity: ProcessIdentity { ProcessIdentity(pid: process.pid, startTime: stat.startTime) }

        /// The socket inodes that make it a target.
        public var inodes: Set<UInt64> { Set(sockets.map(\.entry.inode).filter { $0 != 0 }) }
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
    /// The protocols whose sockets count (`8095/udp`: only UDP).
    public var protocols: Set<SocketProtocol>
    public var includeClients: Bool
    public var targets: [Target]
    public var skipped: [Skip]
    /// Sockets on the port whose processes this user cannot see.
    public var hidden: HiddenSummary?

    /// Whether nothing holds the port (as far as this user can see).
    public var portAlreadyFree: Bool { targets.isEmpty && skipped.isEmpty && hidden == nil }

    /// Whether signalling the targets could free the port: nothing else (skipped or hidden)
    /// holds it.
    public var targetsAreEveryHolder: Bool { skipped.isEmpty && hidden == nil }

    /// `8080`, or `8080/udp` when one protocol was asked for.
    public var portDescription: String {
        protocols.count == 1 ? "\(port)/\(protocols.first!.rawValue)" : String(port)
    }
}

/// A process by pid and start time: unique for the life of the system.
public struct ProcessIdentity: Hashable, Sendable {
    public var pid: Int32
    public var startTime: UInt64

    public init(pid: Int32, startTime: UInt64) {
        self.pid = pid
        self.startTime = startTime
    }
}

/// What changed between the plan the user confirmed and the plan made again after it.
public struct FreePlanChanges: Sendable, Equatable {
    /// Targets of the confirmed plan that no longer hold the port: not signalled.
    public var released: [Change]
    /// Processes that hold the port now but were not in the confirmed plan: not signalled.
    public var newcomers: [Change]

    public struct Change: Sendable, Equatable {
        public var pid: Int32
        public var name: String
    }

    public var isEmpty: Bool { released.isEmpty && newcomers.isEmpty }

    /// No change.
    public static let none = FreePlanChanges(released: [], newcomers: [])
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

    /// The plan for `port`: the processes whose sockets have `port` as their **local** port,
    /// in one of `protocols`: listeners, and with `includeClients` every other socket bound
    /// to it too (a client whose local port is `port`, an accepted connection). A socket that
    /// merely talks *to* the port (remote port) is never a reason to signal its process.
    ///
    /// `stats` must come from the same scan as the report: a process whose stat is missing,
    /// or whose start time differs from the one read with its descriptors, has exited.
    public static func plan(port: UInt16, protocols: Set<SocketProtocol>, report: SocketReport, includeClients: Bool, caller: Caller, stats: [Int32: ProcStat]) -> FreePlan {
        let relevant = report.sockets.filter { socket in
            guard socket.entry.local.port == port, protocols.contains(socket.entry.transport) else { return false }
            return socket.role == .listener || includeClients
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
            guard let stat = stats[pid], let startTime = process.startTime, stat.startTime == startTime, !stat.hasExited else {
                continue // exited since the scan (or its pid was reused): it holds nothing now
            }
            if let reason = refusal(process, stat: stat, caller: caller) {
                skipped.append(reason)
                continue
            }
            targets.append(FreePlan.Target(process: process, stat: stat, sockets: sockets[pid] ?? [], note: proxyNote(process, port: port)))
        }
        let hiddenCount = relevant.filter { $0.owner == .hidden }.count
        let hidden = hiddenCount == 0 ? nil : HiddenSummary(count: hiddenCount, reason: report.hidden?.reason ?? "their processes cannot be read")
        return FreePlan(port: port, protocols: protocols, includeClients: includeClients, targets: targets, skipped: skipped, hidden: hidden)
    }

    /// The plan to carry out after confirmation: the targets of `fresh` (made after the user
    /// said yes) that were also in `confirmed` (what the user saw), by identity. A process that
    /// let go of the port meanwhile, or one that took it since, is not signalled.
    public static func reconcile(confirmed: FreePlan, fresh: FreePlan) -> (plan: FreePlan, changes: FreePlanChanges) {
        let before = Set(confirmed.targets.map(\.identity))
        let after = Set(fresh.targets.map(\.identity))
        var plan = fresh
        plan.targets = fresh.targets.filter { before.contains($0.identity) }
        let changes = FreePlanChanges(
            released: confirmed.targets.filter { !after.contains($0.identity) }.map { .init(pid: $0.process.pid, name: $0.process.name) },
            newcomers: fresh.targets.filter { !before.contains($0.identity) }.map { .init(pid: $0.process.pid, name: $0.process.name) }
        )
        return (plan, changes)
    }

    /// Why `process` must not be signalled, or nil.
    static func refusal(_ process: ProcessRecord, stat: ProcStat, caller: Caller) -> FreePlan.Skip? {
        func skip(_ reason: String, needsRoot: Bool = false) -> FreePlan.Skip {
            FreePlan.Skip(pid: process.pid, name: process.name, reason: reason, needsRoot: needsRoot)
        }
        if process.pid == 1 { return skip("pid 1 (the init process) is never signalled; stop the service through it instead (systemctl, docker stop, …)") }
        if process.namespacePIDs.count > 1, process.namespacePIDs.last == 1 {
            let namespace = process.pidNamespace.map { " pid:[\($0)]" } ?? ""
            let container = process.container.map { ", container \($0.runtime) \($0.shortID)" } ?? ""
            return skip("it is pid 1 of its own PID namespace\(namespace)\(container): signalling it stops every process in that namespace; stop the container or sandbox instead")
        }
        if process.pid == caller.pid { return skip("that is portscope itself") }
        if process.pid == caller.parent { return skip("that is portscope's parent (the shell or tool that started it)") }
        if stat.isKernelThread { return skip("it is a kernel thread") }
        if let uid = process.uid, uid != caller.uid, !caller.canSignalAnyProcess {
            return skip("it belongs to \(process.user ?? "uid \(uid)"), not to this user: run `sudo portscope free` to signal it", needsRoot: true)
        }
        if process.uid == nil, !caller.canSignalAnyProcess {
            return skip("its owner could not be read: run `sudo portscope free` to signal it", needsRoot: true)
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
