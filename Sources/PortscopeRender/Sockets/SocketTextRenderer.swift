import Portscope
import PortscopeForwarding
import PortscopeLocalization
import PortscopeProcesses
import PortscopeSockets

/// Renders `who` (and explain's "on this host now"): sockets grouped by the processes that hold them.
public struct SocketTextRenderer {
    public var style: TextStyle
    /// The language of the process groups (explain's section follows `explain`'s language;
    /// `who` speaks English).
    public var l: Localizer

    public init(style: TextStyle = .plain, localizer: Localizer = .english) {
        self.style = style
        self.l = localizer
    }

    /// The whole `who` answer.
    public func renderWho(_ report: SocketReport) -> String {
        let subject = Self.subject(report)
        guard !report.sockets.isEmpty else {
            if !report.forwards.isEmpty {
                let rules = count(report.forwards.count, "NAT rule")
                return ([style.bold("\(subject): no socket here; \(rules) forward\(report.forwards.count == 1 ? "s" : "") it"), ""]
                    + forwards(report) + elsewhere(report) + skipped(report) + warnings(report)).joined(separator: "\n") + "\n"
            }
            let scope = report.allNamespaces ? (report.skippedNamespaces.isEmpty && report.unreadableNamespaceProcesses.isEmpty ? "every network namespace" : "every network namespace it could read") : "this network namespace"
            return ([style.bold("\(subject): nothing uses it") + " " + style.dim("(\(Self.protocolText(report.protocols)), ipv4 and ipv6, \(scope))")]
                + elsewhere(report) + skipped(report) + warnings(report)).joined(separator: "\n") + "\n"
        }
        let processes = Set(report.sockets.flatMap { $0.processes.map(\.pid) }).count
        let header = style.bold("\(subject): \(count(report.sockets.count, "socket")), \(count(processes, "process", "processes"))")
        let forwarded = report.forwards.isEmpty ? [] : [""] + forwards(report)
        return ([header, ""] + [groups(report)] + forwarded + skipped(report) + warnings(report)).joined(separator: "\n") + "\n"
    }

    /// The NAT rules that forward the port, one block each:
    ///
    ///     Forwarded by NAT (traffic to the port goes elsewhere, not to a local socket)
    ///       tcp 8080 → 10.99.0.2:80
    ///         rule: ip nat prerouting, handle 3; only when meta iifname "eth0"
    func forwards(_ report: SocketReport) -> [String] {
        guard !report.forwards.isEmpty else { return [] }
        var lines = [style.yellow("Forwarded by NAT") + " " + style.dim("(traffic to the port goes elsewhere, not to a local socket)")]
        for forward in report.forwards {
            let transport = forward.transport ?? "tcp/udp"
            lines.append("  " + style.bold("\(transport) \(TerminalText.sanitize(forward.ports)) → \(TerminalText.sanitize(forward.destination))"))
            var rule = "rule: " + TerminalText.sanitize(forward.location)
            if !forward.via.isEmpty { rule += ", reached through " + TerminalText.sanitize(forward.via.joined(separator: " → ")) }
            if !forward.conditions.isEmpty { rule += "; only when " + TerminalText.sanitize(forward.conditions.joined(separator: ", ")) }
            lines.append("    " + style.dim(rule))
            if let owner = forward.ownerGuess { lines.append("    " + style.dim("probably made by \(owner) (a guess from the chain names)")) }
            if forward.ownerGuess == "docker" {
                // Why Docker's forwards surprise people (moby #22054, #24845).
                lines.append("    " + style.dim("Docker publishes a port on every address unless given one (-p 127.0.0.1:8080:80), and its DNAT runs before ufw's or firewalld's INPUT rules see the traffic"))
            }
        }
        return lines
    }

