import ArgumentParser
import Portscope
import PortscopeHost
import PortscopeProcesses
import PortscopeRender
import PortscopeSockets
import PortscopeSystem

/// `portscope diff FILE`: how the listeners of now differ from a baseline saved by `ls --save`.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare the listeners of now with a baseline saved by `portscope ls --save`.",
        discussion: """
        Listeners are compared by protocol, address and port, and by the programs holding \
        them (executable path, systemd unit, container), never by pid: a restarted service is \
        not drift. "changed" (the port is held by another program) is listed first: it is the \
        most suspicious case. Run it as the same user as `ls --save` (root sees every \
        program). Exit status: 0 no drift, 1 drift, 64 bad arguments, 65 the file is not a \
        baseline, 66 the file cannot be read. Format: docs/baseline.md.
        """
    )

    @Argument(help: ArgumentHelp("The baseline file (`portscope ls --save FILE`).", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("Leave out a port, range or program, in addition to the baseline's own list: 8080, 32768-60999/udp, ephemeral/udp, exe:/usr/lib/firefox/*; repeatable.", valueName: "pattern"))
    var ignore: [String] = []

    @OptionGroup var ownersOption: OwnersOption

    @OptionGroup var output: OutputOptions<TextOrJSON>

    func validate() throws {
        if case let .failure(error) = ListenerPattern.parse(ignore) { throw ValidationError(error.description) }
    }

    func run() throws {
        let baseline = try BaselineCommands.load(file)
        let inspector = Inspector.live(owners: ownersOption.owners)
        let protocols = Set(baseline.protocols.compactMap(SocketProtocol.init(rawValue:)))
        let (current, report) = try inspector.baselineListeners(protocols: protocols.isEmpty ? [.tcp, .udp] : protocols)
        let extra = (try? ListenerPattern.parse(ignore).get()) ?? []
        let ephemeral = inspector.ephemeralRange
        let diff = baseline.compare(with: current, extraIgnore: extra, ephemeral: ephemeral)
        let renderer = BaselineRenderer(style: output.style)
        switch output.resolved {
        case .json: print(renderer.json(diff, baseline: baseline, path: file, warnings: report.warnings), terminator: "")
        case .text: print(renderer.text(diff, baseline: baseline, path: file, ephemeral: ephemeral), terminator: "")
        }
        if diff.drifted { throw ExitCode.failure }
    }
}

/// Saving and reading baselines (`ls --save`, `diff`, shared by the commands).
enum BaselineCommands {
    /// Saves the listeners of this network namespace to `path` (`ignore` already checked).
    static func save(to path: String, protocols: Set<SocketProtocol>, ignore: [String], json: Bool, style: TextStyle, owners: OwnersChoice?) throws {
        let (listeners, report) = try Inspector.live(owners: owners).baselineListeners(protocols: protocols)
        let baseline = ListenerBaseline(
            host: SystemFile.hostName(), created: WallClock.iso8601(WallClock.now()),
            protocols: SocketProtocol.allCases.filter(protocols.contains).map(\.rawValue), ignore: ignore, listeners: listeners)
        do {
            try HostFiles.writeOwned(path, baseline.encoded())
        } catch {
            throw CommandFailure(message: error.description, exitCode: ExitCode(73))
        }
        if json {
            print(String(decoding: baseline.encoded(), as: UTF8.self), terminator: "")
        } else {
            print(BaselineRenderer(style: style).saved(baseline, path: path, report: report), terminator: "")
        }
    }

    /// Reads the baseline at `path`: exit 66 when it cannot be read, 65 when it is not one.
    static func load(_ path: String) throws -> ListenerBaseline {
        do {
            return try ListenerBaseline.load(path)
        } catch {
            if case .unreadable = error { throw CommandFailure(message: error.description, exitCode: ExitCode(66)) }
            throw CommandFailure(message: error.description, exitCode: ExitCode(65))
        }
    }
}
