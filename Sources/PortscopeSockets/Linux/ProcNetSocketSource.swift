#if os(Linux)
import PortscopeSystem

/// Lists sockets from `/proc/net/{tcp,tcp6,udp,udp6}`: the fallback when netlink is
/// unavailable (sandboxes, seccomp, a missing `udp_diag` module). Filtering happens here.
public struct ProcNetSocketSource: SocketSource {
    /// The directory holding `tcp`, `tcp6`, `udp`, `udp6`: `<procfs>/net` for the caller's
    /// namespace, `<procfs>/PID/net` for another process's.
    public var directory: String
    public var networkNamespace: UInt64?

    public init(root: ProcRoot = .default, pid: Int32? = nil, networkNamespace: UInt64? = nil) {
        directory = root.path(pid.map { "\($0)/net" } ?? "net")
        self.networkNamespace = networkNamespace
    }

    public func snapshot(_ query: SocketQuery) throws(SocketSourceError) -> SocketSnapshot {
        var sockets: [SocketEntry] = []
        for transport in SocketProtocol.allCases where query.protocols.contains(transport) {
            for family in AddressFamily.allCases where query.families.contains(family) {
                let path = directory + "/" + transport.rawValue + (family == .ipv6 ? "6" : "")
                let text: String
                do {
                    text = try SystemFile.readText(path, sizeHint: 1 << 16)
                } catch {
                    if error == .noSuchFileOrDirectory, family == .ipv6 { continue } // IPv6 disabled
                    throw .unreadable(path: path, errno: error)
                }
                do {
                    sockets += try ProcNetParser.parse(text, transport: transport, family: family, networkNamespace: networkNamespace)
                        .filter(SocketQuery.Matcher(query).matches)
                } catch {
                    throw .malformed(reason: "\(path) line \(error.line): \"\(error.text.prefix(80))\"")
                }
            }
        }
        return SocketSnapshot(sockets: sockets, source: "/proc/net")
    }
}
#endif
