import PortscopeHost
import PortscopeProcesses
import PortscopeSockets
import PortscopeSystem

/// Frees a port: plans which processes to signal, sends SIGTERM (SIGKILL only when forced),
/// waits, and checks the port is free afterwards.
public struct PortFreer: Sendable {
    public var inspector: Inspector
    public var caller: FreePlanner.Caller

    public init(inspector: Inspector, caller: FreePlanner.Caller) {
        self.inspector = inspector
        self.caller = caller
    }

    public static func live() -> PortFreer {
        let capabilities = Capabilities.current()
        return PortFreer(inspector: .live(), caller: FreePlanner.Caller(
            pid: ProcessID.current, parent: getppid(), uid: ProcessID.effectiveUser, canSignalAnyProcess: capabilities.canSignalAnyProcess
        ))
    }

    public func plan(port: UInt16, includeClients: Bool) throws(PortscopeError) -> FreePlan {
        let report = try inspector.who(port: port)
        var stats: [Int32: ProcStat] = [:]
        for pid in Set(report.sockets.flatMap { $0.processes.map(\.pid) }) {
            stats[pid] = inspector.processes.processStat(pid)
        }
        return FreePlanner.plan(port: port, report: report, includeClients: includeClients, caller: caller, stats: stats)
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
    }

    /// The result of ``execute(_:timeout:force:progress:)``.
    public struct Outcome: Sendable {
        public var actions: [Action]
        /// Whether no listening socket (or, with clients, no socket) is left on the port.
        public var portFree: Bool
        /// What still holds the port.
        public var remaining: [InspectedSocket]
    }

    /// Sends SIGTERM to every target, waits up to `timeout` seconds, then SIGKILL if `force`.
    public func execute(_ plan: FreePlan, timeout: Double, force: Bool, progress: (String) -> Void = { _ in }) throws(PortscopeError) -> Outcome {
        var actions: [Action] = []
        var handles: [(Int, ProcessHandle)] = []
        for target in plan.targets {
            var action = Action(pid: target.process.pid, name: target.process.name, signals: [], exited: false)
            guard let handle = ProcessHandle(pid: target.process.pid, startTime: target.stat.startTime) else {
                action.exited = true
                action.error = "it had already exited"
                actions.append(action)
                continue
            }
            if let error = handle.send(SIGTERM) {
                action.error = error == .notPermitted ? "not permitted (another user's process: run as root)" : error.description
            } else {
                action.signals.append("SIGTERM")
                progress("sent SIGTERM to \(target.process.name) (pid \(target.process.pid))")
                handles.append((actions.count, handle))
            }
            actions.append(action)
        }
        let started = Clock.now()
        waitForExit(handles, until: started + timeout, actions: &actions, started: started)
        let stubborn = handles.filter { !actions[$0.0].exited }
        if !stubborn.isEmpty, force {
            for (index, handle) in stubborn {
                if let error = handle.send(SIGKILL) {
                    actions[index].error = error.description
                } else {
                    actions[index].signals.append("SIGKILL")
                    progress("sent SIGKILL to \(actions[index].name) (pid \(actions[index].pid)) after \(format(timeout)) s")
                }
            }
            waitForExit(stubborn, until: Clock.now() + 3, actions: &actions, started: started)
        }
        // The kernel closes the sockets as the processes exit; confirm from the kernel's view.
        var remaining: [InspectedSocket] = []
        for attempt in 0..<20 {
            let report = try inspector.who(port: plan.port)
            remaining = report.sockets.filter { socket in
                socket.entry.local.port == plan.port && (socket.role == .listener || plan.includeClients) && socket.owner != .none
            }
            if remaining.isEmpty || attempt == 19 { break }
            PreciseSleep.sleep(seconds: 0.05)
        }
        return Outcome(actions: actions, portFree: remaining.isEmpty, remaining: remaining)
    }

    private func waitForExit(_ handles: [(Int, ProcessHandle)], until deadline: Double, actions: inout [Action], started: Double) {
        while true {
            for (index, handle) in handles where !actions[index].exited && handle.hasExited {
                actions[index].exited = true
                actions[index].seconds = Clock.now() - started
            }
            if handles.allSatisfy({ actions[$0.0].exited }) || Clock.now() >= deadline { return }
            PreciseSleep.sleep(seconds: 0.02)
        }
    }

    private func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
