#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PortscopeHost
import PortscopeProcesses
import PortscopeSockets
import PortscopeSystem

/// Frees a port: plans which processes to signal, sends SIGTERM (SIGKILL only when forced),
/// waits, and checks the port is free afterwards.
///
/// Every signal goes through a pidfd whose process was checked, after the pidfd was opened,
/// to be the process of the plan (same start time) and to still hold one of the port's
/// sockets (docs/free-safety.md).
public struct PortFreer: Sendable {
    public var inspector: Inspector
    public var caller: FreePlanner.Caller
    public var root: ProcRoot
    /// The clock waits are measured and slept on (a fake one in tests).
    public var clock: any WaitClock

    public init(inspector: Inspector, caller: FreePlanner.Caller, root: ProcRoot = .default, clock: any WaitClock = SystemWaitClock()) {
        self.inspector = inspector
        self.caller = caller
        self.root = root
        self.clock = clock
    }

    public static func live() -> PortFreer {
        let capabilities = Capabilities.current()
        return PortFreer(inspector: .live(), caller: FreePlanner.Caller(
            pid: ProcessID.current, parent: getppid(), uid: ProcessID.effectiveUser, canSignalAnyProcess: capabilities.canSignalAnyProcess
        ))
    }

    /// The plan for `port` over `protocols`, from one scan of the sockets and their holders.
    public func plan(port: UInt16, protocols: Set<SocketProtocol> = [.tcp, .udp], includeClients: Bool) throws(PortscopeError) -> FreePlan {
        let report = try inspector.who(port: port, protocols: protocols)
        var stats: [Int32: ProcStat] = [:]
        for pid in Set(report.sockets.flatMap { $0.processes.map(\.pid) }) {
            stats[pid] = inspector.processes.processStat(pid)
        }
        return FreePlanner.plan(port: port, protocols: protocols, report: report, includeClients: includeClients, caller: caller, stats: stats)
    }

    /// What happened to one target.
    public struct Action: Sendable {
        public var pid: Int32
        public var name: String
        /// Signals sent, in order ("SIGTERM", "SIGKILL").
        public var signals: [String]
        public var exited: Bool
        /// Seconds from the first signal until it exited.
        public var seconds: Double?
        public var error: String?
        /// It let go of the port's sockets without exiting (so it was not killed).
        public var releasedPort = false
    }

    /// The result of ``execute(_:timeout:force:progress:)``.
    public struct Outcome: Sendable {
        public var actions: [Action]
        /// Whether no listening socket (or, with clients, no socket) is left on the port.
        public var portFree: Bool
        /// What still holds the port.
        public var remaining: [InspectedSocket]
        /// Sockets on the port whose holders this user cannot see (so "free" cannot be claimed).
        public var hidden: HiddenSummary?
        /// What changed between the confirmed plan and the one carried out.
        public var changes = FreePlanChanges.none
    }

    /// Sends SIGTERM to every target that still holds the port, waits until all exited or
    /// `timeout` seconds passed, then, if `force`, SIGKILL to those still holding it (waiting
    /// at most 3 s more for them to die). The port is then checked in the kernel's table.
    public func execute(_ plan: FreePlan, timeout: Double, force: Bool, progress: (String) -> Void = { _ in }) throws(PortscopeError) -> Outcome {
        var actions: [Action] = []
        var handles: [(Int, ProcessHandle, Set<UInt64>)] = []
        for target in plan.targets {
            var action = Action(pid: target.process.pid, name: target.process.name, signals: [], exited: false)
            let handle: ProcessHandle
            do {
                handle = try ProcessHandle(pid: target.process.pid, startTime: target.stat.startTime, root: root)
            } catch {
                switch error {
                case .exited: action.exited = true; action.error = "it had already exited"
                case .reused: action.exited = true; action.error = "it had already exited (its pid now belongs to another process, which was not signalled)"
                case let .unsupported(errno): action.error = "not signalled: this kernel cannot signal a process exactly (pidfd_open: \(errno)); Linux 5.3 or later is needed"
                }
                actions.append(action)
                continue
            }
            guard handle.holdsAny(of: target.inodes) else {
                action.releasedPort = !handle.hasExited
                action.exited = handle.hasExited
                action.error = handle.hasExited ? "it had already exited" : "it no longer holds the port: not signalled"
                actions.append(action)
                continue
            }
            if let error = handle.send(SIGTERM) {
                action.error = error == .notPermitted ? "not permitted (another user's process: run as root)" : error.description
            } else {
                action.signals.append("SIGTERM")
                progress("sent SIGTERM to \(target.process.name) (pid \(target.process.pid))")
                handles.append((actions.count, handle, target.inodes))
            }
            actions.append(action)
        }
        let started = clock.now()
        let deadline = started + timeout
        waitForExit(handles, until: deadline, actions: &actions, started: started)
        let stubborn = handles.filter { !actions[$0.0].exited }
        if !stubborn.isEmpty, force {
            var killed: [(Int, ProcessHandle, Set<UInt64>)] = []
            for (index, handle, inodes) in stubborn {
                // Proven again: a process that closed its listener and is draining its last
                // connections has let go of the port and is not killed.
                guard handle.holdsAny(of: inodes) else {
                    if handle.hasExited {
                        actions[index].exited = true
                        actions[index].seconds = clock.now() - started
                    } else {
                        actions[index].releasedPort = true
                    }
                    continue
                }
                if let error = handle.send(SIGKILL) {
                    actions[index].error = error.description
                } else {
                    actions[index].signals.append("SIGKILL")
                    progress("sent SIGKILL to \(actions[index].name) (pid \(actions[index].pid)) after \(format(timeout)) s")
                    killed.append((index, handle, inodes))
                }
            }
            waitForExit(killed, until: clock.now() + 3, actions: &actions, started: started)
        }
        // A process's descriptors are closed before it is reported exited (exit_files runs
        // before exit_notify), so one look at the kernel's table after the wait is enough.
        let report = try inspector.who(port: plan.port, protocols: plan.protocols)
        let held = report.sockets.filter { socket in
            socket.entry.local.port == plan.port && plan.protocols.contains(socket.entry.transport)
                && (socket.role == .listener || plan.includeClients) && socket.owner != .none
        }
        let remaining = held.filter { $0.owner != .hidden }
        let hiddenCount = held.count - remaining.count
        let hidden = hiddenCount == 0 ? nil : HiddenSummary(count: hiddenCount, reason: report.hidden?.reason ?? "their processes cannot be read")
        return Outcome(actions: actions, portFree: remaining.isEmpty && hidden == nil, remaining: remaining, hidden: hidden)
    }

    private func waitForExit(_ handles: [(Int, ProcessHandle, Set<UInt64>)], until deadline: Double, actions: inout [Action], started: Double) {
        while true {
            for (index, handle, _) in handles where !actions[index].exited && handle.hasExited {
                actions[index].exited = true
                actions[index].seconds = clock.now() - started
            }
            let now = clock.now()
            if handles.allSatisfy({ actions[$0.0].exited }) || now >= deadline { return }
            clock.sleep(min(0.02, deadline - now))
        }
    }

    private func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
