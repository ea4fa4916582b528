#if !os(Linux)
/// The process table on an OS without a backend yet: no owners, no processes.
public struct UnsupportedProcessTable: ProcessTable {
    public init() {}
    public func socketOwners(wanted: Set<UInt64>?, preferredUIDs: Set<UInt32>) -> SocketOwners { SocketOwners() }
    public func firstOwners(wanted: Set<UInt64>, preferredUIDs: Set<UInt32>) -> SocketOwners { SocketOwners() }
    public func process(_ pid: Int32, startTime: UInt64?) -> ProcessRecord? { nil }
    public func networkNamespace(of pid: Int32) -> UInt64? { nil }
    public func networkNamespaces() -> NamespaceListing { NamespaceListing() }
    public func processStat(_ pid: Int32) -> ProcStat? { nil }
}

/// Builds the process table for this OS.
public enum ProcessTables {
    /// No process table on this OS (`owners` has no walk to choose).
    public static func system(owners: OwnersChoice? = nil) -> any ProcessTable {
        UnsupportedProcessTable()
    }
}
#endif

#if !os(Linux)
import PortscopeSystem

/// Without a backend no process can be signalled: every handle fails to open.
public final class ProcessHandle: Sendable {
    public let pid: Int32
    public let startTime: UInt64

    public enum OpenError: Error, Equatable, Sendable {
        case exited
        case reused
        case unsupported(Errno)
    }

    public init(pid: Int32, startTime: UInt64, root: ProcRoot = .default) throws(OpenError) {
        throw .unsupported(.notSupported)
    }

    public func holdsAny(of inodes: Set<UInt64>) -> Bool { false }
    public func send(_ signal: Int32) -> Errno? { .notSupported }
    public var hasExited: Bool { true }
}
#endif
