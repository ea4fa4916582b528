import ArgumentParser
import Portscope
import PortscopeRender
import PortscopeSockets
import PortscopeSystem

/// `portscope pick`: safe free ports, held while portscope runs, handed over without a race.
struct PickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pick",
        abstract: "Pick a safe free port (free for TCP and UDP on IPv4 and IPv6, outside ephemeral ranges).",
        discussion: """
        Prints the port (one per line with --count); on a terminal, why it is safe goes to \
        stderr. Ports IANA lists as unassigned come first. Picks are remembered for 60 s so \
        concurrent pickers never hand out the same port.

        Hand-over without a race: `portscope pick --exec -- CMD ARGS` keeps the port bound and \
        runs CMD with the socket as fd 3 (socket activation: LISTEN_FDS=1, LISTEN_PID, \
        LISTEN_FDNAMES) and the port in $PORT: a listening TCP socket, or with --udp a bound \
        UDP socket, on --address (default 127.0.0.1). `--hold S` keeps the ports bound for S \
        seconds after printing them. --exec prints nothing of its own, so it takes neither \
        --json, --hold nor --count.
        """
    )

    @Option(help: "How many ports.")
    var count = 1

    @Option(help: "Only ports in this range, e.g. 20000-29999.")
    var range: String?

    @OptionGroup var protocols: ProtocolOptions

    @Option(help: "Derive a stable port from this name (the same port every time while it stays free).")
    var name: String?

    @Flag(help: "Also allow ports in the default ephemeral ranges of other systems (Windows, macOS).")
    var anywhere = false

    @Option(help: "Keep the picked ports bound this many seconds after printing them.")
    var hold: Double?

    @Flag(help: "Run the command after -- with the listening socket as fd 3 (socket activation).")
    var exec = false

    @Option(help: "The address of the socket --exec hands over (default 127.0.0.1).")
    var address: String?

    @Argument(parsing: .postTerminator, help: "The command for --exec.")
    var command: [String] = []

    @OptionGroup var output: OutputOptions<TextOrJSON>

    func validate() throws {
        guard (1...1000).contains(count) else { throw ValidationError("--count must be between 1 and 1000") }
        if exec, command.isEmpty { throw ValidationError("--exec needs a command after --, e.g. portscope pick --exec -- python3 app.py") }
        if !exec, !command.isEmpty { throw ValidationError("a command was given after --, but no --exec") }
        if exec, count != 1 { throw ValidationError("--exec hands over one port; drop --count") }
        if exec, protocols.tcp, protocols.udp { throw ValidationError("--exec hands over one socket: choose --tcp (the default) or --udp") }
        if exec, output.resolved != .text { throw ValidationError("--exec prints nothing of its own (the command takes over): drop --json") }
        if exec, hold != nil { throw ValidationError("--exec hands the socket to the command, which holds it as long as it runs: drop --hold") }
        if !exec, address != nil { throw ValidationError("--address is the address of the socket --exec hands over: add --exec, or drop --address") }
        if let hold, !(0...86400).contains(hold) { throw ValidationError("--hold takes 0 to 86400 seconds") }
    }

    func run() throws {
        var options = PortPicker.Options()
        options.count = count
        let handedOver: SocketProtocol = protocols.udp && !protocols.tcp ? .udp : .tcp
        options.protocols = exec ? [handedOver] : protocols.protocols
        options.name = name
        options.allowOtherSystemsRanges = anywhere
        if let range { options.range = try Self.parseRange(range) }
        let address = self.address ?? "127.0.0.1"
        guard let handoverAddress = IPAddress(address) else {
            throw CommandFailure.usage("'\(TerminalText.sanitize(address))' is not an IPv4 or IPv6 address")
        }
        let picker = PortPicker(registry: LoadedRegistry.load().registry)
        let picked = try picker.pick(options)
        if exec {
            let listener = try picked[0].handOver(handedOver, on: handoverAddress)
            let error = SocketActivation.exec(command, descriptor: listener.release(), port: picked[0].port)
            throw CommandFailure(message: "could not run \(command[0]): \(error)", exitCode: ExitCode(error == .noSuchFileOrDirectory ? 127 : 126))
        }
        switch output.resolved {
        case .json: print(PickRenderer.json(picked), terminator: "")
        case .text:
            print(picked.map { String($0.port) }.joined(separator: "\n"))
            if TerminalInfo.stderrIsTerminal {
                TerminalInfo.writeError(PickRenderer(style: TextStyle(colors: TerminalInfo.wantsColor)).explanation(picked))
            }
        }
        if let hold, hold > 0 {
            TerminalInfo.flushOutput()
            PreciseSleep.sleep(seconds: hold)
        }
        picked.forEach { $0.release() }
    }

    /// Parses "A-B" (both 1–65535, A ≤ B).
    static func parseRange(_ text: String) throws -> ClosedRange<UInt16> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let low = UInt16(parts[0]), let high = UInt16(parts[1]), low >= 1, low <= high else {
            throw CommandFailure.usage("--range takes FIRST-LAST with 1 ≤ FIRST ≤ LAST ≤ 65535, e.g. 20000-29999 (got '\(text)')")
        }
        return low...high
    }
}
