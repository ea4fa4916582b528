#if os(Linux)
import PortscopeSystem

/// Looks up user names with `getpwuid_r`, remembering each answer.
final class UserNames: @unchecked Sendable {
    private var cache: [UInt32: String?] = [:]
    private var lock = pthread_mutex_t()

    init() {
        pthread_mutex_init(&lock, nil)
    }

    deinit {
        pthread_mutex_destroy(&lock)
    }

    /// The name of `uid`, or nil when the system has no entry for it.
    func name(_ uid: UInt32) -> String? {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        if let cached = cache[uid] { return cached }
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        let status = getpwuid_r(uid, &entry, &buffer, buffer.count, &result)
        let name = status == 0 && result != nil ? String(cString: entry.pw_name) : nil
        cache[uid] = name
        return name
    }
}
#endif
