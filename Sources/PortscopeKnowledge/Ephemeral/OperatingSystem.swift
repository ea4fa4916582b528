/// An operating system whose default port behaviour portscope knows.
public enum OperatingSystem: String, CaseIterable, Sendable, Codable {
    case linux, windows, macos, freebsd

    /// The name people write, e.g. "macOS".
    public var displayName: String {
        switch self {
        case .linux: "Linux"
        case .windows: "Windows"
        case .macos: "macOS"
        case .freebsd: "FreeBSD"
        }
    }
}
