import Portscope
import PortscopeHost
import PortscopeKnowledge

/// Renders `explain --json`: the v1 contract of design.md §2, documented in docs/json.md.
public enum ExplainJSON {
    public static func value(_ e: PortExplanation) -> JSONValue {
        .object([
            ("port", .int(e.port.intValue)),
            ("protocol", .string(e.transport?.rawValue)),
            ("ianaRange", .object([
                ("name", .string(e.ianaRange.rawValue)),
                ("first", .int(e.ianaRange.first.intValue)),
                ("last", .int(e.ianaRange.last.intValue)),
            ])),
            ("registrations", .array(e.registrations.map(registration))),
            ("ephemeral", .object([
                ("host", e.ephemeral.host.map(host) ?? .null),
                ("hostUnavailableReason", .string(e.ephemeral.hostUnavailableReason)),
                ("defaults", .array(e.ephemeral.defaults.map { d in
                    .object([
                        ("os", .string(d.os.rawValue)),
                        ("first", .int(Int(d.range.lowerBound))),
                        ("last", .int(Int(d.range.upperBound))),
                        ("contains", .bool(d.contains)),
                    ])
                })),
            ])),
            ("sockets", e.sockets.map { .array($0.sockets.map(SocketJSON.socket)) } ?? .null),
            ("summary", .string(e.summary)),
            ("queriedService", .string(e.queriedService)),
            ("otherPorts", .array(e.otherPorts.map(JSONValue.range))),
            ("checkCommands", .array(e.checkCommands.map { c in
                .object([("os", .string(c.os.rawValue)), ("command", .string(c.command))])
            })),
            ("registry", .object([("source", .string(e.registry.source)), ("updated", .string(e.registry.updated))])),
            ("warnings", .array(e.warnings.map { .string($0) })),
            ("hidden", e.sockets.map { SocketJSON.hidden($0.hidden) } ?? .null),
        ])
    }

    public static func render(_ e: PortExplanation) -> String {
        value(e).render(pretty: true) + "\n"
    }

    static func registration(_ r: PortExplanation.Registration) -> JSONValue {
        .object([
            ("service", .string(r.service)),
            ("protocol", .string(r.transport.rawValue)),
            ("description", .string(r.description)),
            ("references", .array(r.references.map { .string($0) })),
            ("status", .string(r.status.rawValue)),
            ("range", r.range.map(JSONValue.range) ?? .null),
            ("listed", .bool(r.listed)),
            ("notes", .string(r.notes)),
            ("unauthorizedUse", .string(r.unauthorizedUse)),
            ("registered", .string(r.registered)),
            ("modified", .string(r.modified)),
        ])
    }

    static func host(_ h: PortExplanation.HostFacts) -> JSONValue {
        .object([
            ("os", .string(h.os.rawValue)),
            ("first", .int(Int(h.range.lowerBound))),
            ("last", .int(Int(h.range.upperBound))),
            ("contains", .bool(h.contains)),
            ("reserved", .bool(h.reserved)),
            ("source", .string(h.source)),
            ("privileged", .bool(h.privileged)),
            ("unprivilegedPortStart", .int(h.unprivilegedPortStart)),
            ("reservedPorts", .array(h.reservedPorts.map(JSONValue.range))),
            ("notes", .array(h.notes.map { .string($0.description) })),
        ])
    }
}
