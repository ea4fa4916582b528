import Foundation

/// Runs a program to completion and captures what it printed.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

public enum CommandRunner {
    /// Runs `executable` with `arguments`; `environment` entries are added to (or, with a nil
    /// value, removed from) the current environment.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String?] = [:], stdin: String? = nil
    ) throws -> CommandResult {
        try ChildProcess([executable] + arguments, environment: environment, stdin: stdin).finish()
    }

    /// Runs the built `portscope` with a fixed environment: no colours, 100 columns, the C
    /// locale (English, whatever the developer's `LANG`), the user registry copy looked up in `dataHome` (an empty folder unless given), and with
    /// `procRoot`, procfs and sockets read from that fixture tree; NAT rules are not read.
    public static func portscope(
        _ arguments: [String], procRoot: String? = nil, dataHome: String? = nil, environment: [String: String?] = [:]
    ) throws -> CommandResult {
        var env: [String: String?] = [
            "NO_COLOR": "1", "COLUMNS": "100", "LANG": "C.UTF-8", "LC_ALL": nil, "LC_MESSAGES": nil,
            "XDG_DATA_HOME": dataHome ?? TemporaryDirectory.shared.path,
            "XDG_RUNTIME_DIR": TemporaryDirectory.shared.path,
            "PORTSCOPE_PROC_ROOT": procRoot,
            // With a fixture procfs, read sockets from its net/ files too.
            "PORTSCOPE_SOCKET_SOURCE": procRoot == nil ? nil : "proc",
            // The host's own NAT rules would change answers: read only when a test asks
            // (a saved ruleset, or nil to run nft).
            "PORTSCOPE_NFT_RULESET": "none",
            // Nor the host's container runtimes, nor its systemd unit files.
            "PORTSCOPE_DOCKER_SOCKET": "none", "PORTSCOPE_PODMAN_SOCKET": "none", "PORTSCOPE_SYSTEMD_UNIT_PATH": "none",
        ]
        for (key, value) in environment { env[key] = value }
        return try run(TestPaths.portscope, arguments, environment: env)
    }
}
