#if os(Linux)
#if canImport(Glibc)
import Glibc
#endif
import PortscopeSystem

/// Asks nf_tables whether this network namespace has a `nat` chain (one netlink dump of the
/// chains, well under a millisecond), so `nft` runs only where forwards can exist.
enum NatChainProbe {
    /// True or false when the kernel answered; nil when it could not be asked (then `nft`
    /// decides).
    static func natChainExists() -> Bool? {
        let fd = socket(AF_NETLINK, Int32(SOCK_RAW.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 12) // NETLINK_NETFILTER
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let request = NatChainScan.request(sequence: 1)
        // Unaddressed, a netlink message goes to the kernel (port id 0).
        let sent = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        guard sent == request.count else { return nil }
        var buffer = [UInt8](repeating: 0, count: 32 * 1024)
        var found = false
        // A ruleset's chains fit in a few datagrams; a dump that never ends is not waited for.
        for _ in 0..<4096 {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            let result = NatChainScan.scan(Array(buffer[..<count]))
            if result.malformed || result.error != nil { return nil }
            found = found || result.natChain
            if result.done { return found }
        }
        return nil
    }
}
#endif
