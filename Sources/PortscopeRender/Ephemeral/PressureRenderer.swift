import Portscope
import PortscopeSockets
import PortscopeProcesses

/// Renders `ephemeral`: the range, what uses it, the busiest destinations, collisions, forecast.
public struct PressureRenderer {
    public var style: TextStyle

    public init(style: TextStyle = .plain) {
        self.style = style
    }

    public func text(_ r: PressureReport) -> String {
        var sections: [String] = []
        var head = TextTable()
        head.add(["range", "\(rangeText(r.range)) (\(r.range.count) ports)"])
        head.add(["reserved", r.reservedInRange == 0 ? "none in the range" : "\(r.reservedInRange) in the range (\(r.reservedPorts.map(rangeText).joined(separator: ",")))"])
        head.add(["usable", "\(r.usable) ports for connect() and bind(0)"])
        head.add(["tcp_tw_reuse", reuseText(r.timeWaitReuse, r.timeWaitReuseDelay)])
        head.add(["TIME_WAIT", "60 s (TCP_TIMEWAIT_LEN; no sysctl changes it)"])
        sections.append(style.bold("EPHEMERAL PORTS") + "\n" + head.render())

        var usage = TextTable()
        for count in r.usage { usage.add([count.transport.rawValue, count.state.rawValue, String(count.count)]) }
        sections.append(style.bold("IN USE") + style.dim(" (sockets whose local port is in the range)") + "\n" + (r.usage.isEmpty ? "  none" : usage.render()))

        var destinations = TextTable()
        destinations.add(["DESTINATION", "PROTO", "FROM", "PORTS USED", "TIME_WAIT", "HEADROOM"].map { style.bold($0) })
        for d in r.destinations {
            let share = r.usable > 0 ? Int((Double(d.headroom) / Double(r.usable) * 100).rounded(.down)) : 0
            let headroom = "\(d.headroom) (\(share)%)"
            destinations.add([d.remote.description, d.transport.rawValue, d.localAddress.description, String(d.used), String(d.timeWait), share < 10 ? style.red(headroom) : headroom])
        }
        var body = r.destinations.isEmpty ? "  no outgoing connections use the range" : destinations.render()
        if r.destinationCount > r.destinations.count {
            body += "\n" + style.dim("  … and \(r.destinationCount - r.destinations.count) more (--top)")
        }
        sections.append(style.bold("TOP DESTINATIONS") + style.dim(" (exhaustion is per source address, destination address and port)") + "\n" + body)

        sections.append(style.bold("UDP") + "\n" + style.paragraph("\(r.udpPortsUsed) UDP socket\(r.udpPortsUsed == 1 ? "" : "s") hold\(r.udpPortsUsed == 1 ? "s" : "") a port from the range. Every UDP socket holds its own port whatever its peer, so UDP headroom is global: \(r.usable - r.udpPortsUsed).", indent: 2))

        if !r.collisions.isEmpty {
            var table = TextTable()
            for s in r.collisions {
                let owners = s.owner == .known ? s.processes.map { "\(TerminalText.sanitize($0.name))(\($0.pid))" }.joined(separator: ",") : (s.owner == .hidden ? "hidden" : "-")
                table.add([s.entry.transport.rawValue, s.entry.localDescription, owners])
            }
            sections.append(style.bold("LISTENERS INSIDE THE RANGE") + style.dim(" (collisions waiting to happen: while one is down, outgoing connections can take its port)") + "\n" + table.render())
        }

        if let f = r.forecast {
            var lines = [
                "  sustainable: \(format(f.sustainableRate))/s per destination (\(r.usable) usable ports / \(format(f.holdSeconds)) s; \(f.holdReason))",
            ]
            if let after = f.newDestinationFailsAfter {
                lines.append("  " + style.red("a new destination: connect() fails with EADDRNOTAVAIL after \(format(after)) s"))
            } else {
                lines.append("  " + style.green("sustainable: \(format(f.rate))/s never exhausts a new destination's ports"))
            }
            if let busiest = r.destinations.first, let hold = f.busiestHoldSeconds {
                let model = hold == f.holdSeconds ? "" : " (a loopback destination: ports are reused after \(format(hold)) s, so it sustains \(format(f.busiestSustainableRate ?? 0))/s)"
                if let after = f.busiestFailsAfter {
                    lines.append("  " + style.red("\(busiest.remote) (busiest, \(busiest.used) port\(busiest.used == 1 ? "" : "s") already used): fails after \(format(after)) s") + model)
                } else {
                    lines.append("  " + style.green("\(busiest.remote) (busiest, \(busiest.used) port\(busiest.used == 1 ? "" : "s") already used): sustainable") + model)
                }
            }
            lines.append(style.dim("  levers: keep connections alive (pooling), more destination ports or addresses, more source addresses, a wider ip_local_port_range, tcp_tw_reuse"))
            sections.append(style.bold("FORECAST at \(format(f.rate)) new connections/s to one destination") + "\n" + lines.joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    public static func json(_ r: PressureReport) -> String {
        var members: [(String, JSONValue)] = [
            ("range", .range(r.range)),
            ("size", .int(r.range.count)),
            ("reservedInRange", .int(r.reservedInRange)),
            ("reservedPorts", .array(r.reservedPorts.map(JSONValue.range))),
            ("usable", .int(r.usable)),
            ("tcpTwReuse", .int(r.timeWaitReuse)),
            ("tcpTwReuseDelayMs", .int(r.timeWaitReuseDelay)),
            ("timeWaitSeconds", .int(60)),
            ("usage", .array(r.usage.map { .object([("protocol", .string($0.transport.rawValue)), ("state", .string($0.state.rawValue)), ("count", .int($0.count))]) })),
            ("destinations", .array(r.destinations.map { d in
                .object([
                    ("protocol", .string(d.transport.rawValue)),
                    ("localAddress", .string(d.localAddress.description)),
                    ("remote", SocketJSON.endpoint(d.remote)),
                    ("used", .int(d.used)),
                    ("timeWait", .int(d.timeWait)),
                    ("headroom", .int(d.headroom)),
                ])
            })),
            ("destinationCount", .int(r.destinationCount)),
            ("udpPortsUsed", .int(r.udpPortsUsed)),
            ("collisions", .array(r.collisions.map(SocketJSON.socket))),
        ]
        if let f = r.forecast {
            members.append(("forecast", .object([
                ("rate", .double(f.rate)),
                ("holdSeconds", .double(f.holdSeconds)),
                ("holdReason", .string(f.holdReason)),
                ("sustainableRate", .double((f.sustainableRate * 100).rounded() / 100)),
                ("newDestinationFailsAfterSeconds", f.newDestinationFailsAfter.map { .double(($0 * 100).rounded() / 100) } ?? .null),
                ("busiestHoldSeconds", f.busiestHoldSeconds.map { .double($0) } ?? .null),
                ("busiestSustainableRate", f.busiestSustainableRate.map { .double(($0 * 100).rounded() / 100) } ?? .null),
                ("busiestFailsAfterSeconds", f.busiestFailsAfter.map { .double(($0 * 100).rounded() / 100) } ?? .null),
            ])))
        } else {
            members.append(("forecast", .null))
        }
        members.append(("source", .string(r.source)))
        return JSONValue.object(members).render(pretty: true) + "\n"
    }

    func reuseText(_ value: Int?, _ delay: Int?) -> String {
        let after = delay.map { " after \(Double($0) / 1000) s" } ?? ""
        switch value {
        case 0?: return "0 (off: TIME_WAIT ports stay taken for 60 s)"
        case 1?: return "1 (connect() may reuse TIME_WAIT ports\(after), with TCP timestamps)"
        case 2?: return "2 (reuse only toward loopback\(after))"
        case let other?: return String(other)
        case nil: return "unknown"
        }
    }

    func format(_ value: Double) -> String {
        value >= 100 || value == value.rounded() ? String(Int(value.rounded())) : String((value * 10).rounded() / 10)
    }
}
