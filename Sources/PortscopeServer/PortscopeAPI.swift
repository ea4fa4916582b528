import Portscope
import PortscopeKnowledge
import PortscopeRender
import PortscopeSockets

/// The JSON answers of the API, the same documents the CLI prints with `--json`, computed
/// from the server's shared ``HostSnapshot``.
///
/// Each request is first checked and reduced to a canonical key (bad input is a 400 before
/// anything is rendered); the answer for a key is rendered once per snapshot.
public struct PortscopeAPI: Sendable {
    public var explainer: Explainer
    public var registry: ServiceRegistry

    /// The most sockets one `/api/v1/sockets` answer lists (`limit` asks for fewer or more).
    public static let defaultLimit = 10_000
    public static let maximumLimit = 100_000

    public init(explainer: Explainer, registry: ServiceRegistry) {
        self.explainer = explainer
        self.registry = registry
    }

    /// The API for this machine: the user's registry and this host's port settings.
    public static func live() -> PortscopeAPI {
        var explainer = Explainer.live(offline: false)
        explainer.inspector = nil // sockets come from the shared snapshot
        return PortscopeAPI(explainer: explainer, registry: explainer.registry.registry)
    }

    /// A checked request: its cache key and how to answer it from a snapshot.
    struct Request: Sendable {
        var key: String
        var render: @Sendable (HostSnapshot) throws -> String
    }

    /// `GET /api/v1/ports/{port}`: `explain --json` with the sockets of the snapshot.
    func port(_ text: String) throws -> Request {
        let query: ResolvedQuery
        do {
            query = try registry.resolve(PortQuery.parse(text))
        } catch {
            throw APIError.badRequest(error.description)
        }
        let explainer = self.explainer
        let key = "ports/\(query.port.rawValue)/\(query.transport?.rawValue ?? "")/\(query.service ?? "")"
        return Request(key: key) { snapshot in
            var usage: SocketReport?
            if query.transport != .sctp, query.transport != .dccp {
                var socketQuery = SocketQuery(protocols: Explainer.socketProtocols(query))
                socketQuery.port = query.port.rawValue
                usage = snapshot.report(socketQuery)
            }
            return ExplainJSON.render(explainer.explain(query, usage: usage))
        }
    }

    /// `GET /api/v1/sockets?all&tcp&udp&port=&process=&pid=&user=&state=&limit=`: `ls --json`.
    func sockets(_ parameters: [(String, String)]) throws -> Request {
        var filter = ListFilter()
        var protocols: Set<SocketProtocol> = []
        var limit = Self.defaultLimit
        for (name, value) in parameters {
            switch name {
            case "all": filter.all = try Self.flag(name, value)
            case "tcp": if try Self.flag(name, value) { protocols.insert(.tcp) }
            case "udp": if try Self.flag(name, value) { protocols.insert(.udp) }
            case "port":
                guard let port = UInt16(value) else { throw APIError.badRequest("port must be a number from 0 to 65535, got '\(value)'") }
                filter.port = port
            case "pid":
                guard let pid = Int32(value), pid > 0 else { throw APIError.badRequest("pid must be a positive number, got '\(value)'") }
                filter.pid = pid
            case "process": filter.process = value
            case "user":
                filter.user = value
                filter.userID = UInt32(value)
            case "state":
                guard let state = SocketState(name: value) else {
                    throw APIError.badRequest("unknown state '\(value)': use one of \(SocketState.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                filter.states.insert(state)
                if state != .listen { filter.all = true }
            case "limit":
                guard let value = Int(value), (1...Self.maximumLimit).contains(value) else {
                    throw APIError.badRequest("limit must be a number from 1 to \(Self.maximumLimit)")
                }
                limit = value
            default:
                throw APIError.badRequest("unknown parameter '\(name)': use all, tcp, udp, port, pid, process, user, state or limit")
            }
        }
        if !protocols.isEmpty { filter.protocols = protocols }
        let registry = self.registry
        let key = "sockets/\(filter)/\(limit)"
        let (chosen, most) = (filter, limit)
        return Request(key: key) { snapshot in
            var report = snapshot.listing(chosen, registry: registry)
            if report.sockets.count > most {
                report.total = report.sockets.count
                report.sockets.removeLast(report.sockets.count - most)
            }
            return SocketJSON.render(report)
        }
    }

    /// `GET /api/v1/ephemeral?top=&rate=`: `ephemeral --json`.
    func ephemeral(_ parameters: [(String, String)]) throws -> Request {
        var top = 10
        var rate: Double?
        for (name, value) in parameters {
            switch name {
            case "top":
                guard let value = Int(value), (1...1000).contains(value) else { throw APIError.badRequest("top must be a number from 1 to 1000") }
                top = value
            case "rate":
                guard let value = Double(value), value > 0, value.isFinite else { throw APIError.badRequest("rate must be a positive number of connections per second") }
                rate = value
            default:
                throw APIError.badRequest("unknown parameter '\(name)': use top or rate")
            }
        }
        let registry = self.registry
        let (count, perSecond) = (top, rate)
        return Request(key: "ephemeral/\(top)/\(rate.map { String($0) } ?? "")") { snapshot in
            PressureRenderer.json(snapshot.pressure(top: count, rate: perSecond, registry: registry))
        }
    }

    static func flag(_ name: String, _ value: String) throws -> Bool {
        switch value.lowercased() {
        case "", "1", "true", "yes": return true
        case "0", "false", "no": return false
        default: throw APIError.badRequest("\(name) takes true or false, got '\(value)'")
        }
    }
}
