#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Signals a long-running command reacts to, recorded as flags its loop checks.
public enum SignalFlags {
    /// SIGINT or SIGTERM arrived: finish cleanly.
    public static let stop = Atomic<Bool>(false)
    /// SIGWINCH arrived: the terminal changed size.
    public static let resized = Atomic<Bool>(false)
    /// SIGTSTP arrived (Ctrl-Z): restore the terminal, then stop.
    public static let suspend = Atomic<Bool>(false)

    /// Installs the handlers (they only set the flags). The corresponding C call is `sigaction`.
    public static func install(catchSuspend: Bool = false) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            if signal == SIGWINCH {
                SignalFlags.resized.store(true, ordering: .relaxed)
            } else if signal == SIGTSTP {
                SignalFlags.suspend.store(true, ordering: .relaxed)
            } else {
                SignalFlags.stop.store(true, ordering: .relaxed)
            }
        }
        sigemptyset(&action.sa_mask)
        // Restart interrupted writes: a Ctrl-C while output is blocked on a full pipe must not
        // make stdio drop what it was writing.
        action.sa_flags = SA_RESTART
        for signal in [SIGINT, SIGTERM, SIGWINCH] + (catchSuspend ? [SIGTSTP] : []) {
            sigaction(signal, &action, nil)
        }
    }

    /// Stops the process as Ctrl-Z would (the default action of SIGTSTP) and returns once
    /// it is continued (SIGCONT). The caller restores the terminal before and redraws after.
    ///
    /// The corresponding C calls are `signal` and `raise`.
    public static func stopUntilContinued() {
        suspend.store(false, ordering: .relaxed)
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        // Continued: catch the next Ctrl-Z again.
        install(catchSuspend: true)
        resized.store(true, ordering: .relaxed)
    }
}
