import ArgumentParser
import Portscope
import PortscopeRender

/// `portscope who PORT`: every socket using the port, and the processes holding each.
struct WhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who",
        abstract: "What uses this port here: every TCP/UDP socket with it as local or remote port, and its processes.",
        discussion: """
        A service name means every port it is registered on (`who http-alt`: 591, 8008 and \
        8080). Exit status: 0 when something uses the port (a socket, or a NAT rule that forwards it), 1 when nothing does (like grep), \
        77 when --all-netns found nothing but could not read some namespaces (not root). \
        Without root, other users' processes cannot be read: their sockets are listed with \
        owner "hidden" and the reason. --all-netns (root) also inspects every other network \
        namespace (containers); without it, portscope says when a port free here is held in \
        another namespace.
        """
    )

    @Argument(help: "A port (8080, 8080/udp) or an IANA service name (https).")
    var port: String

    @OptionGroup var protocols: ProtocolOptions

    @Flag(name: .customLong("all-netns"), help: "Also inspect every other network namespace (needs root).")
    var allNamespaces = false

    @Flag(name: [.customShort("i"), .long], help: "Each TCP connection's traffic from the kernel (tcp_info): RTT, bytes sent, acknowledged and received, retransmits, delivery rate, idle times.")
    var info = false

    @OptionGroup var fields: FieldsOption

    @OptionGroup var ownersOption: OwnersOption

    @OptionGroup var output: OutputOptions<TextOrJSON>

    @OptionGroup var wide: WideOption

    func validate() throws {
        if fields.fields != nil, output.resolved == .json { throw ValidationError("--fields chooses text columns; JSON has every field") }
        _ = try fields.parsed()
    }

    func run() throws {
        let inspector = Inspector.live(owners: ownersOption.owners).preparingOwners()
        let registry = LoadedRegistry.load().registry
        let argument = try PortArgumentResolver.resolve(port, registry: registry, protocols: protocols.protocols)
        let report = try inspector.who(argument, allNamespaces: allNamespaces, info: info)
        switch output.resolved {
        case .json: print(SocketJSON.render(report), terminator: "")
        case .text:
            if let chosen = try fields.parsed() {
                print(SocketFieldsRenderer(style: output.style(wide), fields: chosen).render(report), terminator: "")
            } else {
                print(SocketTextRenderer(style: output.style(wide)).renderWho(report), terminator: "")
            }
        }
        // Nothing found, but other namespaces could not be read: no claim either way.
        if report.sockets.isEmpty, report.forwards.isEmpty { throw allNamespaces && report.incomplete ? ExitCode(77) : ExitCode.failure }
    }
}
