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
        outgoing connections can take the port. Exit status 1 when filters match nothing.
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

    @OptionGroup var output: OutputOptions<TextOrJSON>

    func run() throws {
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
        let report = try Inspector.live().list(filter, registry: registry, allNamespaces: allNamespaces)
        switch output.resolved {
        case .json: print(SocketJSON.render(report), terminator: "")
        case .text: print(ListTextRenderer(style: output.style).render(report, all: filter.all), terminator: "")
        }
        let filtered = port != nil || process != nil || pid != nil || user != nil || !state.isEmpty
        if filtered, report.sockets.isEmpty { throw allNamespaces && report.incomplete ? ExitCode(77) : ExitCode.failure }
    }
}
