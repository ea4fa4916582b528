import ArgumentParser
import Logging
import Portscope
import PortscopeProcesses
import PortscopeServeOptions
import PortscopeServer
import PortscopeSystem

/// `portscope-serve`: the exporter itself; `portscope serve` runs it.
@main
struct PortscopeServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portscope serve",
        abstract: "Serve the port pages (/, /ports/{port}), Prometheus metrics (/metrics) and the JSON API (/api/v1/…) over HTTP, read-only."
    )

    @OptionGroup var options: ServeOptions

    func run() async throws {
        let (host, port) = try options.endpoint()
        MemoryPolicy.returnLargeBlocks()
        var baseline: ListenerBaseline?
        if let path = options.baseline {
            do {
                baseline = try ListenerBaseline.load(path)
            } catch {
                TerminalInfo.writeError("portscope: \(error)\n")
                if case .unreadable = error { throw ExitCode(66) }
                throw ExitCode(65)
            }
        }
        let server = ExporterServer(configuration: .init(
            host: host, port: port, topDestinations: options.topDestinations, minInterval: options.minInterval,
            logLevel: Logger.Level(rawValue: options.logLevel) ?? .info, maxConnections: options.maxConnections,
            headerTimeout: options.headerTimeout, idleTimeout: options.idleTimeout, exposeCommands: options.exposeCommands,
            baseline: baseline, owners: OwnersChoice(rawValue: options.owners) ?? .auto
        ))
        do {
            try await server.run()
        } catch let error as ServeError {
            // One line, like every portscope error.
            TerminalInfo.writeError("portscope: \(error)\n")
            throw ExitCode.failure
        }
    }
}
