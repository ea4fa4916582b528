import Portscope
import PortscopeProcesses
import PortscopeSockets

/// Renders `ls`: one aligned row per socket.
public struct ListTextRenderer {
    public var style: TextStyle

    public init(style: TextStyle = .plain) {
        self.style = style
    }

    public func render(_ report: SocketReport, all: Bool) -> String {
        var table = TextTable(indent: 0)
        let queues = report.sockets.contains { $0.entry.acceptQueue != nil }
        let connections = report.sockets.contains { $0.connections != nil }
        var header = ["PROTO", "LOCAL"]
        if all { header += ["STATE", "REMOTE", "ROLE"] }
        if queues { header.append("QUEUE") }
        if connections { header.append("CONNS") }
        header += ["SERVICE", "PROCESS", "USER"]
        table.add(header.map { style.bold($0) })
        var notes: [String] = []
        var details: [String] = []
        for s in report.sockets {
            var row = [s.entry.transport.rawValue, s.entry.localDescription]
            if all { row += [s.entry.state.rawValue, s.entry.remote?.description ?? "-", s.role.rawValue] }
            if queues {
                if let queue = s.entry.acceptQueue {
                    let (text, full) = Quantities.queue(queue.current, queue.maximum)
                    row.append(full ? style.yellow(text) : text)
                    if full { notes.append("\(s.entry.transport.rawValue) \(s.entry.localDescription): the accept queue is over 80% full (\(text)): the service is not accepting fast enough; new connections will be dropped when it fills") }
                } else {
                    row.append("-")
                }
            }
            if connections { row.append(s.connections.map { String($0.total) } ?? "-") }
            row.append(s.service.map { TerminalText.sanitize($0) } ?? "-")
            row += owner(s)
            if let summary = s.connections, summary.total > 0 {
                let states = SocketState.allCases.compactMap { state in summary.byState[state].map { "\($0) \(state.rawValue)" } }.joined(separator: ", ")
                let peers = summary.topPeers.map { "\($0.address) (\($0.connections))" }.joined(separator: ", ")
                details.append("  \(s.entry.transport.rawValue) \(s.entry.localDescription): \(states); busiest peers \(peers)")
            }
            if let ns = s.namespace { row.append(style.dim("netns \(ns.id)" + (ns.container.map { " \($0.runtime) \($0.shortID)" } ?? ""))) }
            if let warning = s.warning {
                row.append(style.yellow("! ephemeral"))
                let note = "\(s.entry.transport.rawValue) \(s.entry.localDescription): \(warning)"
                if !notes.contains(note) { notes.append(note) }
            }
            table.add(row)
        }
        var lines = [table.render()]
        if !details.isEmpty { lines += [style.bold("CONNECTIONS")] + details }
        let hiddenText = report.hidden.map { ", \($0.count) hidden: \(TerminalText.sanitize($0.reason))" } ?? ""
        lines.append(style.dim("\(report.sockets.count) socket\(report.sockets.count == 1 ? "" : "s")\(hiddenText)"))
        lines += notes.map { style.yellow("! ") + $0 }
        lines += SocketTextRenderer(style: style).skipped(report)
        lines += SocketTextRenderer(style: style).listenCounters(report)
        lines += report.warnings.map { style.dim("note: " + TerminalText.sanitize($0)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The PROCESS and USER cells.
    func owner(_ s: InspectedSocket) -> [String] {
        switch s.owner {
        case .known:
            let names = s.processes.map { "\(TerminalText.sanitize($0.name))(\($0.pid))" }.joined(separator: ",")
            let users = Array(Set(s.processes.map { $0.user ?? $0.uid.map(String.init) ?? "?" })).sorted().joined(separator: ",")
            return [names, TerminalText.sanitize(users)]
        case .hidden:
            return [style.yellow("hidden"), "uid \(s.entry.uid)"]
        case .none, .unknown:
            return [style.dim("-"), "-"]
        }
    }
}
