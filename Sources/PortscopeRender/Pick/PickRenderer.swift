import Portscope
import PortscopeSockets

/// Renders `pick`: JSON objects with a `port` and why it is safe; a short explanation for people.
public struct PickRenderer {
    public var style: TextStyle

    public init(style: TextStyle = .plain) {
        self.style = style
    }

    /// "20815: free now for tcp and udp …; outside …; unassigned at IANA", one line per port.
    public func explanation(_ picked: [PortPicker.PickedPort]) -> String {
        picked.map { style.bold(String($0.port)) + ": " + TerminalText.sanitize($0.reasons.joined(separator: "; ")) + "\n" }.joined()
    }

    public static func json(_ picked: [PortPicker.PickedPort]) -> String {
        JSONValue.object([
            ("ports", .array(picked.map { p in
                .object([
                    ("port", .int(Int(p.port))),
                    ("protocols", .array(p.protocols.map(\.rawValue).sorted().map { .string($0) })),
                    ("ianaService", .string(p.ianaService)),
                    ("reasons", .array(p.reasons.map { .string($0) })),
                ])
            })),
        ]).render(pretty: true) + "\n"
    }
}
