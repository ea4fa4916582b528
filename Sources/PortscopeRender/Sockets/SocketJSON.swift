import Portscope
import PortscopeForwarding
import PortscopeProcesses
import PortscopeSockets

/// JSON for sockets and socket reports (design.md §2, docs/json.md).
public enum SocketJSON {
    /// One socket: protocol, family, local, remote, state, role, inode, uid, owner, processes.
    public static func socket(_ s: InspectedSocket) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("protocol", .string(s.entry.transport.rawValue)),
            ("family", .string(s.entry.family.rawValue)),
            ("local", endpoint(s.entry.local)),
            ("remote", s.entry.remote.map(endpoint) ?? .null),
            ("state", .string(s.entry.state.rawValue)),
            ("role", .string(s.role.rawValue)),
            ("inode", .int(Int(s.entry.inode))),
            ("uid", .int(Int(s.entry.uid))),
            ("owner", .string(s.owner.rawValue)),
        ]
        if s.entry.family == .ipv6, s.entry.isListening, let v6Only = s.entry.v6Only { members.append(("v6only", .bool(v6Only))) }
        if let queue = s.entry.acceptQueue {
            members.append(("queue", .object([("current", .int(Int(queue.current))), ("max", .int(Int(queue.maximum)))])))
        }
        members.append(("tcpInfo", s.entry.tcpInfo.map(tcpInfo) ?? .null))
        if let reason = s.hiddenReason { members.append(("hiddenReason", .string(reason))) }
        members.append(("processes", .array(s.processes.map(process))))
        members.append(("namespace", s.namespace.map(namespace) ?? .null))
        if let service = s.service { members.append(("service", .string(service))) }
        if let unit = s.socketUnit { members.append(("socketUnit", .object([("name", .string(unit.name)), ("service", .string(unit.service))]))) }
        if let warning = s.warning { members.append(("warning", .string(warning))) }
        if let summary = s.connections {
            members.append(("connections", .object(SocketState.allCases.compactMap { state in
                summary.byState[state].map { (state.rawValue, .int($0)) }
            })))
            members.append(("topPeers", .array(summary.topPeers.map { .object([("address", .string($0.address.description)), ("connections", .int($0.connections))]) })))
        }
        return .object(members)
    }

    /// `tcp_info`, with the names of docs/json.md; a field this kernel lacks is null.
    public static func tcpInfo(_ info: TCPInfo) -> JSONValue {
        func number<T: BinaryInteger>(_ value: T?) -> JSONValue { value.map { .int(Int($0)) } ?? .null }
        return .object([
            ("rttMicroseconds", number(info.rttMicroseconds)),
            ("rttVarianceMicroseconds", number(info.rttVarianceMicroseconds)),
            ("bytesSent", number(info.bytesSent)),
            ("bytesAcked", number(info.bytesAcked)),
            ("bytesReceived", number(info.bytesReceived)),
            ("retransmits", number(info.retransmits)),
            ("deliveryRateBytesPerSecond", number(info.deliveryRateBytesPerSecond)),
            ("lastSendMilliseconds", number(info.lastSendMilliseconds)),
            ("lastReceiveMilliseconds", number(info.lastReceiveMilliseconds)),
        ])
    }

    public static func endpoint(_ e: Endpoint) -> JSONValue {
        .object([("address", .string(e.address.description)), ("port", .int(Int(e.port)))])
    }

    public static func process(_ p: ProcessRecord) -> JSONValue {
        .object([
            ("pid", .int(Int(p.pid))),
            ("name", .string(p.name)),
            ("user", .string(p.user ?? p.uid.map(String.init))),
            ("command", p.commandWithheld ? .null : .array(p.command.map { .string($0) })),
            ("exe", .string(p.executable)),
            ("exeDeleted", .bool(p.executableDeleted)),
            ("container", p.container.map(container) ?? .null),
            ("unit", p.unit.map(unit) ?? .null),
            ("forwardsTo", p.forwardsTo.map(proxyTarget) ?? .null),
        ])
    }

    /// Where a port forwarder (`docker-proxy`) sends its port.
    public static func proxyTarget(_ t: ProxyTarget) -> JSONValue {
        .object([
            ("protocol", .string(t.transport)), ("hostPort", .int(Int(t.hostPort))),
            ("containerAddress", .string(t.containerAddress)), ("containerPort", .int(Int(t.containerPort))),
            ("containerName", .string(t.containerName)), ("image", .string(t.image)),
        ])
    }

    /// `{"name": "nginx.service", "userManager": null}`; `userManager` is the uid of the user
    /// whose own systemd runs the unit.
    public static func unit(_ u: SystemdUnit) -> JSONValue {
        .object([("name", .string(u.name)), ("userManager", u.userManager.map { .int(Int($0)) } ?? .null)])
    }

    /// A NAT rule that forwards the port (docs/json.md).
    public static func forward(_ f: PortForward) -> JSONValue {
        .object([
            ("source", .string(f.source)),
            ("family", .string(f.family)), ("table", .string(f.table)), ("chain", .string(f.chain)), ("handle", .int(f.handle)),
            ("protocol", .string(f.transport)), ("ports", .string(f.ports)),
            ("conditions", .array(f.conditions.map { .string($0) })),
            ("action", .string(f.action.rawValue)), ("toAddress", .string(f.toAddress)), ("toPort", .string(f.toPort)),
            ("destination", .string(f.destination)),
            ("via", .array(f.via.map { .string($0) })),
            ("ownerGuess", .string(f.ownerGuess)),
        ])
    }

    public static func container(_ c: Container) -> JSONValue {
        .object([("runtime", .string(c.runtime)), ("id", .string(c.id)), ("pod", .string(c.pod)), ("name", .string(c.name)), ("image", .string(c.image))])
    }

    public static func namespace(_ n: NamespaceInfo) -> JSONValue {
        .object([
            ("id", .int(Int(n.id))),
            ("pid", .int(Int(n.pid))),
            ("process", .string(n.processName)),
            ("container", n.container.map(container) ?? .null),
        ])
    }

    public static func hidden(_ h: HiddenSummary?) -> JSONValue {
        guard let h else { return .null }
        return .object([("count", .int(h.count)), ("reason", .string(h.reason))])
    }

    /// `who --json`: `{"port", "sockets", "hidden", …}`.
    public static func report(_ r: SocketReport) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let port = r.port {
            members.append(("port", .int(Int(port))))
            members.append(("ports", .array(r.ports.map { .int(Int($0)) })))
            if let service = r.service { members.append(("service", .string(service))) }
        }
        members += [
            ("protocols", .array(SocketProtocol.allCases.filter(r.protocols.contains).map { .string($0.rawValue) })),
            ("sockets", .array(r.sockets.map(socket))),
            ("hidden", hidden(r.hidden)),
            ("source", .string(r.source)),
            ("owners", .string(r.owners?.rawValue)),
            ("ownersReason", .string(r.ownersReason)),
            ("allNamespaces", .bool(r.allNamespaces)),
            ("forwards", .array(r.forwards.map(forward))),
            ("elsewhere", .array(r.elsewhere.map { h in
                .object([("namespace", namespace(h.namespace)), ("sockets", .int(h.sockets)), ("listening", .bool(h.listening))])
            })),
            ("skippedNamespaces", .array(r.skippedNamespaces.map { .object([("namespace", namespace($0.namespace)), ("reason", .string($0.reason))]) })),
            ("unreadableNamespaceProcesses", .array(r.unreadableNamespaceProcesses.map { .int(Int($0)) })),
            ("listenCounters", r.listenCounters.map { .object([("overflows", .int(Int($0.overflows))), ("drops", .int(Int($0.drops)))]) } ?? .null),
            ("warnings", .array(r.warnings.map { .string($0) })),
        ]
        if let total = r.total {
            members.append(("truncated", .object([("shown", .int(r.sockets.count)), ("total", .int(total))])))
        }
        return .object(members)
    }

    public static func render(_ r: SocketReport) -> String {
        report(r).render(pretty: true) + "\n"
    }
}
