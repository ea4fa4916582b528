import Synchronization

/// Signals a long-running command reacts to, recorded as flags its loop checks.
public enum SignalFlags {
    /// SIGINT or SIGTERM arrived: finish cleanly.
    public static let stop = Atomic<Bool>(false)
    /// SIGWINCH arrived: the terminal changed size.
    public static let resized = Atomic<Bool>(false)

    /// Installs the handlers (they only set the flags). The corresponding C call is `sigaction`.
    public static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            if signal == SIGWINCH {
                SignalFlags.resized.store(true, ordering: .relaxed)
            } else {
                SignalFlags.stop.store(true, ordering: .relaxed)
            }
        }
        sigemptyset(&action.sa_mask)
        // Restart interrupted writes: a Ctrl-C while output is blocked on a full pipe must not
        // make stdio drop what it was writing.
        action.sa_flags = SA_RESTART
        for signal in [SIGINT, SIGTERM, SIGWINCH] {
            sigaction(signal, &action, nil)
        }
    }
}
