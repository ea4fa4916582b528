import ArgumentParser
import Portscope
import PortscopeRender
import PortscopeSystem

/// The `portscope` command: `portscope 60776` is `portscope explain 60776`.
@main
struct PortscopeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portscope",
        abstract: "What is this port, and what is using it on this machine right now?",
        discussion: """
        `portscope PORT` is short for `portscope explain PORT`.
        Exit codes: 0 success or found, 1 nothing found (questions such as `who`) or \
        failure, 64 usage error, 69 not supported on this OS, 74 output could not be \
        written, 77 permission needed, 126/127 a program portscope runs could not be \
        started / is missing (portscope-serve, the command of pick --exec).
        """,
        version: PortscopeVersion.current,
        subcommands: [ExplainCommand.self, WhoCommand.self, ListCommand.self, DiffCommand.self, WaitCommand.self, TopCommand.self, WhyCommand.self, PickCommand.self, FreeCommand.self, EphemeralCommand.self, AuditCommand.self, WatchCommand.self, ServeCommand.self, RegistryCommand.self],
        defaultSubcommand: ExplainCommand.self
    )

    /// Parses, runs, and maps errors to one-line messages and exit codes.
    ///
    /// `main` is synchronous: most commands answer in a few milliseconds, and starting the
    /// concurrency runtime's threads for them would double portscope's start-up time.
    /// Commands that need it run on it through ``AsyncRunner``.
    static func main() {
        TerminalInfo.ensureStandardDescriptors()
        if CommandLine.arguments.count == 1 {
            print(helpMessage())
            exitProcess(.success)
        }
        if CommandLine.arguments.dropFirst() == ["--version"] {
            print(PortscopeVersion.report(LoadedRegistry.load()).split(separator: "\n").map { TerminalText.sanitize(String($0)) }.joined(separator: "\n"))
            exitProcess(.success)
        }
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            try PortArgument.rejectNegativeNumbers(arguments)
            var command = try parse(arguments)
            try command.run()
            exitProcess(.success)
        } catch let error as PortscopeError {
            TerminalInfo.writeError("portscope: \(TerminalText.sanitize(error.description))\n")
            exitProcess(error.isUsageError ? ExitCode.validationFailure : error.isUnsupported ? ExitCode(69) : ExitCode.failure)
        } catch let code as ExitCode {
            exitProcess(code) // a question answered "no" (e.g. `who` found nothing)
        } catch let error as CommandFailure {
            TerminalInfo.writeError("portscope: \(TerminalText.sanitize(error.message))\n")
            exitProcess(error.exitCode)
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) } // --help, --version
            // One line, like every other portscope error; --help has the details.
            let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            TerminalInfo.writeError("portscope: \(TerminalText.sanitize(message)) (see '\(TerminalText.sanitize(helpCommand))')\n")
            exitProcess(code)
        }
    }
}

extension PortscopeCommand {
    /// The help to point to after a usage error: the subcommand's when one was named.
    static var helpCommand: String {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        guard let first = CommandLine.arguments.dropFirst().first, names.contains(first) else { return "portscope --help" }
        return "portscope \(first) --help"
    }

    /// Parses the command line. `portscope PORT …` and `portscope explain PORT …`, the most
    /// common calls, are parsed by `explain` alone: the same parser on a tree of one command
    /// instead of thirteen, which halves the parser's share of start-up.
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        let names = Set(configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])
        // Help goes through the whole tree, so it names the command "portscope explain".
        let wantsHelp = arguments.contains { $0 == "--help" || $0 == "-h" }
        if !wantsHelp, let first = arguments.first, !first.hasPrefix("-"), !names.contains(first) {
            if let command = CommandSuggestion.likelyCommand(first, among: names.sorted()) {
                throw CommandFailure.usage("'\(first)' is neither a command nor an IANA service: did you mean `portscope \(command)`? (`portscope --help` lists the commands; a port number also works: `portscope 8080`)")
            }
            return try ExplainCommand.parseAsRoot(arguments)
        }
        if !wantsHelp, arguments.first == "explain" {
            return try ExplainCommand.parseAsRoot(Array(arguments.dropFirst()))
        }
        return try parseAsRoot(arguments)
    }
}

/// Ends the process with `code`, or with 74 when what was printed could not be written
/// (`who > /dev/full` must not look like success).
func exitProcess(_ code: ExitCode) -> Never {
    if let failure = TerminalInfo.outputFailure() {
        TerminalInfo.writeError("portscope: could not write the output: \(failure == .badFileDescriptor ? "standard output is closed" : "\(failure)")\n")
        PortscopeCommand.exit(withError: ExitCode(74))
    }
    PortscopeCommand.exit(withError: code)
}

/// An error a command reports with its own message and exit code.
struct CommandFailure: Error {
    var message: String
    var exitCode: ExitCode

    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: .validationFailure)
    }
}
