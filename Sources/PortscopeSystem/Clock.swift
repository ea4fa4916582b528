/// A monotonic clock for timeouts.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
public enum Clock {
    /// Seconds since an arbitrary point, never going backwards. The corresponding C call is
    /// `clock_gettime(CLOCK_MONOTONIC)`.
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }
}
