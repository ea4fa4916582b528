#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser

/// The options of `portscope serve`, shared by the `portscope` front-end (for help and
/// validation) and the `portscope-serve` executable that runs the server.
///
/// The server lives in its own executable so that the HTTP stack (SwiftNIO, Hummingbird)
/// does not weigh on the start-up of every other portscope command.
public struct ServeOptions: ParsableArguments {
    /// portscope's own default port: unassigned at IANA, below every OS's ephemeral range
    /// (FreeBSD's starts at 10000), and outside 9100–9999 where Prometheus' exporters take
    /// their defaults.
    public static let defaultPort = 7373

    @Option(help: "Address and port to listen on (ADDRESS:PORT, [IPv6]:PORT, or PORT).")
    public var listen = "127.0.0.1:\(ServeOptions.defaultPort)"

    @Option(name: .customLong("top-destinations"), help: "How many ephemeral-port destinations to export.")
    public var topDestinations = 20

    @Option(name: .customLong("min-interval"), help: "Seconds during which scrapes share one snapshot.")
    public var minInterval: Double = 1

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    public var logLevel = "info"

    @Option(name: .customLong("max-connections"), help: "Connections open at once (beyond it, connections that have not sent a request are dropped first).")
    public var maxConnections = 256

    @Option(name: .customLong("header-timeout"), help: "Seconds a client may take to send its request head.")
    public var headerTimeout: Double = 5

    @Option(name: .customLong("idle-timeout"), help: "Seconds an idle keep-alive connection stays open.")
    public var idleTimeout: Double = 30

    @Flag(name: .customLong("expose-commands"), help: "Include processes' command lines in API answers (off by default: anyone who can reach the port would read other users' arguments).")
    public var exposeCommands = false

    @Option(help: ArgumentHelp("A baseline saved by `portscope ls --save`: export the listeners that are not in it (portscope_listener_unexpected_info) and the ones of it that are gone (portscope_listener_missing_info).", valueName: "file"))
    public var baseline: String?

    @Option(help: ArgumentHelp("How to find the processes holding sockets: auto (the BPF walk in the kernel on hosts with many open files, loaded once for the server's lifetime), procfs or bpf.", valueName: "backend"))
    public var owners = "auto"

    public init() {}

    public static let logLevels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    public func validate() throws {
        guard (0...1000).contains(topDestinations) else { throw ValidationError("--top-destinations takes 0 to 1000") }
        guard minInterval >= 0, minInterval <= 3600 else { throw ValidationError("--min-interval takes 0 to 3600 seconds") }
        guard ["auto", "procfs", "bpf"].contains(owners) else { throw ValidationError("--owners takes auto, procfs or bpf") }
        guard Self.logLevels.contains(logLevel) else { throw ValidationError("--log-level takes \(Self.logLevels.joined(separator: ", "))") }
        guard (1...100_000).contains(maxConnections) else { throw ValidationError("--max-connections takes 1 to 100000") }
        guard headerTimeout > 0, headerTimeout <= 300 else { throw ValidationError("--header-timeout takes more than 0 and at most 300 seconds") }
        guard idleTimeout > 0, idleTimeout <= 3600 else { throw ValidationError("--idle-timeout takes more than 0 and at most 3600 seconds") }
        _ = try endpoint()
    }

    /// The host and port of `--listen`: "127.0.0.1:7373", "[::1]:7373", "0.0.0.0:9000", or
    /// "7373" (then on 127.0.0.1). The address must be an IP literal written in full: `0`,
    /// `127.1` or a host name would be resolved into something else (`0` means 0.0.0.0).
    public func endpoint() throws -> (host: String, port: Int) {
        let usage = "--listen takes ADDRESS:PORT with an IP address (127.0.0.1:7373, [::1]:7373, 0.0.0.0:7373, [::]:7373) or a PORT alone (on 127.0.0.1)"
        if let port = Self.port(listen[...]) { return ("127.0.0.1", port) }
        var host: Substring
        var portText: Substring
        if listen.hasPrefix("["), let close = listen.firstIndex(of: "]") {
            host = listen[listen.index(after: listen.startIndex)..<close]
            let rest = listen[listen.index(after: close)...]
            guard rest.hasPrefix(":") else { throw ValidationError("\(usage); got '\(listen)'") }
            portText = rest.dropFirst()
            guard Self.isIPv6(host) else { throw ValidationError("'\(host)' is not an IPv6 address; \(usage)") }
        } else if let colon = listen.lastIndex(of: ":") {
            host = listen[..<colon]
            portText = listen[listen.index(after: colon)...]
            guard !host.contains(":") else { throw ValidationError("put an IPv6 address in brackets, e.g. [::1]:7373; got '\(listen)'") }
            guard Self.isIPv4(host) else {
                let hint = host == "0" ? " (did you mean 0.0.0.0?)" : host == "localhost" ? " (did you mean 127.0.0.1?)" : ""
                throw ValidationError("'\(host)' is not an IPv4 address written in full\(hint); \(usage)")
            }
        } else {
            throw ValidationError("\(usage); got '\(listen)'")
        }
        guard let port = Self.port(portText) else { throw ValidationError("'\(portText)' is not a port from 1 to 65535; \(usage)") }
        return (String(host), port)
    }

    /// A port from 1 to 65535 in plain digits (no sign, no leading zero).
    static func port(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 5, text.allSatisfy({ $0.isASCII && $0.isNumber }), text.first != "0" || text == "0",
              let value = Int(text), (1...65535).contains(value) else { return nil }
        return value
    }

    /// Four decimal numbers 0–255, dot-separated, without leading zeros.
    static func isIPv4(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy { $0.isASCII && $0.isNumber }
                && (part == "0" || part.first != "0") && Int(part).map { $0 <= 255 } == true
        }
    }

    /// An IPv6 address as `inet_pton` reads it (no zone index).
    static func isIPv6(_ text: Substring) -> Bool {
        var address = in6_addr()
        return !text.isEmpty && inet_pton(AF_INET6, String(text), &address) == 1
    }
}
