import Portscope
import PortscopeProcesses
import PortscopeSockets

/// Renders `who` (and explain's "on this host now"): sockets grouped by the processes that hold them.
public struct SocketTextRenderer {
    public var style: TextStyle

    public init(style: TextStyle = .plain) {
        self.style = style
    }

    /// The whole `who` answer.
    public func renderWho(_ report: SocketReport) -> String {
        let port = report.port.map(String.init) ?? "?"
        guard !report.sockets.isEmpty else {
            return ([style.bold("Port \(port): nothing uses it") + " " + style.dim("(tcp and udp, ipv4 and ipv6, \(report.allNamespaces ? "every network namespace" : "this network namespace"))")]
                + elsewhere(report) + warnings(report)).joined(separator: "\n") + "\n"
        }
        let processes = Set(report.sockets.flatMap { $0.processes.map(\.pid) }).count
        let header = style.bold("Port \(port): \(count(report.sockets.count, "socket")), \(count(processes, "process", "processes"))")
        return ([header, ""] + [groups(report)] + warnings(report)).joined(separator: "\n") + "\n"
    }

    /// The grouped body: one block per process with the sockets it holds (a socket shared
    /// after fork or descriptor passing is listed under each holder and says so), then
    /// sockets with no process, then hidden ones.
    public func groups(_ report: SocketReport) -> String {
        var order: [Int32] = []
        var records: [Int32: ProcessRecord] = [:]
        var byProcess: [Int32: [InspectedSocket]] = [:]
        var none: [InspectedSocket] = []
        var hidden: [InspectedSocket] = []
        for socket in report.sockets {
            switch socket.owner {
            case .known:
                for process in socket.processes {
                    if records[process.pid] == nil {
                        order.append(process.pid)
                        records[process.pid] = process
                    }
                    byProcess[process.pid, default: []].append(socket)
                }
            case .hidden: hidden.append(socket)
            case .none, .unknown: none.append(socket)
            }
        }
        var blocks: [String] = []
        for pid in order {
            blocks.append(processLine(records[pid]!) + "\n" + socketTable(byProcess[pid]!, holder: pid))
        }
        if !none.isEmpty {
            blocks.append(style.dim("no process (TIME_WAIT, request or orphaned sockets)") + "\n" + socketTable(none))
        }
        if !hidden.isEmpty {
            let reason = report.hidden?.reason ?? hidden[0].hiddenReason ?? ""
            blocks.append(style.yellow("hidden") + " " + style.dim("(\(TerminalText.sanitize(reason)))") + "\n" + socketTable(hidden, showUID: true))
        }
        return blocks.joined(separator: "\n\n")
    }

    /// `python3 · pid 1234 · user alice · container docker 3f2a1b9c0d1e` and the command line.
    func processLine(_ p: ProcessRecord) -> String {
        var parts = [style.cyan(TerminalText.sanitize(p.name)), "pid \(p.pid)"]
        if let user = p.user {
            parts.append("user \(TerminalText.sanitize(user))")
        } else if let uid = p.uid {
            parts.append("uid \(uid)")
        }
        if let container = p.container { parts.append("container \(container.runtime) \(container.shortID)") }
        var text = parts.joined(separator: " · ")
        if !p.command.isEmpty {
            let command = TerminalText.sanitize(p.command.joined(separator: " "))
            text += "\n  " + style.dim(command.count > style.width - 4 ? String(command.prefix(style.width - 5)) + "…" : command)
        }
        return text
    }

    func socketTable(_ sockets: [InspectedSocket], showUID: Bool = false, holder: Int32? = nil) -> String {
        var table = TextTable(indent: 2)
        for s in sockets {
            var row = [s.entry.transport.rawValue, s.entry.state.rawValue, connection(s), roleText(s.role)]
            if showUID { row.append(style.dim("uid \(s.entry.uid)")) }
            let others = s.processes.map(\.pid).filter { $0 != holder }
            if holder != nil, !others.isEmpty {
                row.append(style.dim("shared with pid \(others.map(String.init).joined(separator: ", "))"))
            }
            if let ns = s.namespace { row.append(style.dim(namespaceText(ns))) }
            table.add(row)
        }
        return table.render()
    }

    /// `127.0.0.1:8080 ← 127.0.0.1:51234` (server), `… → …` (client), or the local endpoint alone.
    func connection(_ s: InspectedSocket) -> String {
        guard let remote = s.entry.remote else { return s.entry.local.description }
        let arrow = s.role == .server ? "←" : s.role == .client ? "→" : "↔"
        return "\(s.entry.local) \(arrow) \(remote)"
    }

    func roleText(_ role: SocketRole) -> String {
        role == .listener ? style.green(role.rawValue) : role.rawValue
    }

    func namespaceText(_ n: NamespaceInfo) -> String {
        var text = "netns \(n.id)"
        if let c = n.container { text += " (\(c.runtime) \(c.shortID))" } else if let name = n.processName { text += " (\(TerminalText.sanitize(name)) pid \(n.pid))" }
        return text
    }

    func elsewhere(_ report: SocketReport) -> [String] {
        report.elsewhere.map { h in
            style.yellow("  held elsewhere: ") + "\(count(h.sockets, "socket"))\(h.listening ? " (listening)" : "") in \(namespaceText(h.namespace)); `portscope who \(report.port.map(String.init) ?? "") --all-netns` shows them"
        }
    }

    func warnings(_ report: SocketReport) -> [String] {
        report.warnings.map { style.dim("note: " + TerminalText.sanitize($0)) }
    }

    func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
