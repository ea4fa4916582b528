import Portscope
import PortscopeSystem

/// Renders `top`: the live table, a line per port per interval, and NDJSON records.
public struct TopRenderer {
    public var style: TextStyle

    public init(style: TextStyle = .plain) {
        self.style = style
    }

    /// How rows are ordered.
    public enum Order: String, CaseIterable, Sendable {
        case traffic, conns, rx, tx, port
    }

    public static func sorted(_ rows: [PortTop.Row], by order: Order) -> [PortTop.Row] {
        rows.sorted { a, b in
            let (x, y): (Double, Double) = switch order {
            case .traffic: (a.receivedBytesPerSecond + a.sentBytesPerSecond, b.receivedBytesPerSecond + b.sentBytesPerSecond)
            case .conns: (Double(a.established), Double(b.established))
            case .rx: (a.receivedBytesPerSecond, b.receivedBytesPerSecond)
            case .tx: (a.sentBytesPerSecond, b.sentBytesPerSecond)
            case .port: (Double(b.port), Double(a.port))
            }
            return x != y ? x > y : a.port < b.port
        }
    }

    /// One NDJSON record per port (docs/json.md).
    public static func ndjson(_ report: PortTop.Report, _ row: PortTop.Row) -> String {
        func rate(_ value: Double) -> JSONValue { .double((value * 100).rounded() / 100) }
        return JSONValue.object([
            ("time", .string(WallClock.iso8601(report.time))),
            ("port", .int(Int(row.port))),
            ("listeners", .array(row.listeners.map { .string($0) })),
            ("processes", .array(row.processes.map { .string($0) })),
            ("processesUnknown", .bool(row.processesUnknown)),
            ("established", .int(row.established)),
            ("newPerSecond", rate(row.newPerSecond)),
            ("receivedBytesPerSecond", rate(row.receivedBytesPerSecond)),
            ("sentBytesPerSecond", rate(row.sentBytesPerSecond)),
            ("retransmitsPerSecond", rate(row.retransmitsPerSecond)),
            ("queue", row.queue.map { .object([("current", .int(Int($0.current))), ("max", .int(Int($0.maximum)))]) } ?? .null),
            ("intervalSeconds", .double((report.seconds * 1000).rounded() / 1000)),
            ("lowerBound", .bool(!report.complete)),
        ]).render(pretty: false)
    }

    /// The table: a header, then one row per port.
    public func table(_ report: PortTop.Report, order: Order) -> [String] {
        var table = TextTable(indent: 0)
        table.add(["PORT", "CONNS", "NEW/S", "RX/S", "TX/S", "RETRANS/S", "QUEUE", "PROCESS"].map { style.bold($0) })
        for row in Self.sorted(report.rows, by: order) {
            let queue = row.queue.map { Quantities.queue($0.current, $0.maximum) }
            table.add([
                String(row.port), String(row.established), Self.number(row.newPerSecond),
                Quantities.rate(row.receivedBytesPerSecond), Quantities.rate(row.sentBytesPerSecond), Self.number(row.retransmitsPerSecond),
                queue.map { $0.nearlyFull ? style.yellow($0.text) : $0.text } ?? "-",
                row.listeners.isEmpty ? style.dim("(remote port)") : TerminalText.sanitize((row.processes + (row.processesUnknown ? ["?"] : [])).joined(separator: ",")),
            ])
        }
        return table.render().split(separator: "\n").map(String.init)
    }

    /// One line per port, for pipes: `21:30:01  8080  conns 3  new/s 1.0  rx/s 1.2 kB/s …`.
    public func lines(_ report: PortTop.Report, order: Order) -> [String] {
        Self.sorted(report.rows, by: order).map { row in
            var parts = [WallClock.localTime(report.time), String(row.port), "conns \(row.established)", "new/s \(Self.number(row.newPerSecond))",
                         "rx \(Quantities.rate(row.receivedBytesPerSecond))", "tx \(Quantities.rate(row.sentBytesPerSecond))",
                         "retrans/s \(Self.number(row.retransmitsPerSecond))"]
            if let queue = row.queue { parts.append("queue \(Quantities.queue(queue.current, queue.maximum).text)") }
            if !row.listeners.isEmpty { parts.append(TerminalText.sanitize((row.processes + (row.processesUnknown ? ["?"] : [])).joined(separator: ","))) }
            return parts.joined(separator: "  ")
        }
    }

    /// The live screen.
    public func screen(_ report: PortTop.Report, order: Order, title: String, note: String?, columns: Int, rows: Int) -> [String] {
        var lines = [style.bold(DisplayWidth.clip(title, columns))]
        if let note { lines.append(style.yellow(DisplayWidth.clip(note, columns))) }
        lines.append("")
        lines += table(report, order: order).map { DisplayWidth.clip($0, columns, reset: style.colors) }
        if report.rows.isEmpty { lines.append(style.dim("no TCP listener")) }
        return Array(lines.prefix(rows))
    }

    static func number(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String((value * 10).rounded() / 10)
    }
}
