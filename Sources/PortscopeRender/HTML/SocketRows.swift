import Portscope
import PortscopeLocalization
import PortscopeProcesses
import PortscopeSockets

/// The port page's socket table as rows of text cells, in a language: the same cells for the
/// page and for the live updates the server streams to it (`/api/v1/events`).
public enum SocketRows {
    /// The column headers.
    public static func headers(_ l: Localizer) -> [String] {
        [l(.columnProtocol), l(.columnState), l(.columnLocal), l(.columnRemote), l(.columnRole), l(.columnProcess), l(.columnUser), l(.columnQueue)]
    }

    /// The most rows a page (or one live update) shows: the page stays small and quick
    /// however busy the port is; a note says how many there are.
    public static let limit = 200

    /// One row per socket, at most `limit` (a socket shared by several processes names them all).
    public static func rows(_ report: SocketReport, _ l: Localizer, limit: Int = SocketRows.limit) -> [[String]] {
        report.sockets.prefix(limit).map { socket in
            let processes: String
            let users: String
            switch socket.owner {
            case .known:
                processes = socket.processes.map { "\($0.name) (pid \($0.pid))" }.joined(separator: ", ")
                users = Array(Set(socket.processes.compactMap { $0.user ?? $0.uid.map(String.init) })).sorted().joined(separator: ", ")
            case .hidden:
                processes = l(.socketsHidden)
                users = "uid \(socket.entry.uid)"
            case .none, .unknown:
                processes = l(.processNone)
                users = ""
            }
            let queue = socket.entry.acceptQueue.map { "\($0.current)/\($0.maximum)" } ?? ""
            return [
                socket.entry.transport.rawValue, socket.entry.state.rawValue, socket.entry.localDescription,
                socket.entry.remote?.description ?? "", SocketTextRenderer.roleName(socket.role, l), processes, users, queue,
            ]
        }
    }

    /// The text shown in place of rows when nothing uses the port.
    public static func empty(port: UInt16, _ l: Localizer) -> String {
        l(.hostNothing, ["port": String(port)])
    }

    /// The note under a table cut at `limit` rows; nil when every socket is shown.
    public static func truncated(port: UInt16, total: Int, _ l: Localizer) -> String? {
        total > limit ? l(.hostTruncated, ["shown": String(limit), "total": String(total), "port": String(port)]) : nil
    }

    /// The live-update event for `report`: `{"port", "rows", "empty", "truncated", "time"}` (JSON).
    public static func event(port: UInt16, report: SocketReport, time: Double, _ l: Localizer) -> String {
        JSONValue.object([
            ("port", .int(Int(port))),
            ("rows", .array(rows(report, l).map { .array($0.map { .string($0) }) })),
            ("empty", .string(empty(port: port, l))),
            ("truncated", .string(truncated(port: port, total: report.sockets.count, l))),
            ("time", .string(PageContext.time(time))),
        ]).render(pretty: false)
    }
}
