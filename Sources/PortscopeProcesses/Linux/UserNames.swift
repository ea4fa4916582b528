#if os(Linux)
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PortscopeSystem
import Synchronization

/// Looks up user names with `getpwuid_r`, remembering each answer (shared by the walk's threads).
final class UserNames: Sendable {
    private let cache = Mutex<[UInt32: String?]>([:])

    init() {}

    /// The name of `uid`, or nil when the system has no entry for it.
    func name(_ uid: UInt32) -> String? {
        if let cached = cache.withLock({ $0[uid] }) { return cached }
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        let status = getpwuid_r(uid, &entry, &buffer, buffer.count, &result)
        let name = status == 0 && result != nil ? String(cString: entry.pw_name) : nil
        cache.withLock { $0[uid] = name }
        return name
    }
}
#endif
