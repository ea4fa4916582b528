import PortscopeSystem

/// Reads this host's port sysctls from procfs.
public struct SysctlReader: Sendable {
    public var root: ProcRoot

    public init(root: ProcRoot = .default) {
        self.root = root
    }

    /// Reads `ip_local_port_range`, `ip_local_reserved_ports` and `ip_unprivileged_port_start`.
    ///
    /// The range is required. The reserved list and the unprivileged start are missing on
    /// old kernels (before 2.6.35 and 4.11): then the kernel's behaviour of that time is
    /// assumed (nothing reserved, 1024) and a note says so.
    public func portSettings() throws(HostError) -> HostPortSettings {
        let rangePath = root.path("sys/net/ipv4/ip_local_port_range")
        let range = try parse(rangePath, SysctlParser.parseRange)
        var settings = HostPortSettings(localPortRange: range, source: rangePath)

        let reservedPath = root.path("sys/net/ipv4/ip_local_reserved_ports")
        if let reserved = try parseIfPresent(reservedPath, SysctlParser.parseReservedPorts) {
            settings.reservedPorts = reserved
        } else {
            settings.notes.append(.reservedPortsMissing(path: reservedPath))
        }
        let startPath = root.path("sys/net/ipv4/ip_unprivileged_port_start")
        if let start = try parseIfPresent(startPath, SysctlParser.parseInteger) {
            guard (0...65536).contains(start) else {
                throw .malformed(path: startPath, content: String(start), reason: "expected 0 to 65536")
            }
            settings.unprivilegedPortStart = start
        } else {
            settings.notes.append(.unprivilegedPortStartMissing(path: startPath))
        }
        return settings
    }

    /// Reads one integer sysctl below `net/ipv4/`, e.g. `tcp_tw_reuse`; nil when absent.
    public func integer(_ name: String) throws(HostError) -> Int? {
        try parseIfPresent(root.path("sys/net/ipv4/" + name), SysctlParser.parseInteger)
    }

    private func parse<T>(_ path: String, _ parser: (String) throws(SysctlParseError) -> T) throws(HostError) -> T {
        let text: String
        do {
            text = try SystemFile.readText(path)
        } catch {
            throw .unreadable(path: path, errno: error)
        }
        do {
            return try parser(text)
        } catch {
            throw .malformed(path: path, content: text.trimmingNewlines(), reason: error.reason)
        }
    }

    private func parseIfPresent<T>(_ path: String, _ parser: (String) throws(SysctlParseError) -> T) throws(HostError) -> T? {
        do {
            return try parse(path, parser)
        } catch let HostError.unreadable(_, errno) where errno == .noSuchFileOrDirectory {
            return nil
        }
    }
}

extension String {
    func trimmingNewlines() -> String {
        var text = Substring(self)
        while text.last == "\n" { text = text.dropLast() }
        return String(text)
    }
}
