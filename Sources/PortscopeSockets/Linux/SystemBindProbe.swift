#if os(Linux)
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PortscopeSystem

/// Binds a real socket and closes it at once: the ground truth for "can this port be bound?".
public struct SystemBindProbe: BindProbe {
    public init() {}

    public func attempt(_ bind: BindAttempt) -> Errno? {
        do {
            try BoundSocket(bind).close()
            return nil
        } catch {
            return error
        }
    }
}

/// A socket bound (and for TCP listening) as a ``BindAttempt`` describes; it stays bound
/// until closed. Used for test binds and to hold picked ports.
/// Owned by one user (a probe, a picked port); not shared between threads.
public final class BoundSocket {
    public private(set) var descriptor: Int32
    public let attempt: BindAttempt

    /// Creates, configures, binds and (for TCP with `listen`) listens; throws the errno of the
    /// step that failed.
    public init(_ attempt: BindAttempt) throws(Errno) {
        self.attempt = attempt
        let ipv6 = attempt.address.family == .ipv6
        let type = attempt.transport == .tcp ? Int32(SOCK_STREAM.rawValue) : Int32(SOCK_DGRAM.rawValue)
        descriptor = socket(ipv6 ? AF_INET6 : AF_INET, type | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw .current }
        var one: Int32 = 1
        if attempt.reuseAddress {
            setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        }
        if ipv6 {
            var value: Int32 = attempt.v6Only ? 1 : 0
            setsockopt(descriptor, Int32(IPPROTO_IPV6), IPV6_V6ONLY, &value, socklen_t(MemoryLayout<Int32>.size))
        }
        let bound: Int32
        if ipv6 {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = attempt.port.bigEndian
            withUnsafeMutableBytes(of: &address.sin6_addr) { $0.copyBytes(from: attempt.address.bytes) }
            bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = attempt.port.bigEndian
            withUnsafeMutableBytes(of: &address.sin_addr) { $0.copyBytes(from: attempt.address.bytes) }
            bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
        guard bound == 0 else {
            let error = Errno.current
            Glibc.close(descriptor)
            throw error
        }
        if attempt.transport == .tcp, attempt.listen, Glibc.listen(descriptor, 128) != 0 {
            let error = Errno.current
            Glibc.close(descriptor)
            throw error
        }
    }

    /// The local port (useful after binding port 0).
    public var port: UInt16 {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
        }
    }

    /// Gives up ownership of the descriptor (it is no longer closed on deinit).
    public func release() -> Int32 {
        defer { descriptor = -1 }
        return descriptor
    }

    public func close() {
        if descriptor >= 0 {
            Glibc.close(descriptor)
            descriptor = -1
        }
    }

    deinit {
        close()
    }
}
#endif
