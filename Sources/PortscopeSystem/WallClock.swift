/// Wall-clock time and its text forms.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
public enum WallClock {
    /// Seconds since 1970 (UTC), with sub-second precision. The corresponding C call is
    /// `clock_gettime(CLOCK_REALTIME)`.
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }

    /// `2026-11-28T21:30:01.123Z` (UTC, milliseconds).
    public static func iso8601(_ seconds: Double) -> String {
        var whole = time_t(seconds.rounded(.down))
        var parts = tm()
        gmtime_r(&whole, &parts)
        let millis = Int(((seconds - seconds.rounded(.down)) * 1000).rounded(.down))
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(three(millis))Z"
    }

    /// `21:30:01.123` in local time.
    public static func localTime(_ seconds: Double) -> String {
        var whole = time_t(seconds.rounded(.down))
        var parts = tm()
        localtime_r(&whole, &parts)
        let millis = Int(((seconds - seconds.rounded(.down)) * 1000).rounded(.down))
        return "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(three(millis))"
    }

    static func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    static func three(_ value: Int) -> String { value < 10 ? "00\(value)" : value < 100 ? "0\(value)" : "\(value)" }
}
