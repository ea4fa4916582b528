/// A ``PortQuery`` resolved to a port, using the registry for service names.
public struct ResolvedQuery: Equatable, Sendable {
    public var port: Port
    /// The protocol the user restricted the question to, if any.
    public var transport: TransportProtocol?
    /// The service name the user asked for, as IANA spells it; nil for a number.
    public var service: String?
    /// Other ports or ranges the same service name is registered on.
    public var otherPorts: [ClosedRange<UInt16>]

    public init(port: Port, transport: TransportProtocol? = nil, service: String? = nil, otherPorts: [ClosedRange<UInt16>] = []) {
        self.port = port
        self.transport = transport
        self.service = service
        self.otherPorts = otherPorts
    }
}

extension ServiceRegistry {
    /// Resolves a query: numbers pass through, service names are looked up.
    ///
    /// A name registered on several ports resolves to its first (lowest) port, with the
    /// others in ``ResolvedQuery/otherPorts``; a name only registered for other protocols,
    /// or only without a port, is an error that says so.
    public func resolve(_ query: PortQuery) throws(KnowledgeError) -> ResolvedQuery {
        switch query {
        case let .number(port, transport):
            return ResolvedQuery(port: port, transport: transport)
        case let .service(name, transport):
            let all = entries(named: name)
            if all.isEmpty {
                if let slash = name.lastIndex(of: "/"), !entries(named: String(name[..<slash])).isEmpty {
                    throw .unknownProtocol(input: name, protocolName: String(name[name.index(after: slash)...]))
                }
                throw .unknownService(name: name, suggestions: suggestions(for: name))
            }
            let matching = all.filter { transport == nil || $0.transport == transport }
            if matching.isEmpty, let transport {
                let available = Set(all.map(\.transport)).sorted().map(\.rawValue)
                throw .serviceNotOnProtocol(name: name, protocolName: transport.rawValue, available: available)
            }
            let withPorts = matching.filter { $0.ports != nil }
            guard let chosen = withPorts.first, let range = chosen.ports else {
                throw .serviceWithoutPort(name: all.first?.service ?? name)
            }
            var others: [ClosedRange<UInt16>] = []
            for entry in withPorts {
                if let ports = entry.ports, ports != range, !others.contains(ports) { others.append(ports) }
            }
            return ResolvedQuery(port: Port(range.lowerBound), transport: transport, service: chosen.service, otherPorts: others)
        }
    }
}
