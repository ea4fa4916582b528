#if os(Linux)
import CProcessControl
import PortscopeSystem

/// A handle on one process that survives pid reuse: signals go to the process that was
/// inspected, never to a newcomer with the same pid.
///
/// Uses a pidfd (Linux ≥ 5.3); where pidfds are missing it falls back to `kill` after
/// checking the start time in `/proc/PID/stat` still matches.
public final class ProcessHandle: @unchecked Sendable {
    public let pid: Int32
    public let startTime: UInt64
    private let root: ProcRoot
    private var pidfd: Int32

    /// Opens a handle if `pid` is alive and still started at `startTime`.
    public init?(pid: Int32, startTime: UInt64, root: ProcRoot = .default) {
        self.pid = pid
        self.startTime = startTime
        self.root = root
        pidfd = portscope_pidfd_open(pid)
        if pidfd < 0, errno == ESRCH { return nil }
        // The pidfd now pins a process; make sure it is the one that was inspected.
        guard currentStartTime() == startTime else {
            if pidfd >= 0 { close(pidfd) }
            return nil
        }
    }

    deinit {
        if pidfd >= 0 { close(pidfd) }
    }

    func currentStartTime() -> UInt64? {
        guard let text = try? SystemFile.readText(root.path("\(pid)/stat"), sizeHint: 512) else { return nil }
        return ProcStat.parse(text)?.startTime
    }

    /// Sends `signal`; nil on success, else the error (EPERM: another user's process).
    public func send(_ signal: Int32) -> Errno? {
        if pidfd >= 0 {
            return portscope_pidfd_send_signal(pidfd, signal) == 0 ? nil : .current
        }
        guard currentStartTime() == startTime else { return .noSuchProcess }
        return kill(pid, signal) == 0 ? nil : .current
    }

    /// Whether the process has exited (and is gone or a zombie).
    public var hasExited: Bool {
        if pidfd >= 0 {
            var poller = pollfd(fd: pidfd, events: Int16(POLLIN), revents: 0)
            return poll(&poller, 1, 0) > 0 && poller.revents & Int16(POLLIN) != 0
        }
        guard let text = try? SystemFile.readText(root.path("\(pid)/stat"), sizeHint: 512), let stat = ProcStat.parse(text) else {
            return true
        }
        return stat.startTime != startTime || stat.state == "Z" || stat.state == "X"
    }
}
#endif
