/// Runs a program and waits for it.
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
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Errno.current }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
