#if os(Linux)
import Foundation
import PortscopeProcesses
import PortscopeSystem
import PortscopeTesting
import Synchronization
import Testing
@testable import Portscope
import PortscopeSockets

/// `PortFreer` on real processes: identities survive pid reuse, waits last exactly the timeout.
@Suite(.serialized) struct PortFreerTests {
    /// A clock that only moves when slept on, so waits are measured exactly.
    final class FakeClock: WaitClock {
        let time = Mutex<Double>(1000)
        func now() -> Double { time.withLock { $0 } }
        func sleep(_ seconds: Double) { time.withLock { $0 += max(0, seconds) } }
    }

    func freer(clock: any WaitClock = SystemWaitClock()) -> PortFreer {
        var freer = PortFreer.live()
        freer.clock = clock
        return freer
    }

    func start(_ script: String, _ arguments: [String] = []) throws -> (ChildProcess, Int32, UInt16) {
        let (child, info) = try HelperProcess.start(script, arguments: arguments)
        return (child, Int32(info["pid"] as! Int), UInt16(info["port"] as! Int))
    }

    /// Case 8: `--timeout T` waits T, not T + 1 s (the old confirmation loop slept 20 × 50 ms
    /// more whenever a process was still running).
    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func timeoutIsExactlyTheWait() throws {
        let (stubborn, pid, port) = try start(HelperProcess.stubbornListener)
        defer { stubborn.signal(SIGKILL); stubborn.wait() }
        let clock = FakeClock()
        let freer = freer(clock: clock)
        let plan = try freer.plan(port: port, protocols: [.tcp], includeClients: false)
        #expect(plan.targets.map(\.process.pid) == [pid])
        let before = clock.now()
        let outcome = try freer.execute(plan, timeout: 2, force: false)
        #expect(clock.now() - before == 2, "waited \(clock.now() - before) s for --timeout 2")
        #expect(!outcome.portFree)
        #expect(outcome.actions.first?.signals == ["SIGTERM"])
        #expect(HelperProcess.isAlive(pid))
    }

    /// A handle opened with the wrong start time is refused; one with the right start time
    /// proves holding only for the sockets the process holds.
    @Test func handleChecksIdentityAndHolding() throws {
        let listener = try LoopbackSocket.listener()
        let table = ProcFSProcessTable()
        let me = try #require(table.processStat(getpid()))
        #expect(throws: ProcessHandle.OpenError.reused) { try ProcessHandle(pid: getpid(), startTime: me.startTime + 1) }
        let handle = try ProcessHandle(pid: getpid(), startTime: me.startTime)
        #expect(handle.holdsAny(of: [listener.inode]))
        #expect(!handle.holdsAny(of: [listener.inode &+ 1_000_000_007]))
        #expect(!handle.hasExited)
        let owners = table.socketOwners(wanted: [listener.inode], preferredUIDs: [])
        #expect(owners.startTimes[getpid()] == me.startTime) // bound with the descriptor links
    }

    /// A process table whose `/proc/PID/stat` reads come late: just before each, `delay` runs
    /// (here: the holder exits and its pid is handed to a newcomer).
    struct DelayedStatTable: ProcessTable {
        let base = ProcFSProcessTable()
        let delay: @Sendable (Int32) -> Void
        func socketOwners(wanted: Set<UInt64>?, preferredUIDs: Set<UInt32>) -> SocketOwners { base.socketOwners(wanted: wanted, preferredUIDs: preferredUIDs) }
        func firstOwners(wanted: Set<UInt64>, preferredUIDs: Set<UInt32>) -> SocketOwners { base.firstOwners(wanted: wanted, preferredUIDs: preferredUIDs) }
        func process(_ pid: Int32, startTime: UInt64?) -> ProcessRecord? { base.process(pid, startTime: startTime) }
        func networkNamespace(of pid: Int32) -> UInt64? { base.networkNamespace(of: pid) }
        func networkNamespaces() -> NamespaceListing { base.networkNamespaces() }
        func processStat(_ pid: Int32) -> ProcStat? {
            delay(pid)
            return base.processStat(pid)
        }
    }