    /// "Port 8080", "Port 8080/udp", or "http-alt (ports 591, 8008, 8080)".
    static func subject(_ report: SocketReport) -> String {
        let port = report.port.map(String.init) ?? "?"
        let suffix = report.protocols.count == 1 ? "/" + report.protocols.first!.rawValue : ""
        guard report.ports.count > 1 else { return "Port \(port)\(suffix)" }
        let list = report.ports.count > 12 ? report.ports.prefix(12).map(String.init).joined(separator: ", ") + ", … (\(report.ports.count) in all)" : report.ports.map(String.init).joined(separator: ", ")
        return "\(report.service.map { TerminalText.sanitize($0) + suffix } ?? "Ports") (ports \(list))"
    }

    /// "tcp and udp", "tcp only", "udp only".
    static func protocolText(_ protocols: Set<SocketProtocol>) -> String {
        protocols.count == 1 ? "\(protocols.first!.rawValue) only" : "tcp and udp"
    }

    /// Namespaces that could not be read: the answer may be incomplete.
    func skipped(_ report: SocketReport) -> [String] {
        var lines: [String] = []
        if !report.skippedNamespaces.isEmpty {
            let names = report.skippedNamespaces.prefix(5).map { namespaceText($0.namespace) }.joined(separator: ", ")
            let more = report.skippedNamespaces.count > 5 ? ", …" : ""
            lines.append(style.yellow("! ") + "not read: \(count(report.skippedNamespaces.count, "other network namespace")) (\(names)\(more)): \(TerminalText.sanitize(report.skippedNamespaces[0].reason)); run as root to include \(report.skippedNamespaces.count == 1 ? "it" : "them")")
        }
        let unreadable = report.unreadableNamespaceProcesses
        if !unreadable.isEmpty {
            let pids = unreadable.count <= 3 ? " (pid \(unreadable.map(String.init).joined(separator: ", ")))" : ""
            let what = "the network namespace of \(count(unreadable.count, "process", "processes"))\(pids) could not be read"
            if report.viewerIsRoot {
                lines.append(style.dim("note: \(what): \(unreadable.count == 1 ? "it refuses" : "they refuse") even root (a security module or ptrace restriction); a port held only there would not show"))
            } else {
                lines.append(style.yellow("! ") + "\(what) (other users' processes): run as root to \(report.allNamespaces ? "include" : "check") them")
            }
        }
        return lines
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
            blocks.append(style.dim(l(.socketsNoProcess)) + "\n" + socketTable(none))
        }
        if !hidden.isEmpty {
            let reason = report.hidden?.reason ?? hidden[0].hiddenReason ?? ""
            blocks.append(style.yellow(l(.socketsHidden)) + " " + style.dim("(\(TerminalText.sanitize(reason)))") + "\n" + socketTable(hidden, showUID: true))
        }
        return blocks.joined(separator: "\n\n")
    }

    /// `python3 · pid 1234 · user alice · container docker 3f2a1b9c0d1e` (or `· unit nginx.service`)
    /// and the command line.
    func processLine(_ p: ProcessRecord) -> String {
        var parts = [style.cyan(TerminalText.sanitize(p.name)), "pid \(p.pid)"]
        if let user = p.user {
            parts.append(l(.processUser, ["user": TerminalText.sanitize(user)]))
        } else if let uid = p.uid {
            parts.append("uid \(uid)")
        }
        if let container = p.container {
            let named = container.name.map { " " + TerminalText.sanitize($0) + (container.image.map { " (" + TerminalText.sanitize($0) + ")" } ?? "") } ?? ""
            parts.append("container \(container.runtime) \(container.shortID)" + named)
        }
        if let unit = p.unit, p.container == nil {
            // A container's scope unit says nothing the container does not.
            parts.append((unit.userManager != nil ? "user unit " : "unit ") + TerminalText.sanitize(unit.name))
        }
        var text = parts.joined(separator: " · ")
        if let target = p.forwardsTo {
            let container = target.containerName.map { "container " + TerminalText.sanitize($0) + (target.image.map { " (" + TerminalText.sanitize($0) + ")" } ?? "") }
            let place = target.containerAddress.isEmpty
                ? (container ?? "a container") + " port \(target.containerPort)"
                : (container.map { $0 + " at " } ?? "") + TerminalText.sanitize(target.containerAddress) + ":\(target.containerPort)"
            text += "\n  " + style.yellow("forwards \(target.transport) \(target.hostPort) to ") + place
        }
        if !p.command.isEmpty {
            let command = TerminalText.sanitize(p.command.joined(separator: " "))
            text += "\n  " + style.dim(style.clipped(command, max(10, style.width - 4)))
        }
        return text
    }

    func socketTable(_ sockets: [InspectedSocket], showUID: Bool = false, holder: Int32? = nil) -> String {
        var table = TextTable(indent: 2)
        for s in sockets {
            var row = [s.entry.transport.rawValue, s.entry.state.rawValue, connection(s), roleText(s.role)]
            if let queue = s.entry.acceptQueue {
                let (text, full) = Quantities.queue(queue.current, queue.maximum)
                row.append(full ? style.yellow(l(.queueFull, ["queue": text])) : style.dim(l(.queueText, ["queue": text])))
            }
            if let info = s.entry.tcpInfo { row.append(style.dim(Quantities.traffic(info))) }
            if showUID { row.append(style.dim("uid \(s.entry.uid)")) }
            let others = s.processes.map(\.pid).filter { $0 != holder }
            if holder != nil, !others.isEmpty {
                row.append(style.dim(l(.sharedWith, ["pids": others.map(String.init).joined(separator: ", ")])))
            }
            if let ns = s.namespace { row.append(style.dim(namespaceText(ns))) }
            if let unit = s.socketUnit {
                row.append(style.dim("socket unit " + TerminalText.sanitize(unit.name) + " → " + TerminalText.sanitize(unit.service)))
            }
            table.add(row)
        }
        return table.render()
    }

    /// `127.0.0.1:8080 ← 127.0.0.1:51234` (server), `… → …` (client), or the local endpoint alone.
    func connection(_ s: InspectedSocket) -> String {
        guard let remote = s.entry.remote else { return s.entry.localDescription }
        let arrow = s.role == .server ? "←" : s.role == .client ? "→" : "↔"
        return "\(s.entry.local) \(arrow) \(remote)"
    }

    func roleText(_ role: SocketRole) -> String {
        role == .listener ? style.green(Self.roleName(role, l)) : Self.roleName(role, l)
    }

    /// A role's name in `l`'s language (`listener`, `server`, `client` in English).
    public static func roleName(_ role: SocketRole, _ l: Localizer) -> String {
        switch role {
        case .listener: l(.roleListener)
        case .server: l(.roleServer)
        case .client: l(.roleClient)
        case .unknown: l(.roleUnknown)
        }
    }

    func namespaceText(_ n: NamespaceInfo) -> String {
        var text = "netns \(n.id)"
        if let c = n.container { text += " (\(c.runtime) \(c.shortID))" } else if let name = n.processName { text += " (\(TerminalText.sanitize(name)) pid \(n.pid))" }
        return text
    }

    func elsewhere(_ report: SocketReport) -> [String] {
        report.elsewhere.map { h in
            let text = l.plural(h.sockets, one: .heldElsewhereOne, many: .heldElsewhereMany, [
                "listening": h.listening ? l(.listeningParen) : "", "namespace": namespaceText(h.namespace), "port": report.port.map(String.init) ?? "",
            ])
            let colon = text.firstIndex(of: ":").map { text.index(after: $0) } ?? text.startIndex
            return style.yellow("  " + text[..<colon] + " ") + text[colon...].drop { $0 == " " }
        }
    }

    func warnings(_ report: SocketReport) -> [String] {
        report.warnings.map { style.dim("note: " + TerminalText.sanitize($0)) } + listenCounters(report)
    }

    /// The host's listen-queue drops, when there were any.
    func listenCounters(_ report: SocketReport) -> [String] {
        guard let counters = report.listenCounters, counters.drops > 0 || counters.overflows > 0 else { return [] }
        return [style.yellow("! ") + "this host's listeners have dropped \(counters.drops) connection request\(counters.drops == 1 ? "" : "s") since boot, \(counters.overflows) because an accept queue was full (ListenDrops, ListenOverflows in /proc/net/netstat)"]
    }

    func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
