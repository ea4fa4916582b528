#if os(Linux)
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PortscopeSystem

/// Samples this host's source-port choices on loopback only: listeners on 127.0.0.1 … 127.0.0.K,
/// outgoing TCP connections to them (each accepted, then closed with RST so no TIME_WAIT is
/// left), and UDP sockets connected to one of them (connect() on UDP sends nothing). Every
/// socket it makes is closed before it returns.
public struct LoopbackSourcePortSampler: SourcePortSampling {
    public init() {}

    /// The most destinations there are addresses for (127.0.0.1 … 127.0.0.254).
    public static let maximumDestinations = 254

    public func sample(count: Int, destinations: Int) throws(SocketSourceError) -> SourcePortSamples {
        guard (1...Self.maximumDestinations).contains(destinations), count >= 0 else {
            throw .invalidRequest("sampling takes 1 to \(Self.maximumDestinations) destinations (127.0.0.1 to 127.0.0.254) and a count of 0 or more; got \(destinations) and \(count)")
        }
        var listeners: [BoundSocket] = []
        defer { listeners.forEach { $0.close() } }
        for index in 0..<max(1, destinations) {
            let address = IPAddress(bytes: [127, 0, 0, UInt8(1 + index)])!
            do {
                listeners.append(try BoundSocket(BindAttempt(address: address, port: 0, transport: .tcp, reuseAddress: false)))
            } catch {
                throw .netlink(operation: "listen on \(address)", errno: error)
            }
        }
        let targets = listeners.map { Endpoint(address: $0.attempt.address, port: $0.port) }
        var single: [Int] = []
        for _ in 0..<count { single.append(try connect(to: targets[0], through: listeners[0])) }
        var interleaved: [(destination: Int, port: Int)] = []
        if targets.count > 1 {
            for index in 0..<count {
                let destination = index % targets.count
                interleaved.append((destination, try connect(to: targets[destination], through: listeners[destination])))
            }
        }
        var udp: [Int] = []
        for _ in 0..<count { udp.append(try connectUDP(to: targets[0])) }
        return SourcePortSamples(tcpSingle: single, tcpInterleaved: interleaved, udpSingle: udp, destinations: targets.map(\.description))
    }

    /// One TCP connection: connect, note the local port, accept, close both with RST.
    func connect(to target: Endpoint, through listener: BoundSocket) throws(SocketSourceError) -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .netlink(operation: "socket", errno: .current) }
        defer { close(fd) }
        abortOnClose(fd)
        guard withAddress(target, { Glibc.connect(fd, $0, $1) }) == 0 else { throw .netlink(operation: "connect \(target)", errno: .current) }
        let port = localPort(fd)
        let accepted = accept(listener.descriptor, nil, nil)
        if accepted >= 0 {
            abortOnClose(accepted)
            close(accepted)
        }
        return port
    }

    /// One UDP socket connected to `target` (the kernel autobinds it; nothing is sent).
    func connectUDP(to target: Endpoint) throws(SocketSourceError) -> Int {
        let fd = socket(AF_INET, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .netlink(operation: "socket", errno: .current) }
        defer { close(fd) }
        guard withAddress(target, { Glibc.connect(fd, $0, $1) }) == 0 else { throw .netlink(operation: "connect \(target)", errno: .current) }
        return localPort(fd)
    }

    func abortOnClose(_ fd: Int32) {
        var option = linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
    }

    func localPort(_ fd: Int32) -> Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    func withAddress(_ target: Endpoint, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Int32) -> Int32 {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = target.port.bigEndian
        withUnsafeMutableBytes(of: &address.sin_addr) { $0.copyBytes(from: target.address.bytes) }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
    }
}
#endif
