import PortscopeSystem

/// What the calling process may do that matters for ports.
public struct Capabilities: Sendable, Equatable {
    public var isRoot: Bool
    /// CAP_NET_BIND_SERVICE is in the effective set (bit 10 of `CapEff`).
    public var canBindPrivilegedPorts: Bool
    /// CAP_KILL is in the effective set (bit 5): may signal other users' processes.
    public var canSignalAnyProcess: Bool

    public init(isRoot: Bool, canBindPrivilegedPorts: Bool, canSignalAnyProcess: Bool) {
        self.isRoot = isRoot
        self.canBindPrivilegedPorts = canBindPrivilegedPorts
        self.canSignalAnyProcess = canSignalAnyProcess
    }

    /// Parses `CapEff:` from `/proc/self/status` text (hex bitmask).
    public static func parse(status: String, euid: UInt32) -> Capabilities {
        var effective: UInt64 = 0
        for line in status.split(separator: "\n") where line.hasPrefix("CapEff:") {
            effective = UInt64(line.dropFirst(7).trimmingCharacters(in: " \t"), radix: 16) ?? 0
        }
        return Capabilities(
            isRoot: euid == 0,
            canBindPrivilegedPorts: euid == 0 || effective & (1 << 10) != 0,
            canSignalAnyProcess: euid == 0 || effective & (1 << 5) != 0
        )
    }

    /// The calling process's capabilities (always from the real `/proc/self/status`).
    public static func current() -> Capabilities {
        let status = (try? SystemFile.readText("/proc/self/status")) ?? ""
        return parse(status: status, euid: ProcessID.effectiveUser)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop(while: { set.contains($0) }).reversed().drop(while: { set.contains($0) }).reversed())
    }
}
