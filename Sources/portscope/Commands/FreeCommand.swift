import ArgumentParser
import Portscope
import PortscopeRender
import PortscopeSystem

/// `portscope free PORT`: stop the processes listening on a port, safely.
struct FreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "free",
        abstract: "Free a port: signal the processes listening on exactly that port, then confirm it is free.",
        discussion: """
        Shows what it will signal and asks first (refuses without --yes when stdin is not a \
        terminal). Sends SIGTERM, waits up to --timeout seconds, and sends SIGKILL only with \
        --force. Never signals pid 1, itself, its parent or kernel threads; says when a process \
        belongs to another user (run as root) or is a container's port forwarder. Exit status: \
        0 the port is free, 1 it is still held, 77 root is needed.
        """
    )

    @Argument(help: "The port (8080, 5353/udp, or a service name).")
    var port: String

    @Flag(help: "Print the plan and signal nothing.")
    var dryRun = false

    @Flag(name: [.long, .customShort("y")], help: "Do not ask for confirmation.")
    var yes = false

    @Option(help: "Seconds to wait for the processes to exit after SIGTERM.")
    var timeout: Double = 5

    @Flag(help: "Send SIGKILL to processes still running after the timeout.")
    var force = false

    @Flag(help: "Also signal processes with connections on the port, not only listeners.")
    var includeClients = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard timeout >= 0, timeout <= 600 else { throw ValidationError("--timeout takes 0 to 600 seconds") }
    }

    func run() throws {
        let registry = LoadedRegistry.load().registry
        let (number, _) = try PortArgumentResolver.resolve(port, registry: registry, protocols: [.tcp, .udp])
        let freer = PortFreer.live()
        let plan = try freer.plan(port: number, includeClients: includeClients)
        let renderer = FreeRenderer(style: output.style)
        let json = output.resolved == .json
        if json, !dryRun, !yes, !plan.targets.isEmpty {
            throw CommandFailure.usage("--json cannot ask for confirmation: add --yes (or --dry-run)")
        }
        if !json { print(renderer.plan(plan, timeout: timeout, force: force), terminator: "") }
        let needsRoot = plan.skipped.contains(where: \.needsRoot) || (plan.hidden != nil && ProcessID.effectiveUser != 0)
        if plan.portAlreadyFree || plan.targets.isEmpty || dryRun {
            if json { print(FreeRenderer.json(plan, outcome: nil, dryRun: dryRun), terminator: "") }
            if dryRun, !json, !plan.targets.isEmpty { print("Dry run: nothing was signalled.") }
            if plan.portAlreadyFree || dryRun { return }
            throw needsRoot ? ExitCode(77) : ExitCode.failure
        }
        if !yes {
            guard TerminalInfo.stdinIsTerminal else {
                throw CommandFailure.usage("refusing to signal processes without --yes: standard input is not a terminal to ask on")
            }
            print("Send SIGTERM to \(plan.targets.count) process\(plan.targets.count == 1 ? "" : "es")? [y/N] ", terminator: "")
            TerminalInfo.flushOutput()
            guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
                print("Nothing was signalled.")
                throw ExitCode.failure
            }
        }
        let outcome = try freer.execute(plan, timeout: timeout, force: force)
        if json {
            print(FreeRenderer.json(plan, outcome: outcome, dryRun: false), terminator: "")
        } else {
            print(renderer.outcome(outcome, port: number), terminator: "")
        }
        if !outcome.portFree { throw needsRoot ? ExitCode(77) : ExitCode.failure }
    }
}
