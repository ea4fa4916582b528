import Portscope
import PortscopeProcesses
import PortscopeSockets

/// Renders `free`: the plan before anything happens, then what happened.
public struct FreeRenderer {
    public var style: TextStyle

    public init(style: TextStyle = .plain) {
        self.style = style
    }

    public func plan(_ plan: FreePlan, timeout: Double, force: Bool) -> String {
        let port = plan.portDescription
        if plan.portAlreadyFree {
            return "Port \(port) is already free: no \(plan.includeClients ? "socket is bound to it" : "listening socket is on it").\n"
        }
        var lines: [String] = []
        let what = plan.includeClients ? "a socket bound to it" : "a listening socket on it"
        if !plan.targets.isEmpty {
            lines.append(style.bold("Port \(port): \(plan.targets.count) process\(plan.targets.count == 1 ? "" : "es") to signal (\(what))"))
            let sockets = SocketTextRenderer(style: style)
            for target in plan.targets {
                lines.append(sockets.processLine(target.process).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
                lines.append(sockets.socketTable(target.sockets).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
                if let note = target.note { lines.append(style.yellow("    ! ") + TerminalText.sanitize(note)) }
            }
        }
        if plan.targets.isEmpty {
            lines.append(style.bold("Port \(port) is held, and portscope will signal nothing:"))
        }
        if !plan.skipped.isEmpty {
            lines.append(style.bold("Will not signal:"))
            for skip in plan.skipped {
                lines.append("  \(TerminalText.sanitize(skip.name)) (pid \(skip.pid)): \(skip.reason)")
            }
        }
        if let hidden = plan.hidden {
            lines.append(style.yellow("! ") + Self.hiddenLine(hidden))
        }
        if !plan.targets.isEmpty {
            lines.append("Plan: SIGTERM, then wait up to \(Self.seconds(timeout)) s; \(force ? "then SIGKILL (--force)" : "SIGKILL only with --force").")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "N sockets on the port have holders this user cannot see: REASON".
    static func hiddenLine(_ hidden: HiddenSummary) -> String {
        "\(hidden.count) socket\(hidden.count == 1 ? "" : "s") on the port \(hidden.count == 1 ? "has" : "have") holders this user cannot see, so cannot signal: \(TerminalText.sanitize(hidden.reason))"
    }

    public func outcome(_ outcome: PortFreer.Outcome, port: String) -> String {
        var lines: [String] = []
        for change in outcome.changes.released {
            lines.append("  \(TerminalText.sanitize(change.name)) (pid \(change.pid)): let go of the port while you confirmed; not signalled")
        }
        for change in outcome.changes.newcomers {
            lines.append("  \(TerminalText.sanitize(change.name)) (pid \(change.pid)): took the port after the plan was shown; not signalled (run free again to include it)")
        }
        for action in outcome.actions {
            var line = "  \(TerminalText.sanitize(action.name)) (pid \(action.pid)): "
            if action.signals.isEmpty {
                line += action.error ?? "not signalled"
            } else {
                line += action.signals.joined(separator: ", then ")
                line += action.exited ? "; exited after \(Self.seconds(action.seconds ?? 0)) s" : action.releasedPort ? "; let go of the port but is still running (not killed)" : "; still running"
                if let error = action.error { line += " (\(error))" }
            }
            lines.append(line)
        }
        if outcome.portFree {
            lines.append(style.green("Port \(port) is free now."))
        } else {
            let holders = Set(outcome.remaining.flatMap { $0.processes.map { "\($0.name) (pid \($0.pid))" } }).sorted()
            let stubborn = outcome.actions.contains { !$0.exited && !$0.releasedPort && !$0.signals.isEmpty && !$0.signals.contains("SIGKILL") }
            let by = holders.isEmpty ? (outcome.hidden == nil ? "" : " by processes this user cannot see") : " by " + holders.map { TerminalText.sanitize($0) }.joined(separator: ", ")
            lines.append(style.red("Port \(port) is still held") + by + (stubborn ? "; add --force to send SIGKILL." : "."))
            if let hidden = outcome.hidden {
                lines.append(style.yellow("! ") + Self.hiddenLine(hidden))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ plan: FreePlan, outcome: PortFreer.Outcome?, dryRun: Bool) -> String {
        var members: [(String, JSONValue)] = [
            ("port", .int(Int(plan.port))),
            ("protocols", .array(SocketProtocol.allCases.filter(plan.protocols.contains).map { .string($0.rawValue) })),
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
                    ("releasedPort", .bool(a.releasedPort)),
                ])
            })))
            members.append(("changes", .object([
                ("released", .array(outcome.changes.released.map { .object([("pid", .int(Int($0.pid))), ("name", .string($0.name))]) })),
                ("newcomers", .array(outcome.changes.newcomers.map { .object([("pid", .int(Int($0.pid))), ("name", .string($0.name))]) })),
            ])))
            members.append(("hiddenAfter", SocketJSON.hidden(outcome.hidden)))
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
