/// A command that shows what uses a port on some operating system.
public struct CheckCommand: Sendable, Hashable, Codable {
    public var os: OperatingSystem
    public var command: String

    /// The commands for `port` on Linux, macOS and Windows, narrowed to `transport` when given.
    public static func commands(for port: Port, transport: TransportProtocol?) -> [CheckCommand] {
        let n = port.description
        switch transport {
        case .udp:
            return [
                CheckCommand(os: .linux, command: "ss -uanp 'sport = :\(n) or dport = :\(n)'"),
                CheckCommand(os: .macos, command: "lsof -nP -iUDP:\(n)"),
                CheckCommand(os: .windows, command: "netstat -ano -p udp | findstr :\(n)"),
                CheckCommand(os: .windows, command: "Get-NetUDPEndpoint -LocalPort \(n)"),
            ]
        case .tcp:
            return [
                CheckCommand(os: .linux, command: "ss -tanp 'sport = :\(n) or dport = :\(n)'"),
                CheckCommand(os: .macos, command: "lsof -nP -iTCP:\(n)"),
                CheckCommand(os: .windows, command: "netstat -ano -p tcp | findstr :\(n)"),
                CheckCommand(os: .windows, command: "Get-NetTCPConnection -LocalPort \(n)"),
            ]
        case .sctp:
            return [
                CheckCommand(os: .linux, command: "ss -Sanp 'sport = :\(n) or dport = :\(n)'"),
                CheckCommand(os: .freebsd, command: "sockstat -P sctp -p \(n)"),
            ]
        case .dccp:
            return [
                CheckCommand(os: .linux, command: "ss -danp 'sport = :\(n) or dport = :\(n)'"),
            ]
        case nil:
            return [
                CheckCommand(os: .linux, command: "ss -tanup 'sport = :\(n) or dport = :\(n)'"),
                CheckCommand(os: .macos, command: "lsof -nP -i :\(n)"),
                CheckCommand(os: .windows, command: "netstat -ano | findstr :\(n)"),
                CheckCommand(os: .windows, command: "Get-NetTCPConnection -LocalPort \(n)"),
                CheckCommand(os: .windows, command: "Get-NetUDPEndpoint -LocalPort \(n)"),
            ]
        }
    }
}
