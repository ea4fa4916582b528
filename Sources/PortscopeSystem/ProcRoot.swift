/// Where procfs is mounted: `/proc`, or a fixture tree in tests.
///
/// `PORTSCOPE_PROC_ROOT` overrides it for the whole process (like `PROC_ROOT` in iproute2's
/// `ss` and `PROCFS_PATH` in psutil), so the CLI can be run against fixture files.
public struct ProcRoot: Sendable, Hashable {
    public var path: String

    public init(_ path: String) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// `$PORTSCOPE_PROC_ROOT`, or `/proc`.
    public static var `default`: ProcRoot {
        ProcRoot(Environment.value("PORTSCOPE_PROC_ROOT") ?? "/proc")
    }

    /// The path of `relative` below the root, e.g. `sys/net/ipv4/ip_local_port_range`.
    public func path(_ relative: String) -> String {
        path + "/" + relative
    }
}
