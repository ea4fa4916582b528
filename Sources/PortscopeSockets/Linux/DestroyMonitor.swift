#if os(Linux)
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CNetlink
import PortscopeSystem

/// The kernel's socket destroy notifications: sock_diag multicast groups for TCP and UDP over
/// IPv4 and IPv6 (`SKNLGRP_INET{,6}_{TCP,UDP}_DESTROY`). Every socket that is destroyed while
/// subscribed is reported, however briefly it lived, so `watch` does not miss what a sample
/// would. Subscribing needs CAP_NET_ADMIN (root).
public final class DestroyMonitor: Sendable {
    public let descriptor: Int32

    /// Subscribes; throws `.netlink(operation: "bind", errno: EPERM)` without the privilege.
    public init() throws(SocketSourceError) {
        descriptor = socket(AF_NETLINK, Int32(SOCK_RAW.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), NetlinkConstants.netlinkSockDiag)
        guard descriptor >= 0 else { throw .netlink(operation: "socket", errno: .current) }
        // Room for bursts of short connections between two reads (each notification takes
        // about 1 KiB of buffer): SO_RCVBUF is capped by net.core.rmem_max (often 208 KiB),
        // so ask with SO_RCVBUFFORCE (CAP_NET_ADMIN), else with SO_RCVBUF. Subscribing itself
        // needs no privilege on current kernels (measured on 6.18 as uid 65534); what the
        // smaller buffer of an unprivileged user drops is counted by ``droppedCount()``.
        var size: Int32 = 32 << 20
        if setsockopt(descriptor, SOL_SOCKET, SO_RCVBUFFORCE, &size, socklen_t(MemoryLayout<Int32>.size)) != 0 {
            setsockopt(descriptor, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        var address = sockaddr_nl()
        address.nl_family = sa_family_t(AF_NETLINK)
        let groups = [NetlinkConstants.groupTCPv4Destroy, NetlinkConstants.groupUDPv4Destroy, NetlinkConstants.groupTCPv6Destroy, NetlinkConstants.groupUDPv6Destroy]
        address.nl_groups = groups.reduce(0) { $0 | 1 << ($1 - 1) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_nl>.size)) }
        }
        guard bound == 0 else {
            let error = Errno.current
            close(descriptor)
            throw .netlink(operation: "bind to the socket destroy-notification groups", errno: error)
        }
    }

    deinit {
        close(descriptor)
    }

    /// How many notifications the kernel dropped for this socket since it was opened (the
    /// `Drops` column of `/proc/self/net/netlink`), or nil when that cannot be read.
    public func droppedCount() -> Int? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, let table = try? SystemFile.read("/proc/self/net/netlink", sizeHint: 16384) else { return nil }
        return NetlinkTableParser.drops(table, inode: UInt64(info.st_ino))
    }

    /// Every notification waiting now (never blocks). `overflowed` is set when the kernel
    /// dropped some (ENOBUFS): the caller should say that events may be missing.
    public func drain() -> (sockets: [SocketEntry], overflowed: Bool) {
        var sockets: [SocketEntry] = []
        var overflowed = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == ENOBUFS { overflowed = true; continue }
                break // EAGAIN: nothing more
            }
            if count == 0 { break }
            sockets += buffer.withUnsafeBytes { NetlinkReplyDecoder.decodeBroadcast(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
        return (sockets, overflowed)
    }
}
#endif
