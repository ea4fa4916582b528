import ArgumentParser
import Portscope
import PortscopeSystem

/// The `portscope` command: `portscope 60776` is `portscope explain 60776`.
@main
struct PortscopeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portscope",
        abstract: "What is this port, and what is using it on this machine right now?",
        discussion: """
        `portscope PORT` is short for `portscope explain PORT`.
        Exit codes: 0 success or found, 1 nothing found (questions such as `who`), \
        64 usage error, 69 not supported on this OS, 77 permission needed.
        """,
        version: PortscopeVersion.current,
        subcommands: [ExplainCommand.self, WhoCommand.self, ListCommand.self, WhyCommand.self, PickCommand.self, FreeCommand.self, EphemeralCommand.self, AuditCommand.self, WatchCommand.self, RegistryCommand.self],
        defaultSubcommand: ExplainCommand.self
    )

    /// Parses, runs, and maps errors to one-line messages and exit codes.
    ///
    /// `main` is synchronous: most commands answer in a few milliseconds, and starting the
    /// concurrency runtime's threads for them would double portscope's start-up time.
    /// Commands that need it run on it through ``AsyncRunner``.
    static func main() {
        if CommandLine.arguments.count == 1 {
            print(helpMessage())
            return
        }
        do {
            try PortArgument.rejectNegativeNumbers(Array(CommandLine.arguments.dropFirst()))
            var command = try parseAsRoot()
            try command.run()
        } catch let error as PortscopeError {
            TerminalInfo.writeError("portscope: \(error)\n")
            exitProcess(error.isUsageError ? ExitCode.validationFailure : error.isUnsupported ? ExitCode(69) : ExitCode.failure)
        } catch let code as ExitCode {
            exitProcess(code) // a question answered "no" (e.g. `who` found nothing)
        } catch let error as CommandFailure {
            TerminalInfo.writeError("portscope: \(error.message)\n")
            exitProcess(error.exitCode)
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) } // --help, --version
            // One line, like every other portscope error; --help has the details.
            let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            TerminalInfo.writeError("portscope: \(message) (see 'portscope --help')\n")
            exitProcess(code)
        }
    }
}

/// Ends the process with `code`.
func exitProcess(_ code: ExitCode) -> Never {
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
