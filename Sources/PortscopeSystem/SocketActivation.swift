/// Replaces this process with a command that inherits a listening socket, systemd-style.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
public enum SocketActivation {
    /// Moves `descriptor` to fd 3, sets `LISTEN_FDS=1`, `LISTEN_PID` (this pid, which the
    /// command keeps after exec), `LISTEN_FDNAMES`, and `PORT`, then runs `command` (searched
    /// in `PATH`). Returns only when exec fails, with its errno.
    ///
    /// The corresponding C calls are `dup2`, `setenv` and `execvp`.
    public static func exec(_ command: [String], descriptor: Int32, port: UInt16, name: String = "portscope") -> Errno {
        precondition(!command.isEmpty, "SocketActivation.exec needs a command")
        if descriptor != 3 {
            guard dup2(descriptor, 3) == 3 else { return .current }
            close(descriptor)
        }
        let flags = fcntl(3, F_GETFD)
        _ = fcntl(3, F_SETFD, flags & ~FD_CLOEXEC)
        setenv("LISTEN_FDS", "1", 1)
        setenv("LISTEN_PID", String(getpid()), 1)
        setenv("LISTEN_FDNAMES", name, 1)
        setenv("PORT", String(port), 1)
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        execvp(command[0], &argv)
        let error = Errno.current
        argv.forEach { free($0) }
        return error
    }
}
