import ArgumentParser
import PortscopeServeOptions
import PortscopeSystem

/// `portscope serve`: Prometheus /metrics and the JSON API over HTTP.
///
/// Runs the `portscope-serve` executable installed next to `portscope` (the HTTP stack is
/// kept out of this binary so every other command starts fast), passing the arguments on.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the port pages (/, /ports/{port}), Prometheus metrics (/metrics) and the JSON API (/api/v1/…) over HTTP, read-only.",
        discussion: """
        Listens on 127.0.0.1:\(ServeOptions.defaultPort) by default (unassigned at IANA, outside every \
        ephemeral range and the 9100–9999 block of Prometheus exporters); --listen 0.0.0.0:PORT \
        exposes it. Scrapes within --min-interval share one snapshot. Stops cleanly on SIGTERM. \
        Run as root to see every listener's process. Endpoints: /, /ports/{port} (pages, English or \
        Italian), /metrics, /api/v1/ports/{port}, /api/v1/events (live updates), \
        /api/v1/sockets, /api/v1/ephemeral (docs/json.md); deployment files in deploy/.
        """
    )

    @OptionGroup var options: ServeOptions

    func run() throws {
        let server = Executables.sibling("portscope-serve")
        guard SystemFile.exists(server) else {
            throw CommandFailure(message: "\(server) is missing: `portscope serve` runs it; build it with `swift build` (`swift run portscope` builds only portscope), or start it with `swift run portscope-serve`", exitCode: ExitCode(127))
        }
        let arguments = Array(CommandLine.arguments.drop { $0 != "serve" }.dropFirst())
        let error = Executables.replaceProcess(with: server, arguments: ["portscope-serve"] + arguments)
        throw CommandFailure(message: "could not run \(server): \(error)", exitCode: ExitCode(126))
    }
}
