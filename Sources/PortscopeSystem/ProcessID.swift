/// The current process's identity.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
public enum ProcessID {
    /// This process's pid. The corresponding C call is `getpid`.
    public static var current: Int32 { getpid() }

    /// This process's effective user id. The corresponding C call is `geteuid`.
    public static var effectiveUser: UInt32 { geteuid() }
}
