import ArgumentParser
import Portscope
import PortscopeRender
import PortscopeSystem
import PortscopeSockets

/// `portscope free PORT`: stop the processes listening on a port, safely.
struct FreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "free",
        abstract: "Free a port: signal the processes listening on exactly that port, then confirm it is free.",
        discussion: """
        PORT/tcp or PORT/udp frees only that protocol's sockets. Shows what it will signal and \
        asks first (refuses without --yes when stdin is not a terminal), then looks again and \
        signals only the processes that were in the plan shown and still hold the port. Every \
        signal goes through a pidfd to the exact process found holding the socket, checked \
        again just before. Sends SIGTERM, waits up to --timeout seconds, and sends SIGKILL only \
        with --force (then waits at most 3 s more). Never signals pid 1 (of this or any PID \
        namespace), itself, its parent or kernel threads; says when a process belongs to \
        another user (run as root) or is a container's port forwarder. Exit status: 0 the port \
        is free (with --dry-run: the plan would free it), 1 it is still held, 77 root is needed \
        (holders of another user, or hidden from this one).
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

    @Flag(help: "Also signal processes with other sockets bound to the port (clients whose local port it is, accepted connections), not only listeners.")
    var includeClients = false

    @OptionGroup var wide: WideOption

    @OptionGroup var output: OutputOptions<TextOrJSON>

    func validate() throws {
        guard timeout >= 0, timeout <= 600 else { throw ValidationError("--timeout takes 0 to 600 seconds") }
    }

    func run() throws {
        let registry = LoadedRegistry.load().registry
        let argument = try PortArgumentResolver.resolve(port, registry: registry, protocols: [.tcp, .udp])
        let number = try argument.single(for: "free")
        let protocols = argument.protocols
        let freer = PortFreer.live()
        let plan = try freer.plan(port: number, protocols: protocols, includeClients: includeClients)
        let renderer = FreeRenderer(style: output.style(wide))
        let json = output.resolved == .json
        if json, !dryRun, !yes, !plan.targets.isEmpty {
            throw CommandFailure.usage("--json cannot ask for confirmation: add --yes (or --dry-run)")
        }
        if !json { print(renderer.plan(plan, timeout: timeout, force: force), terminator: "") }
        let needsRoot = plan.skipped.contains(where: \.needsRoot) || (plan.hidden != nil && ProcessID.effectiveUser != 0)
        // Held by processes this plan cannot signal (or cannot see): the port stays held.
        let heldBeyondPlan: ExitCode = needsRoot ? ExitCode(77) : ExitCode.failure
        if plan.portAlreadyFree || plan.targets.isEmpty || dryRun {
            if json { print(FreeRenderer.json(plan, outcome: nil, dryRun: dryRun), terminator: "") }
            if dryRun, !json, !plan.targets.isEmpty { print("Dry run: nothing was signalled.") }
            if plan.portAlreadyFree || (dryRun && plan.targetsAreEveryHolder) { return }
            throw heldBeyondPlan
        }
        var confirmed = plan
        var changes = FreePlanChanges.none
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
            // The answer may have taken minutes: look again, and signal only the processes
            // that were in the plan the user saw and still hold the port now.
            (confirmed, changes) = FreePlanner.reconcile(confirmed: plan, fresh: try freer.plan(port: number, protocols: protocols, includeClients: includeClients))
        }
        var outcome = try freer.execute(confirmed, timeout: timeout, force: force)
        outcome.changes = changes
        if json {
            print(FreeRenderer.json(confirmed, outcome: outcome, dryRun: false), terminator: "")
        } else {
            print(renderer.outcome(outcome, port: confirmed.portDescription), terminator: "")
        }
        if !outcome.portFree {
            let stillNeedsRoot = needsRoot || confirmed.skipped.contains(where: \.needsRoot) || (outcome.hidden != nil && ProcessID.effectiveUser != 0)
            throw stillNeedsRoot ? ExitCode(77) : ExitCode.failure
        }
    }
}
