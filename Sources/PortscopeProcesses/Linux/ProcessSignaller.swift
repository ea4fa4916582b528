#if os(Linux)
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CProcessControl
import PortscopeSystem

/// A handle on exactly one process, immune to pid reuse: a pidfd (Linux ≥ 5.3) opened for a
/// pid and checked to be the process that was inspected (same start time).
///
/// Signals go through the pidfd, so they reach that process or fail: never a newcomer that
/// took the pid. ``holdsAny(of:)`` proves, at the moment it is called, that the process still
/// holds one of the given sockets.
public final class ProcessHandle: Sendable {
    public let pid: Int32
    public let startTime: UInt64
    private let root: ProcRoot
    private let pidfd: Int32

    /// Why a handle could not be opened.
    public enum OpenError: Error, Equatable, Sendable {
        /// The process has exited.
        case exited
        /// The pid now belongs to another process (it started at another time).
        case reused
        /// This kernel has no pidfd (before Linux 5.3), or it was refused: exact signalling is
        /// impossible, so portscope does not signal.
        case unsupported(Errno)
    }

    /// Opens a handle if `pid` is alive and still started at `startTime`.
    public init(pid: Int32, startTime: UInt64, root: ProcRoot = .default) throws(OpenError) {
        self.pid = pid
        self.startTime = startTime
        self.root = root
        let fd = portscope_pidfd_open(pid)
        guard fd >= 0 else {
            let error = Errno.current
            throw error == .noSuchProcess ? .exited : .unsupported(error)
        }
        pidfd = fd
        // The pidfd now pins one process; make sure it is the one that was inspected.
        switch Self.startTime(pid: pid, root: root) {
        case startTime?:
            break
        case nil:
            close(fd)
            throw .exited
        case _?:
            close(fd)
            throw .reused
        }
    }

    deinit {
        close(pidfd)
    }

    /// The start time of whatever process `pid` is now.
    static func startTime(pid: Int32, root: ProcRoot) -> UInt64? {
        guard let bytes = try? SystemFile.read(root.path("\(pid)/stat"), sizeHint: 512) else { return nil }
        return ProcStat.parse(bytes)?.startTime
    }

    /// Whether this process holds a descriptor on one of `inodes` right now.
    ///
    /// Reads `/proc/PID/stat` and `/proc/PID/fd` through one directory descriptor, then checks
    /// that the pidfd's process is still alive: then the pid was not reused while they were
    /// read, so they describe the pidfd's process, and the start time ties it to the
    /// inspected one. False when it exited, was replaced, or no longer holds any of them.
    public func holdsAny(of inodes: Set<UInt64>) -> Bool {
        let directory = open(root.path(String(pid)), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { return false }
        defer { close(directory) }
        guard let bytes = try? SystemFile.read(relativeTo: directory, "stat", sizeHint: 512),
              let stat = ProcStat.parse(bytes), stat.startTime == startTime, !stat.hasExited else { return false }
        let fdDirectory = openat(directory, "fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fdDirectory >= 0, let listing = fdopendir(fdDirectory) else {
            if fdDirectory >= 0 { close(fdDirectory) }
            return false
        }
        defer { closedir(listing) }
        var found = false
        var link = [UInt8](repeating: 0, count: 64)
        link.withUnsafeMutableBufferPointer { buffer in
            while !found, let entry = readdir(listing) {
                let length = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: 256) { name -> Int in
                        name[0] == 46 ? 0 : readlinkat(fdDirectory, name, buffer.baseAddress!, buffer.count)
                    }
                }
                guard length > 0, let inode = ProcParsers.socketInode(UnsafeBufferPointer(rebasing: buffer[0..<length])) else { continue }
                found = inodes.contains(inode)
            }
        }
        return found && !hasExited
    }

    /// Sends `signal` through the pidfd; nil on success, else the error (EPERM: another
    /// user's process; ESRCH: it has exited).
    public func send(_ signal: Int32) -> Errno? {
        portscope_pidfd_send_signal(pidfd, signal) == 0 ? nil : .current
    }

    /// Whether the process has exited (the pidfd polls readable once it has).
    public var hasExited: Bool {
        var poller = pollfd(fd: pidfd, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) > 0 && poller.revents & Int16(POLLIN) != 0
    }
}
#endif
