import Portscope
import PortscopeProcesses
import PortscopeSockets

/// A column `--fields` can choose for `ls` and `who` (like `ps -o`).
public enum SocketField: String, Sendable, CaseIterable {
    case proto, local, address, port, state, remote, role, queue, conns, service
    case process, pid, user, uid, command, exe, unit, container, inode

    /// The column's heading.
    public var heading: String {
        switch self {
        case .proto: "PROTO"
        case .conns: "CONNS"
        case .exe: "EXE"
        default: rawValue.uppercased()
        }
    }

    /// What the column shows, for `--help`.
    public static let help = "proto, local (address:port), address, port, state, remote, role, queue (accept queue current/max), conns (--connections), service, process, pid, user, uid, command, exe (/proc/PID/exe), unit (systemd), container, inode"

    /// Parses `proto,local,process` (commas or spaces); a failure names the first unknown field.
    public static func parse(_ list: String) -> Result<[SocketField], UnknownField> {
        var fields: [SocketField] = []
        for name in list.split(whereSeparator: { $0 == "," || $0 == " " }) {
            guard let field = SocketField(rawValue: name.lowercased()) else { return .failure(UnknownField(name: String(name))) }
            fields.append(field)
        }
        return fields.isEmpty ? .failure(UnknownField(name: list)) : .success(fields)
    }

    /// A name `--fields` does not know.
    public struct UnknownField: Error, Sendable {
        public var name: String
    }
}

/// Renders sockets as a table of the chosen ``SocketField`` columns, one row per socket
/// (pure). Values chosen by processes are sanitized; on a terminal, rows are cut to its
/// width unless `--wide`.
public struct SocketFieldsRenderer {
    public var style: TextStyle
    public var fields: [SocketField]

    public init(style: TextStyle = .plain, fields: [SocketField]) {
        self.style = style
        self.fields = fields
    }

    public func render(_ report: SocketReport) -> String {
        var table = TextTable(indent: 0)
        table.add(fields.map { style.bold($0.heading) })
        for socket in report.sockets { table.add(fields.map { cell($0, socket) }) }
        var lines = table.render().split(separator: "\n", omittingEmptySubsequences: false).map { style.clipped(String($0), style.width) }
        if let hidden = report.hidden {
            lines.append(style.dim("\(hidden.count) hidden: \(TerminalText.sanitize(hidden.reason))"))
        }
        lines += report.warnings.map { style.dim("note: " + TerminalText.sanitize($0)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One cell; several holders are joined with commas, a missing value is `-`.
    func cell(_ field: SocketField, _ s: InspectedSocket) -> String {
        let e = s.entry
        func each(_ value: (ProcessRecord) -> String?) -> String {
            if s.owner == .hidden { return "hidden" }
            let values = s.processes.map { value($0).map { TerminalText.sanitize($0) } ?? "-" }
            return values.isEmpty ? "-" : values.joined(separator: ",")
        }
        switch field {
        case .proto: return e.transport.rawValue
        case .local: return e.localDescription
        case .address: return e.family == .ipv6 && e.local.address.isUnspecified && e.v6Only == false ? "*" : e.local.address.description
        case .port: return String(e.local.port)
        case .state: return e.state.rawValue
        case .remote: return e.remote?.description ?? "-"
        case .role: return s.role.rawValue
        case .queue: return e.acceptQueue.map { Quantities.queue($0.current, $0.maximum).0 } ?? "-"
        case .conns: return s.connections.map { String($0.total) } ?? "-"
        case .service: return s.service.map { TerminalText.sanitize($0) } ?? "-"
        case .process: return each { $0.name }
        case .pid: return each { String($0.pid) }
        case .user: return each { $0.user ?? $0.uid.map(String.init) }
        case .uid: return String(e.uid)
        case .command: return each { $0.commandWithheld || $0.command.isEmpty ? nil : $0.command.joined(separator: " ") }
        case .exe: return each { p in p.executable.map { $0 + (p.executableDeleted ? " (deleted)" : "") } }
        case .unit: return each { $0.unit?.name }
        case .container: return each { p in p.container.map { $0.name ?? "\($0.runtime) \($0.shortID)" } }
        case .inode: return String(e.inode)
        }
    }
}
