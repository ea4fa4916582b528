import CStdio

/// How a long-running process hands memory back to the system.
public enum MemoryPolicy {
    /// Serves every allocation of `threshold` bytes or more with its own mapping, returned to
    /// the system when freed, for a server that builds large short-lived arrays (a socket
    /// snapshot of 100,000 entries is 20 MB) on several threads.
    ///
    /// glibc otherwise raises its mapping threshold to the largest block freed so far (up to
    /// 32 MB), after which such arrays come from per-thread heaps that keep the freed space:
    /// `portscope-serve` at 100,000 sockets held 380–440 MB after a few hundred scrapes. Setting
    /// the threshold (`mallopt(M_MMAP_THRESHOLD)`) turns that adjustment off. No effect where
    /// the C library is not glibc.
    public static func returnLargeBlocks(threshold: Int = 1 << 20) {
        _ = portscope_malloc_mmap_threshold(Int32(threshold))
    }
}
