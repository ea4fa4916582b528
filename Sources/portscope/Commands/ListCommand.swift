import ArgumentParser
import Portscope
import PortscopeRender
import PortscopeSockets
import PortscopeSystem

/// `portscope ls`: listening sockets with their processes (or every socket with `--all`).
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ls",
        abstract: "List listening sockets (TCP LISTEN, bound UDP) with processes and IANA service names.",
        discussion: """
        A listener inside this host's ephemeral range is flagged: while its service is down, \
        outgoing connections can take the port. `--save FILE` writes the listeners as a \
        baseline for `portscope diff` (docs/baseline.md), replacing FILE atomically; its \
        directory must be yours and not writable by others. Exit status 1 when filters match \
        nothing, 73 when the baseline could not be written.
        """
    )

    @Flag(help: "Every socket, not only listeners.")
    var all = false

    @OptionGroup var protocols: ProtocolOptions

    @Option(help: "Only sockets whose local or remote port is this.")
    var port: UInt16?

    @Option(help: "Only sockets held by a process with this name (or command-line substring).")
    var process: String?

    @Option(help: "Only sockets held by this pid.")
    var pid: Int32?

    @Option(help: "Only sockets of this user (name or uid).")
    var user: String?

    @Option(help: "Only sockets in this state (LISTEN, ESTABLISHED, TIME_WAIT, UNCONNECTED, …); repeatable.")
    var state: [String] = []

    @Flag(name: .customLong("all-netns"), help: "Also list the sockets of every other network namespace (needs root).")
    var allNamespaces = false

    @Flag(name: [.customShort("c"), .long], help: "For each TCP listener, the connections it accepted, by state, and the busiest peers.")
    var connections = false

    @Option(help: ArgumentHelp("Sort by: \(SocketOrder.Key.allCases.map(\.rawValue).joined(separator: ", ")) (default: listeners first, then by port).", valueName: "key"))
    var sort: SocketOrder.Key?

    @Flag(name: [.customShort("r"), .long], help: "Reverse the order.")
    var reverse = false

    @OptionGroup var fields: FieldsOption

    @Option(help: ArgumentHelp("Save the listeners as a baseline for `portscope diff` (JSON, docs/baseline.md): keyed by protocol, address, port, program, unit and container, never by pid.", valueName: "file"))
    var save: String?

    @Option(help: ArgumentHelp("With --save: a port, range or program the baseline ignores (8080, 32768-60999/udp, ephemeral/udp, exe:/usr/lib/firefox/*); repeatable.", valueName: "pattern"))
    var ignore: [String] = []

    @OptionGroup var ownersOption: OwnersOption

    @OptionGroup var output: OutputOptions<TextOrJSON>

    @OptionGroup var wide: WideOption

    func validate() throws {
        if save != nil, all || port != nil || process != nil || pid != nil || user != nil || !state.isEmpty || allNamespaces {
            throw ValidationError("--save records every listener of this network namespace; it takes no filters (use --ignore for ports that come and go)")
        }
        if save == nil, !ignore.isEmpty { throw ValidationError("--ignore goes with --save (or with `portscope diff`)") }
        if save != nil, sort != nil || reverse || fields.fields != nil || connections { throw ValidationError("--save takes no display options (--sort, --reverse, --fields, --connections)") }
        if fields.fields != nil, output.resolved == .json { throw ValidationError("--fields chooses text columns; JSON has every field") }
        if case let .failure(error) = ListenerPattern.parse(ignore) { throw ValidationError(error.description) }
        _ = try fields.parsed()
    }

    func run() throws {
        if let save {
            try BaselineCommands.save(to: save, protocols: protocols.protocols, ignore: ignore, json: output.resolved == .json, style: output.style, owners: ownersOption.owners)
            return
        }
        let inspector = Inspector.live(owners: ownersOption.owners).preparingOwners()
        var filter = ListFilter()
        filter.all = all || !state.isEmpty && !state.allSatisfy { SocketState(name: $0) == .listen }
        filter.protocols = protocols.protocols
        filter.connections = connections
        filter.port = port
        filter.process = process
        filter.pid = pid
        filter.user = user
        if let user {
            filter.userID = UInt32(user) ?? UserDatabase.uid(named: user)
            if filter.userID == nil { throw CommandFailure.usage("no user named '\(user)' on this system") }
        }
        for name in state {
            guard let parsed = SocketState(name: name) else {
                throw CommandFailure.usage("unknown state '\(name)': use one of \(SocketState.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            filter.states.insert(parsed)
        }
        let registry = LoadedRegistry.load().registry
        var report = try inspector.list(filter, registry: registry, allNamespaces: allNamespaces)
        if let sort { report.sockets = SocketOrder(key: sort, reverse: reverse).sorted(report.sockets) } else if reverse { report.sockets.reverse() }
        let style = output.style(wide)
        switch output.resolved {
        case .json: print(SocketJSON.render(report), terminator: "")
        case .text:
            if let chosen = try fields.parsed() {
                print(SocketFieldsRenderer(style: style, fields: chosen).render(report), terminator: "")
            } else {
                print(ListTextRenderer(style: style).render(report, all: filter.all), terminator: "")
            }
        }
        let filtered = port != nil || process != nil || pid != nil || user != nil || !state.isEmpty
        if filtered, report.sockets.isEmpty { throw allNamespaces && report.incomplete ? ExitCode(77) : ExitCode.failure }
    }
}

extension SocketOrder.Key: ExpressibleByArgument {}
