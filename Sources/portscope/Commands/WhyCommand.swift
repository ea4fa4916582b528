import ArgumentParser
import Portscope
import PortscopeRender
import PortscopeSockets

/// `portscope why PORT[/tcp|/udp] [--address ADDR]`: can a service bind this port here?
struct WhyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "why",
        abstract: "Can a service bind this port here? A verdict (free, free but risky, blocked) and every reason.",
        discussion: """
        Checks the sockets on the port (and whether their addresses overlap the one asked for), \
        TIME_WAIT leftovers, privileged ports, ip_local_reserved_ports, the ephemeral range, \
        IANA's registry and other network namespaces, then confirms with a real bind that is \
        released at once. TCP unless /udp is given. Exit status: 0 free (or free but risky), \
        1 blocked.
        """
    )

    @Argument(help: "A port (8080, 5353/udp) or an IANA service name.")
    var port: String

    @Option(help: "The address the service would bind (default 0.0.0.0; :: for IPv6, with --v6only to leave IPv4 alone).")
    var address: String = "0.0.0.0"

    @Flag(name: .customLong("v6only"), help: "The service sets IPV6_V6ONLY on its [::] socket.")
    var v6Only = false

    @OptionGroup var output: OutputOptions<TextOrJSON>

    func run() throws {
        guard let bindAddress = IPAddress(address) else {
            throw CommandFailure.usage("'\(address)' is not an IPv4 or IPv6 address (e.g. 0.0.0.0, 127.0.0.1, ::)")
        }
        let registry = LoadedRegistry.load().registry
        let argument = try PortArgumentResolver.resolve(port, registry: registry, protocols: [.tcp])
        let number = try argument.single(for: "why")
        let protocols = argument.protocols
        let transport: SocketProtocol = protocols == [.udp] ? .udp : .tcp
        let diagnosis = try BindDiagnoser.live(registry: registry).diagnose(port: number, transport: transport, address: bindAddress, v6Only: v6Only)
        switch output.resolved {
        case .json: print(WhyRenderer.json(diagnosis), terminator: "")
        case .text: print(WhyRenderer(style: output.style).text(diagnosis), terminator: "")
        }
        if diagnosis.verdict == .blocked { throw ExitCode.failure }
    }
}
