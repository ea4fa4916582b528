import PortscopeKnowledge
import PortscopeSockets

/// A port argument (`8080`, `8080/udp`, `https`, `http-alt`) resolved for the socket commands.
public struct ResolvedPortArgument: Sendable, Equatable {
    /// The port named, or a service's first (lowest) port.
    public var port: UInt16
    /// Every port it means: the port, or all the ports a service name is registered on.
    public var ports: [UInt16]
    /// The protocols to look at (`/tcp`, `/udp`, the flags, or both).
    public var protocols: Set<SocketProtocol>
    /// The service name, when one was given.
    public var service: String?

    /// The one port, or an error naming the ports when a service name means several
    /// (commands that act on a port: `free`, `why`).
    public func single(for command: String) throws(PortscopeError) -> UInt16 {
        guard ports.count == 1 else {
            let list = ports.count > 8 ? ports.prefix(8).map(String.init).joined(separator: ", ") + ", …" : ports.map(String.init).joined(separator: ", ")
            throw .usage(.invalidPort(input: service ?? String(port), reason: "\(service ?? "it") is registered on \(ports.count) ports (\(list)): `\(command)` acts on one; name it, e.g. `portscope \(command) \(port)`"))
        }
        return port
    }
}

/// Turns a port argument into ports and protocols.
public enum PortArgumentResolver {
    /// The most ports a service name may expand to (IANA's widest named ranges are smaller).
    public static let maximumPorts = 4096

    public static func resolve(_ input: String, registry: ServiceRegistry, protocols: Set<SocketProtocol>) throws(PortscopeError) -> ResolvedPortArgument {
        let query: ResolvedQuery
        do {
            query = try registry.resolve(PortQuery.parse(input))
        } catch {
            throw .usage(error)
        }
        var wanted = protocols
        switch query.transport {
        case .tcp?: wanted = [.tcp]
        case .udp?: wanted = [.udp]
        case .sctp?, .dccp?:
            throw .usage(.invalidPort(input: input, reason: "portscope inspects tcp and udp sockets; use 'ss -S' or 'ss -d' for sctp and dccp"))
        case nil: break
        }
        var ports: Set<UInt16> = [query.port.rawValue]
        for range in query.otherPorts where ports.count <= maximumPorts {
            for port in range where ports.count <= maximumPorts { ports.insert(port) }
        }
        return ResolvedPortArgument(port: query.port.rawValue, ports: ports.sorted(), protocols: wanted, service: query.service)
    }
}
