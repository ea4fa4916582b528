/// Runs programs with an argv (never a shell).
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
public enum Subprocess {
    /// Runs `arguments[0]` (searched in `PATH`) with the given arguments, inheriting stdin,
    /// stdout and stderr, and returns its exit status (128 + signal when killed).
    ///
    /// The corresponding C calls are `posix_spawnp` and `waitpid`.
    public static func run(_ arguments: [String]) throws(Errno) -> Int32 {
        precondition(!arguments.isEmpty, "Subprocess.run needs a program name")
        var pid: pid_t = 0
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { argv.forEach { free($0) } }
        let spawned = posix_spawnp(&pid, arguments[0], nil, nil, argv, environ)
        guard spawned == 0 else { throw Errno(rawValue: spawned) }
        return wait(pid)
    }

    /// What ``capture(_:limit:timeout:)`` collected.
    public struct Captured: Sendable {
        /// The exit status (128 + signal when killed), or nil when it was killed for running
        /// too long or writing too much.
        public var status: Int32?
        public var output: [UInt8]
        /// It wrote more than the limit (and was killed).
        public var truncated: Bool
        /// It ran past the timeout (and was killed).
        public var timedOut: Bool
    }

    /// Runs `arguments[0]` with its stdout captured (at most `limit` bytes) and stdin from
    /// `/dev/null`; stderr is inherited, or goes to `/dev/null` with `discardErrors` (a tool
    /// whose failure portscope reports in its own words). A program that writes more, or runs longer than
    /// `timeout` seconds, is killed (SIGKILL) and reported as such.
    ///
    /// The corresponding C calls are `pipe2`, `posix_spawnp`, `poll`, `read`, `kill` and `waitpid`.
    public static func capture(_ arguments: [String], limit: Int, timeout: Double, discardErrors: Bool = false) throws(Errno) -> Captured {
        precondition(!arguments.isEmpty, "Subprocess.capture needs a program name")
        var pipeFDs: [Int32] = [0, 0]
        guard pipe(&pipeFDs) == 0 else { throw Errno.current }
        _ = fcntl(pipeFDs[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(pipeFDs[1], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeFDs[1], 1)
        if discardErrors { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        var pid: pid_t = 0
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { argv.forEach { free($0) } }
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        close(pipeFDs[1])
        guard spawned == 0 else {
            close(pipeFDs[0])
            throw Errno(rawValue: spawned)
        }
        defer { close(pipeFDs[0]) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        let deadline = Clock.now() + timeout
        var truncated = false
        var timedOut = false
        while true {
            let left = deadline - Clock.now()
            if left <= 0 {
                timedOut = true
                break
            }
            var poller = pollfd(fd: pipeFDs[0], events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(left * 1000, 1000).rounded(.up)))
            if ready < 0, errno == EINTR { continue }
            if ready <= 0 { continue }
            let count = chunk.withUnsafeMutableBytes { posixRead(pipeFDs[0], $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            output += chunk[..<count]
            if output.count > limit {
                truncated = true
                output.removeLast(output.count - limit)
                break
            }
        }
        if truncated || timedOut { kill(pid, SIGKILL) }
        let status = wait(pid)
        return Captured(status: truncated || timedOut ? nil : status, output: output, truncated: truncated, timedOut: timedOut)
    }

    private static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return 128 }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
