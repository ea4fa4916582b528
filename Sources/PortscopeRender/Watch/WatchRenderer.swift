import Portscope
import PortscopeSystem
import PortscopeProcesses
import PortscopeSockets

/// Renders `watch`: NDJSON events, plain event lines, and the full-screen view.
public struct WatchRenderer {
    public var style: TextStyle

    public init(style: TextStyle = .plain) {
        self.style = style
    }

    /// One NDJSON line: `{"time", "event", "socket", …}` (docs/json.md).
    public static func ndjson(_ event: WatchEvent) -> String {
        var members: [(String, JSONValue)] = [
            ("time", .string(WallClock.iso8601(event.time))),
            ("event", .string(event.kind.rawValue)),
            ("socket", SocketJSON.socket(event.socket)),
        ]
        if let previous = event.previousState { members.append(("previousState", .string(previous.rawValue))) }
        if event.initial { members.append(("initial", .bool(true))) }
        if let lifetime = event.lifetime {
            members.append(("lifetimeSeconds", .double((lifetime * 1000).rounded() / 1000)))
            members.append(("lifetimeAtLeast", .bool(event.lifetimeAtLeast)))
        }
        members.append(("source", .string(event.source)))
        return JSONValue.object(members).render(pretty: false)
    }

    /// `21:30:01.123  opened  tcp  127.0.0.1:51234 → 127.0.0.1:8080  ESTABLISHED  client  curl(5678)`.
    public func line(_ event: WatchEvent) -> String {
        let sockets = SocketTextRenderer(style: style)
        var kind = event.kind.rawValue
        if event.initial { kind = "present" }
        let colored: String
        switch event.kind {
        case .opened: colored = style.green(pad(kind, 7))
        case .closed: colored = style.red(pad(kind, 7))
        case .state: colored = style.yellow(pad(kind, 7))
        }
        var state = event.socket.entry.state.rawValue
        if let previous = event.previousState { state = "\(previous.rawValue)→\(state)" }
        var parts = [
            style.dim(WallClock.localTime(event.time)), colored, event.socket.entry.transport.rawValue,
            sockets.connection(event.socket), state, event.socket.role.rawValue, owner(event.socket),
        ]
        if let lifetime = event.lifetime {
            parts.append(style.dim("lived \(event.lifetimeAtLeast ? "≥" : "")\(Self.seconds(lifetime))"))
        }
        if event.kind != .opened, let info = event.socket.entry.tcpInfo {
            parts.append(style.dim(Quantities.traffic(info)))
        }
        return parts.joined(separator: "  ")
    }

    /// `0.25 s`, `12 s`, `3 min 5 s`.
    static func seconds(_ value: Double) -> String {
        if value < 10 { return String((value * 100).rounded() / 100) + " s" }
        if value < 120 { return String(Int(value.rounded())) + " s" }
        return "\(Int(value) / 60) min \(Int(value) % 60) s"
    }

    func owner(_ socket: InspectedSocket) -> String {
        switch socket.owner {
        case .known: socket.processes.map { "\(TerminalText.sanitize($0.name))(\($0.pid))" }.joined(separator: ",")
        case .none: style.dim("no process")
        case .hidden: style.dim("hidden")
        case .unknown: style.dim("owner unknown")
        }
    }

    /// The per-port summary: "8080: seen 14 times in the last minute, by curl (12) and python3 (2)".
    public func activityLines(_ activity: [PortActivity]) -> [String] {
        activity.map { a in
            let names = a.byProcess.map { "\(TerminalText.sanitize($0.name)) (\($0.count))" }
            let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + names.last! : names.first ?? ""
            return "\(a.port): seen \(a.count) time\(a.count == 1 ? "" : "s") in the last minute, by \(list)"
        }
    }

    /// The full-screen view for a terminal of `columns` × `rows`.
    public func screen(title: String, watcher: Watcher, events: [WatchEvent], columns: Int, rows: Int) -> [String] {
        var lines = [style.bold(clip(title, columns))]
        let current = watcher.currentSockets
        let activity = activityLines(watcher.activity())
        let nowBudget = max(3, (rows - 6) / 3)
        lines.append("")
        lines.append(style.bold("NOW") + style.dim(" (\(current.count) socket\(current.count == 1 ? "" : "s"))"))
        var table = TextTable(indent: 2)
        for socket in current.prefix(nowBudget - 1) {
            table.add([socket.entry.transport.rawValue, socket.entry.state.rawValue, SocketTextRenderer(style: style).connection(socket), socket.role.rawValue, owner(socket)])
        }
        if !current.isEmpty { lines += table.render().split(separator: "\n").map { clip(String($0), columns) } }
        if current.count > nowBudget - 1 { lines.append(style.dim("  … \(current.count - nowBudget + 1) more")) }
        if !activity.isEmpty {
            lines.append("")
            lines.append(style.bold("LAST MINUTE"))
            lines += activity.prefix(3).map { "  " + clip($0, columns - 2) }
        }
        lines.append("")
        lines.append(style.bold("EVENTS"))
        let room = max(1, rows - lines.count - 1)
        lines += events.suffix(room).map { "  " + clip(line($0), columns - 2) }
        return Array(lines.prefix(rows))
    }

    /// Cuts `text` to `width` terminal columns (escape sequences do not count).
    func clip(_ text: String, _ width: Int) -> String {
        DisplayWidth.clip(text, width, reset: style.colors)
    }

    func pad(_ text: String, _ width: Int) -> String {
        DisplayWidth.pad(text, width)
    }
}
