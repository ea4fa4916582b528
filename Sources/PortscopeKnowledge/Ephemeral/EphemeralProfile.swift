/// The default ephemeral (auto-assigned) port range of an operating system.
public struct EphemeralProfile: Sendable, Hashable {
    public var os: OperatingSystem
    public var range: ClosedRange<UInt16>
    /// Where the default comes from, and how to see the live value there.
    public var source: String

    /// Whether the range contains `port`.
    public func contains(_ port: Port) -> Bool { range.contains(port.rawValue) }

    /// The defaults of current versions of each OS.
    ///
    /// - Linux: 32768–60999 since 4.x (`net.ipv4.ip_local_port_range`; the odd upper end keeps
    ///   the two ends of different parity).
    /// - Windows: 49152–65535 since Vista / Server 2008 (`netsh int ipv4 show dynamicport tcp`).
    /// - macOS: 49152–65535 (`sysctl net.inet.ip.portrange.first net.inet.ip.portrange.last`).
    /// - FreeBSD: 10000–65535 (`sysctl net.inet.ip.portrange.first`, `sys/netinet/in_pcb.c`).
    public static let defaults: [EphemeralProfile] = [
        EphemeralProfile(os: .linux, range: 32768...60999, source: "sysctl net.ipv4.ip_local_port_range"),
        EphemeralProfile(os: .windows, range: 49152...65535, source: "netsh int ipv4 show dynamicport tcp"),
        EphemeralProfile(os: .macos, range: 49152...65535, source: "sysctl net.inet.ip.portrange.first net.inet.ip.portrange.last"),
        EphemeralProfile(os: .freebsd, range: 10000...65535, source: "sysctl net.inet.ip.portrange.first net.inet.ip.portrange.last"),
    ]

    /// The default profile of `os`.
    public static func defaultProfile(for os: OperatingSystem) -> EphemeralProfile {
        defaults.first { $0.os == os }!
    }
}
