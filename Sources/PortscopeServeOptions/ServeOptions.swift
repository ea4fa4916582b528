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

    public init() {}

    public static let logLevels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    public func validate() throws {
        guard (0...1000).contains(topDestinations) else { throw ValidationError("--top-destinations takes 0 to 1000") }
        guard minInterval >= 0, minInterval <= 3600 else { throw ValidationError("--min-interval takes 0 to 3600 seconds") }
        guard Self.logLevels.contains(logLevel) else { throw ValidationError("--log-level takes \(Self.logLevels.joined(separator: ", "))") }
        _ = try endpoint()
    }

    /// The host and port of `--listen`: "127.0.0.1:7373", "[::1]:7373", "0.0.0.0:9000", or
    /// "7373" (then on 127.0.0.1).
    public func endpoint() throws -> (host: String, port: Int) {
        if let port = Int(listen), (1...65535).contains(port) { return ("127.0.0.1", port) }
        var host = ""
        var portText = ""
        if listen.hasPrefix("["), let close = listen.firstIndex(of: "]") {
            host = String(listen[listen.index(after: listen.startIndex)..<close])
            portText = String(listen[listen.index(after: close)...].dropFirst())
        } else if let colon = listen.lastIndex(of: ":") {
            host = String(listen[..<colon])
            portText = String(listen[listen.index(after: colon)...])
        }
        guard !host.isEmpty, let port = Int(portText), (1...65535).contains(port) else {
            throw ValidationError("--listen takes ADDRESS:PORT (e.g. 127.0.0.1:7373, [::1]:7373, 0.0.0.0:7373), got '\(listen)'")
        }
        return (host, port)
    }
}
