import Portscope
import PortscopeProcesses

/// Renders `free`: the plan before anything happens, then what happened.
public struct FreeRenderer {
    public var style: TextStyle

    public init(style: TextStyle = .plain) {
        self.style = style
    }

    public func plan(_ plan: FreePlan, timeout: Double, force: Bool) -> String {
        if plan.portAlreadyFree {
            return "Port \(plan.port) is already free: no \(plan.includeClients ? "socket uses it" : "listening socket is on it").\n"
        }
        var lines: [String] = []
        let what = plan.includeClients ? "a socket on it" : "a listening socket on it"
        if !plan.targets.isEmpty {
            lines.append(style.bold("Port \(plan.port): \(plan.targets.count) process\(plan.targets.count == 1 ? "" : "es") to signal (\(what))"))
            let sockets = SocketTextRenderer(style: style)
            for target in plan.targets {
                lines.append(sockets.processLine(target.process).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
                lines.append(sockets.socketTable(target.sockets).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
                if let note = target.note { lines.append(style.yellow("    ! ") + TerminalText.sanitize(note)) }
            }
        }
        if !plan.skipped.isEmpty {
            lines.append(style.bold("Will not signal:"))
            for skip in plan.skipped {
                lines.append("  \(TerminalText.sanitize(skip.name)) (pid \(skip.pid)): \(skip.reason)")
            }
        }
        if let hidden = plan.hidden {
            lines.append(style.yellow("! ") + "\(hidden.count) socket\(hidden.count == 1 ? "" : "s") on the port \(hidden.count == 1 ? "has" : "have") owners this user cannot see: \(TerminalText.sanitize(hidden.reason))")
        }
        if !plan.targets.isEmpty {
            lines.append("Plan: SIGTERM, then wait up to \(Self.seconds(timeout)) s; \(force ? "then SIGKILL (--force)" : "SIGKILL only with --force").")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func outcome(_ outcome: PortFreer.Outcome, port: UInt16) -> String {
        var lines: [String] = []
        for action in outcome.actions {
            var line = "  \(TerminalText.sanitize(action.name)) (pid \(action.pid)): "
            if action.signals.isEmpty {
                line += action.error ?? "not signalled"
            } else {
                line += action.signals.joined(separator: ", then ")
                line += action.exited ? "; exited after \(Self.seconds(action.seconds ?? 0)) s" : "; still running"
                if let error = action.error { line += " (\(error))" }
            }
            lines.append(line)
        }
        if outcome.portFree {
            lines.append(style.green("Port \(port) is free now."))
        } else {
            let holders = Set(outcome.remaining.flatMap { $0.processes.map { "\($0.name) (pid \($0.pid))" } }).sorted()
            let stubborn = outcome.actions.contains { !$0.exited && !$0.signals.isEmpty && !$0.signals.contains("SIGKILL") }
            lines.append(style.red("Port \(port) is still held") + (holders.isEmpty ? "" : " by " + holders.map { TerminalText.sanitize($0) }.joined(separator: ", ")) + (stubborn ? "; add --force to send SIGKILL." : "."))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ plan: FreePlan, outcome: PortFreer.Outcome?, dryRun: Bool) -> String {
        var members: [(String, JSONValue)] = [
            ("port", .int(Int(plan.port))),
            ("includeClients", .bool(plan.includeClients)),
            ("targets", .array(plan.targets.map { t in
                .object([
                    ("process", SocketJSON.process(t.process)),
                    ("sockets", .array(t.sockets.map(SocketJSON.socket))),
                    ("note", .string(t.note)),
                ])
            })),
            ("skipped", .array(plan.skipped.map { s in
                .object([("pid", .int(Int(s.pid))), ("name", .string(s.name)), ("reason", .string(s.reason)), ("needsRoot", .bool(s.needsRoot))])
            })),
            ("hidden", SocketJSON.hidden(plan.hidden)),
            ("dryRun", .bool(dryRun)),
        ]
        if let outcome {
            members.append(("actions", .array(outcome.actions.map { a in
                .object([
                    ("pid", .int(Int(a.pid))), ("name", .string(a.name)),
                    ("signals", .array(a.signals.map { .string($0) })), ("exited", .bool(a.exited)),
                    ("seconds", a.seconds.map { .double(($0 * 1000).rounded() / 1000) } ?? .null), ("error", .string(a.error)),
                ])
            })))
            members.append(("portFree", .bool(outcome.portFree)))
        } else {
            members.append(("portFree", .bool(plan.portAlreadyFree)))
        }
        return JSONValue.object(members).render(pretty: true) + "\n"
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }
}
