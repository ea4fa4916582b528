import Portscope

/// Renders `portscope diff` (text and JSON) and the summary of `ls --save`.
public struct BaselineRenderer {
    public var style: TextStyle

    public init(style: TextStyle = .plain) {
        self.style = style
    }

    /// The summary after `ls --save`.
    public func saved(_ baseline: ListenerBaseline, path: String, report: SocketReport) -> String {
        let count = baseline.listeners.count
        var lines = ["Saved \(count) listener\(count == 1 ? "" : "s") (\(baseline.protocols.joined(separator: " and "))) to \(TerminalText.sanitize(path))"]
        let hidden = baseline.listeners.filter { $0.owner == "hidden" }.count
        if hidden > 0 {
            lines.append(style.yellow("! ") + "\(hidden) listener\(hidden == 1 ? "'s programs" : "s' programs") could not be read (\(TerminalText.sanitize(report.hidden?.reason ?? "hidden"))): the baseline records only their addresses, so a change of program there will not be seen")
        }
        if !baseline.ignore.isEmpty { lines.append(style.dim("ignored: " + TerminalText.sanitize(baseline.ignore.joined(separator: ", ")))) }
        lines.append(style.dim("Compare later with: portscope diff \(TerminalText.sanitize(path))"))
        lines += report.warnings.map { style.dim("note: " + TerminalText.sanitize($0)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The differences, most suspicious first.
    public func text(_ diff: BaselineDiff, baseline: ListenerBaseline, path: String, ephemeral: ClosedRange<UInt16>) -> String {
        let source = "\(TerminalText.sanitize(path)) (taken \(TerminalText.sanitize(baseline.created))\(baseline.host.isEmpty ? "" : " on " + TerminalText.sanitize(baseline.host)))"
        var lines: [String] = []
        if diff.drifted {
            let parts = [(BaselineDiff.Change.Kind.changed, "changed"), (.new, "new"), (.gone, "gone")].compactMap { kind, name in
                diff.count(kind) > 0 ? "\(diff.count(kind)) \(name)" : nil
            }
            lines.append(style.bold("Listeners differ from \(source): \(parts.joined(separator: ", "))"))
            var table = TextTable(indent: 2)
            for change in diff.changes {
                let listener = change.listener
                let kind: String
                let programs: String
                switch change.kind {
                case .changed:
                    kind = style.red("changed")
                    programs = "now " + Self.programs(listener) + "; was " + Self.programs(change.before)
                case .new:
                    kind = style.yellow("new")
                    programs = Self.programs(listener)
                case .gone:
                    kind = style.dim("gone")
                    programs = Self.programs(listener)
                }
                table.add([kind, TerminalText.sanitize(listener.description), TerminalText.sanitize(programs)])
            }
            lines.append(table.render())
            let ephemeralNew = diff.changes.filter { $0.kind == .new && $0.listener.protocol == "udp" && ephemeral.contains($0.listener.port) }.count
            if ephemeralNew > 0 {
                lines.append(style.dim("\(ephemeralNew) new UDP socket\(ephemeralNew == 1 ? " is" : "s are") in the ephemeral range (\(ephemeral.lowerBound)-\(ephemeral.upperBound)): often a client's socket, not a service; leave them out with --ignore ephemeral/udp"))
            }
        } else {
            lines.append(style.bold(style.green("No drift") + ": the \(diff.currentCount) listener\(diff.currentCount == 1 ? "" : "s") match \(source)"))
        }
        var notes: [String] = []
        if !diff.unverified.isEmpty {
            let names = diff.unverified.prefix(5).map { TerminalText.sanitize($0.description) }.joined(separator: ", ")
            notes.append("\(diff.unverified.count) listener\(diff.unverified.count == 1 ? "'s" : "s'") programs could not be compared (hidden now or when the baseline was taken; run both as root): \(names)\(diff.unverified.count > 5 ? ", …" : "")")
        }
        if diff.ignored > 0 { notes.append("\(diff.ignored) listener\(diff.ignored == 1 ? "" : "s") ignored (\(TerminalText.sanitize(baseline.ignore.isEmpty ? "--ignore" : baseline.ignore.joined(separator: ", ") + " and --ignore")))") }
        lines += notes.map { style.dim("note: " + $0) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The differences as JSON (docs/baseline.md).
    public func json(_ diff: BaselineDiff, baseline: ListenerBaseline, path: String, warnings: [String]) -> String {
        let changes: [JSONValue] = diff.changes.map { change in
            var members = Self.listenerMembers(change.listener)
            members.insert(("kind", .string(change.kind.rawValue)), at: 0)
            members.append(("before", change.kind == .changed ? .array(change.before.map(Self.program)) : .null))
            return .object(members)
        }
        return JSONValue.object([
            ("baseline", .object([("path", .string(path)), ("host", .string(baseline.host)), ("created", .string(baseline.created)), ("ignore", .array(baseline.ignore.map { .string($0) }))])),
            ("drift", .bool(diff.drifted)),
            ("counts", .object([("changed", .int(diff.count(.changed))), ("new", .int(diff.count(.new))), ("gone", .int(diff.count(.gone))),
                                ("baseline", .int(diff.baselineCount)), ("current", .int(diff.currentCount)), ("ignored", .int(diff.ignored))])),
            ("changes", .array(changes)),
            ("unverified", .array(diff.unverified.map { .object(Self.listenerMembers($0)) })),
            ("warnings", .array(warnings.map { .string($0) })),
        ]).render(pretty: true) + "\n"
    }

    static func listenerMembers(_ listener: ListenerBaseline.Listener) -> [(String, JSONValue)] {
        [("protocol", .string(listener.protocol)), ("address", .string(listener.address)), ("port", .int(Int(listener.port))),
         ("owner", .string(listener.owner)), ("programs", .array(listener.programs.map(program)))]
    }

    static func program(_ program: ListenerBaseline.Program) -> JSONValue {
        .object([("exe", .string(program.exe)), ("unit", .string(program.unit)), ("container", .string(program.container))])
    }

    static func programs(_ listener: ListenerBaseline.Listener) -> String {
        listener.owner == "known" ? programs(listener.programs) : "(program \(listener.owner))"
    }

    static func programs(_ programs: [ListenerBaseline.Program]) -> String {
        programs.isEmpty ? "(no program)" : programs.map(\.description).joined(separator: ", ")
    }
}
