#if os(Linux)
#if canImport(Glibc)
import Glibc
#endif
import PortscopeSystem

/// Asks the container runtimes on this host which containers run (`GET /containers/json` over
/// their Unix sockets), to name containers and the targets of their port forwarders. Never
/// required: a socket that is absent or not readable is skipped, and an answer that does not
/// come within a second is not waited for.
///
/// `PORTSCOPE_DOCKER_SOCKET` and `PORTSCOPE_PODMAN_SOCKET` replace the socket paths (`none`
/// skips that runtime).
public struct ContainerRuntimeClient: Sendable {
    public static let timeout = 1.0
    public static let limit = 16 << 20

    public init() {}

    /// The runtimes asked: name and socket path.
    public var runtimes: [(name: String, path: String)] {
        [("docker", Environment.value("PORTSCOPE_DOCKER_SOCKET") ?? "/var/run/docker.sock"),
         ("podman", Environment.value("PORTSCOPE_PODMAN_SOCKET") ?? "/run/podman/podman.sock")]
            .filter { $0.1 != "none" }
    }

    /// The containers of every runtime that answered, and what went wrong with those that
    /// exist but did not.
    public func containers() -> (containers: [RuntimeContainer], warnings: [String]) {
        var containers: [RuntimeContainer] = []
        var warnings: [String] = []
        for (runtime, path) in runtimes where access(path, R_OK | W_OK) == 0 {
            switch fetch(path) {
            case let .success(bytes):
                guard let body = ContainerListDecoder.body(ofResponse: bytes) else {
                    warnings.append("the \(runtime) API at \(path) did not list its containers (no HTTP 200 answer)")
                    continue
                }
                do {
                    containers += try ContainerListDecoder.containers(body, runtime: runtime)
                } catch {
                    warnings.append(error.description)
                }
            case let .failure(reason):
                warnings.append("the \(runtime) API at \(path) could not be asked: \(reason)")
            }
        }
        return (containers, warnings)
    }

    /// One HTTP/1.0 GET over the Unix socket at `path`; the whole answer (the server closes).
    func fetch(_ path: String) -> Result<[UInt8], ForwardingError> {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return .failure(.failed("socket: \(Errno.current)")) }
        defer { close(fd) }
        var timeout = timeval(tv_sec: Int(Self.timeout), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let pathBytes = Array(path.utf8)
        guard pathBytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return .failure(.failed("socket path too long")) }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in pathBytes.enumerated() { raw[index] = byte }
        }
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else { return .failure(.failed("connect: \(Errno.current)")) }
        let request = Array("GET /containers/json HTTP/1.0\r\nHost: localhost\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count else {
            return .failure(.failed("send: \(Errno.current)"))
        }
        let deadline = Clock.now() + Self.timeout * 2
        var answer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while Clock.now() < deadline {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { return .failure(.failed("no answer within \(Self.timeout) s")) }
            if count == 0 { return .success(answer) }
            answer += chunk[..<count]
            if answer.count > Self.limit { return .failure(.failed("the answer is larger than \(Self.limit >> 20) MB")) }
        }
        return .failure(.failed("no complete answer within \(Self.timeout * 2) s"))
    }
}
#endif
