#if !os(Linux)
/// The process table on an OS without a backend yet: no owners, no processes.
public struct UnsupportedProcessTable: ProcessTable {
    public init() {}
    public func socketOwners(wanted: Set<UInt64>?, preferredUIDs: Set<UInt32>) -> SocketOwners { SocketOwners() }
    public func process(_ pid: Int32) -> ProcessRecord? { nil }
    public func networkNamespace(of pid: Int32) -> UInt64? { nil }
    public func networkNamespaces() -> [UInt64: Int32] { [:] }
}

/// Builds the process table for this OS.
public enum ProcessTables {
    public static func system() -> any ProcessTable {
        UnsupportedProcessTable()
    }
}
#endif
