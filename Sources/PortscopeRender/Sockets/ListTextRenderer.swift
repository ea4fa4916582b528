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
        var header = ["PROTO", "LOCAL"]
        if all { header += ["STATE", "REMOTE", "ROLE"] }
        header += ["SERVICE", "PROCESS", "USER"]
        table.add(header.map { style.bold($0) })
        var notes: [String] = []
        for s in report.sockets {
            var row = [s.entry.transport.rawValue, s.entry.localDescription]
            if all { row += [s.entry.state.rawValue, s.entry.remote?.description ?? "-", s.role.rawValue] }
            row.append(s.service.map { TerminalText.sanitize($0) } ?? "-")
            row += owner(s)
            if let ns = s.namespace { row.append(style.dim("netns \(ns.id)" + (ns.container.map { " \($0.runtime) \($0.shortID)" } ?? ""))) }
            if let warning = s.warning {
                row.append(style.yellow("! ephemeral"))
                let note = "\(s.entry.transport.rawValue) \(s.entry.localDescription): \(warning)"
                if !notes.contains(note) { notes.append(note) }
            }
            table.add(row)
        }
        var lines = [table.render()]
        let hiddenText = report.hidden.map { ", \($0.count) hidden: \(TerminalText.sanitize($0.reason))" } ?? ""
        lines.append(style.dim("\(report.sockets.count) socket\(report.sockets.count == 1 ? "" : "s")\(hiddenText)"))
        lines += notes.map { style.yellow("! ") + $0 }
        lines += SocketTextRenderer(style: style).skipped(report)
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
