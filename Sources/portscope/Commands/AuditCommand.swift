import ArgumentParser
import Portscope
import PortscopeRender

/// `portscope audit`: how random are this host's source ports?
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "How random are this host's source ports? Statistics, RFC 6056 behaviour and a DNS porttest grade.",
        discussion: """
        Starts its own listeners on 127.0.0.1…127.0.0.K, makes --samples TCP connections to \
        one destination and to K in turn, and connects as many UDP sockets (no packet leaves \
        the host), then closes everything. --ports-file grades ports seen elsewhere instead \
        (one per line, e.g. from a resolver's query log).
        """
    )

    @Option(help: "Connections (and UDP sockets) per sample set.")
    var samples = 256

    @Option(help: "Destinations for the round-robin set.")
    var destinations = 4

    @Option(name: .customLong("ports-file"), help: "Grade the ports in this file instead of sampling this host.")
    var portsFile: String?

    @OptionGroup var output: OutputOptions<TextOrJSON>

    func validate() throws {
        guard (16...100_000).contains(samples) else { throw ValidationError("--samples takes 16 to 100000") }
        guard (2...32).contains(destinations) else { throw ValidationError("--destinations takes 2 to 32") }
    }

    func run() throws {
        let audit = RandomnessAudit.live()
        let report = try portsFile.map { try audit.gradeFile($0) } ?? audit.sampleHost(count: samples, destinations: destinations)
        switch output.resolved {
        case .json: print(AuditRenderer.json(report), terminator: "")
        case .text: print(AuditRenderer(style: output.style).text(report), terminator: "")
        }
    }
}