    /// Starts a listener that gets exactly `pid` (through ns_last_pid), or nil.
    static func startWithPID(_ pid: Int32, port: UInt16) throws -> ChildProcess? {
        for _ in 0..<50 {
            try String(pid - 1).write(toFile: "/proc/sys/kernel/ns_last_pid", atomically: false, encoding: .utf8)
            let (child, info) = try HelperProcess.start(HelperProcess.listener, arguments: [String(port)])
            if Int32(info["pid"] as! Int) == pid { return child }
            child.signal(SIGKILL)
            child.wait()
        }
        return nil
    }

    /// Case 4 as reported: the pid is reused between the descriptor scan and the stat read
    /// (the old code took the newcomer's start time as the holder's identity and signalled it).
    @Test(.enabled(if: runningAsRoot && TestPaths.hasTool("python3") && FileManager.default.isWritableFile(atPath: "/proc/sys/kernel/ns_last_pid"), "needs root (ns_last_pid) and python3"))
    func pidReusedBetweenScanAndStatIsNotSignalled() throws {
        let (first, pid, port) = try start(HelperProcess.listener)
        let children = Mutex<(first: ChildProcess?, newcomer: ChildProcess?)>((first, nil))
        let table = DelayedStatTable { statPID in
            children.withLock { state in
                guard statPID == pid, let old = state.first else { return }
                old.signal(SIGKILL)
                old.wait()
                state.first = nil
                state.newcomer = try? Self.startWithPID(pid, port: port)
            }
        }
        var freer = PortFreer.live()
        freer.inspector.processes = table
        let plan = try freer.plan(port: port, protocols: [.tcp], includeClients: false)
        defer { children.withLock { $0.newcomer?.signal(SIGKILL); $0.newcomer?.wait() } }
        try #require(children.withLock { $0.newcomer != nil }, "could not get pid \(pid) again")
        #expect(plan.targets.isEmpty, "the newcomer with the reused pid became a target")
        let outcome = try freer.execute(plan, timeout: 0.5, force: true)
        #expect(outcome.actions.isEmpty)
        #expect(HelperProcess.isAlive(pid))
    }

    /// Case 4: the planned holder exits and its pid goes to a new process (here a new server on
    /// the same port, the worst case): the newcomer is not signalled.
    @Test(.enabled(if: runningAsRoot && TestPaths.hasTool("python3") && FileManager.default.isWritableFile(atPath: "/proc/sys/kernel/ns_last_pid"), "needs root (ns_last_pid) and python3"))
    func reusedPidIsNotSignalled() throws {
        let (first, pid, port) = try start(HelperProcess.listener)
        let freer = freer()
        let plan = try freer.plan(port: port, protocols: [.tcp], includeClients: false)
        #expect(plan.targets.map(\.process.pid) == [pid])
        first.signal(SIGKILL)
        first.wait()
        // Hand the same pid to a new listener on the same port.
        var newcomer: ChildProcess?
        for _ in 0..<50 where newcomer == nil {
            try String(pid - 1).write(toFile: "/proc/sys/kernel/ns_last_pid", atomically: false, encoding: .utf8)
            let (child, childPID, _) = try start(HelperProcess.listener, [String(port)])
            if childPID == pid { newcomer = child } else { child.signal(SIGKILL); child.wait() }
        }
        let reborn = try #require(newcomer, "could not get pid \(pid) again")
        defer { reborn.signal(SIGKILL); reborn.wait() }
        let outcome = try freer.execute(plan, timeout: 1, force: true)
        #expect(outcome.actions.first?.signals == [])
        #expect(outcome.actions.first?.error?.contains("its pid now belongs to another process") == true, "\(outcome.actions)")
        #expect(!outcome.portFree)
        #expect(HelperProcess.isAlive(pid), "the newcomer with the reused pid was signalled")
    }
}
#endif
