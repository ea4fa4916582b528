import Portscope
import PortscopeSockets

/// Renders `why`: the verdict, then every reason, worst first.
public struct WhyRenderer {
    public var style: TextStyle

    public init(style: TextStyle = .plain) {
        self.style = style
    }

    public func text(_ d: BindDiagnosis) -> String {
        let verdict: String
        switch d.verdict {
        case .free: verdict = style.green("FREE")
        case .freeButRisky: verdict = style.yellow("FREE BUT RISKY")
        case .blocked: verdict = style.red("BLOCKED")
        }
        let endpoint = d.address.family == .ipv6 ? "[\(d.address)]:\(d.port)" : "\(d.address):\(d.port)"
        var lines = [style.bold("Can a service bind \(endpoint)/\(d.transport.rawValue) here? ") + verdict, ""]
        for reason in d.reasons {
            let mark: String
            switch reason.severity {
            case .blocker: mark = style.red("✗")
            case .risk: mark = style.yellow("!")
            case .info: mark = style.dim("·")
            case .ok: mark = style.green("✓")
            }
            let body = style.paragraph(TerminalText.sanitize(reason.message), indent: 4)
            lines.append("  \(mark) " + body.dropFirst(4))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ d: BindDiagnosis) -> String {
        let value = JSONValue.object([
            ("port", .int(Int(d.port))),
            ("protocol", .string(d.transport.rawValue)),
            ("address", .string(d.address.description)),
            ("verdict", .string(d.verdict.rawValue)),
            ("reasons", .array(d.reasons.map { r in
                .object([
                    ("kind", .string(r.kind.rawValue)),
                    ("severity", .string(r.severity.rawValue)),
                    ("message", .string(r.message)),
                    ("sockets", .array(r.sockets.map(SocketJSON.socket))),
                ])
            })),
            ("testBinds", .array(d.testBinds.map { t in
                .object([
                    ("address", .string(t.attempt.address.description)),
                    ("port", .int(Int(t.attempt.port))),
                    ("protocol", .string(t.attempt.transport.rawValue)),
                    ("reuseAddress", .bool(t.attempt.reuseAddress)),
                    ("v6Only", .bool(t.attempt.v6Only)),
                    ("succeeded", .bool(t.error == nil)),
                    ("error", .string(t.error)),
                ])
            })),
        ])
        return value.render(pretty: true) + "\n"
    }
}
