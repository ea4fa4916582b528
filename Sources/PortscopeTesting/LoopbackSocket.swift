import Foundation

/// A real socket on a loopback address, for tests (127.0.0.0/8 and ::1 only).
public final class LoopbackSocket: @unchecked Sendable {
    public private(set) var fd: Int32
    public let family: Int32
    public let type: Int32

    /// A new unbound socket; `ipv6Only: false` makes an IPv6 socket dual-stack.
    public init(ipv6: Bool = false, udp: Bool = false, ipv6Only: Bool? = nil) throws {
        family = ipv6 ? AF_INET6 : AF_INET
        type = udp ? Int32(SOCK_DGRAM.rawValue) : Int32(SOCK_STREAM.rawValue)
        fd = socket(family, type | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw LoopbackSocket.error("socket") }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        if ipv6, let ipv6Only {
            var value: Int32 = ipv6Only ? 1 : 0
            setsockopt(fd, Int32(IPPROTO_IPV6), IPV6_V6ONLY, &value, socklen_t(MemoryLayout<Int32>.size))
        }
    }

    private init(fd: Int32, family: Int32, type: Int32) {
        self.fd = fd
        self.family = family
        self.type = type
    }

    /// A TCP listener on `address` (default 127.0.0.1) and an automatic port.
    public static func listener(address: String? = nil, ipv6: Bool = false, ipv6Only: Bool? = nil, port: UInt16 = 0, backlog: Int32 = 64) throws -> LoopbackSocket {
        let socket = try LoopbackSocket(ipv6: ipv6, ipv6Only: ipv6Only)
        try socket.bind(address ?? (ipv6 ? "::1" : "127.0.0.1"), port: port)
        guard listen(socket.fd, backlog) == 0 else { throw error("listen") }
        return socket
    }

    /// A UDP socket bound to `address` and an automatic port.
    public static func udp(address: String? = nil, ipv6: Bool = false) throws -> LoopbackSocket {
        let socket = try LoopbackSocket(ipv6: ipv6, udp: true)
        try socket.bind(address ?? (ipv6 ? "::1" : "127.0.0.1"), port: 0)
        return socket
    }

    public func bind(_ address: String, port: UInt16) throws {
        try withAddress(address, port: port) { pointer, length in
            guard Glibc.bind(fd, pointer, length) == 0 else { throw LoopbackSocket.error("bind \(address):\(port)") }
        }
    }

    public func connect(_ address: String, port: UInt16) throws {
        try withAddress(address, port: port) { pointer, length in
            guard Glibc.connect(fd, pointer, length) == 0 else { throw LoopbackSocket.error("connect \(address):\(port)") }
        }
    }

    /// Accepts one pending connection (close-on-exec, so processes the test starts do not
    /// inherit it).
    public func accept() throws -> LoopbackSocket {
        let client = Glibc.accept(fd, nil, nil)
        if client >= 0 { _ = fcntl(client, F_SETFD, FD_CLOEXEC) }
        guard client >= 0 else { throw LoopbackSocket.error("accept") }
        return LoopbackSocket(fd: client, family: family, type: type)
    }

    /// The local port the kernel gave the socket.
    public var localPort: UInt16 {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return withUnsafePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
        }
    }

    /// The socket's inode (as in `/proc/PID/fd` links and sock_diag).
    public var inode: UInt64 {
        var info = stat()
        fstat(fd, &info)
        return UInt64(info.st_ino)
    }

    /// Sets SO_LINGER {1, 0}, so close() sends RST and leaves no TIME_WAIT.
    public func abortOnClose() {
        var option = linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
    }

    /// Sends all of `bytes` (blocking).
    public func sendAll(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            if sent < 0 {
                if errno == EINTR { continue }
                throw LoopbackSocket.error("send")
            }
            offset += sent
        }
    }

    /// Receives exactly `count` bytes (blocking); fewer only at end of stream.
    @discardableResult
    public func receive(_ count: Int) throws -> Int {
        var got = 0
        var buffer = [UInt8](repeating: 0, count: 65536)
        while got < count {
            let n = recv(fd, &buffer, min(buffer.count, count - got), 0)
            if n < 0 {
                if errno == EINTR { continue }
                throw LoopbackSocket.error("recv")
            }
            if n == 0 { break }
            got += n
        }
        return got
    }

    public func close() {
        if fd >= 0 {
            Glibc.close(fd)
            fd = -1
        }
    }

    deinit {
        close()
    }

    private func withAddress(_ address: String, port: UInt16, _ body: (UnsafePointer<sockaddr>, socklen_t) throws -> Void) throws {
        if family == AF_INET6 {
            var storage = sockaddr_in6()
            storage.sin6_family = sa_family_t(AF_INET6)
            storage.sin6_port = port.bigEndian
            guard inet_pton(AF_INET6, address, &storage.sin6_addr) == 1 else { throw LoopbackSocket.error("bad address \(address)") }
            try withUnsafePointer(to: &storage) {
                try $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { try body($0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        } else {
            var storage = sockaddr_in()
            storage.sin_family = sa_family_t(AF_INET)
            storage.sin_port = port.bigEndian
            guard inet_pton(AF_INET, address, &storage.sin_addr) == 1 else { throw LoopbackSocket.error("bad address \(address)") }
            try withUnsafePointer(to: &storage) {
                try $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { try body($0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
    }

    static func error(_ what: String) -> Error {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO, userInfo: [NSLocalizedDescriptionKey: what])
    }
}
