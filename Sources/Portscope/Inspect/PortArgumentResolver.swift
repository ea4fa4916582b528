import PortscopeKnowledge
import PortscopeSockets

/// Turns a `who`/`ls` port argument (`8080`, `8080/udp`, `https`) into a port and protocols.
public enum PortArgumentResolver {
    public static func resolve(_ input: String, registry: ServiceRegistry, protocols: Set<SocketProtocol>) throws(PortscopeError) -> (port: UInt16, protocols: Set<SocketProtocol>) {
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
        return (query.port.rawValue, wanted)
    }
}
