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

/// Lists the sockets of another network namespace (a container's), given a process in it.
///
/// Joins the namespace with `setns(2)` on a dedicated thread (needs CAP_SYS_ADMIN) and runs a
/// netlink dump there; without the privilege it reads `/proc/PID/net/*` instead, which shows
/// the same sockets when the caller may read that process's files.
public struct NamespacedSocketSource: SocketSource {
    public var pid: Int32
    public var namespace: UInt64
    public var root: ProcRoot

    public init(pid: Int32, namespace: UInt64, root: ProcRoot = .default) {
        self.pid = pid
        self.namespace = namespace
        self.root = root
    }

    public func snapshot(_ query: SocketQuery) throws(SocketSourceError) -> SocketSnapshot {
        let path = root.path("\(pid)/ns/net")
        let namespace = self.namespace
        let result: Result<SocketSnapshot, SocketSourceError>
        do {
            result = try DedicatedThread.run { () -> Result<SocketSnapshot, SocketSourceError> in
                let fd = open(path, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else { return .failure(.unreadable(path: path, errno: .current)) }
                defer { close(fd) }
                guard setns(fd, PORTSCOPE_CLONE_NEWNET) == 0 else { return .failure(.netlink(operation: "setns", errno: .current)) }
                return Result { () throws(SocketSourceError) in
                    try NetlinkSocketSource(networkNamespace: namespace).snapshot(query)
                }
            }
        } catch {
            result = .failure(.netlink(operation: "thread for setns", errno: error))
        }
        switch result {
        case let .success(snapshot):
            return snapshot
        case let .failure(error):
            var snapshot = try ProcNetSocketSource(root: root, pid: pid, networkNamespace: namespace).snapshot(query)
            snapshot.warnings.append("could not join network namespace \(namespace) (\(error)); read \(root.path("\(pid)/net")) instead")
            return snapshot
        }
    }
}
#endif
