import Portscope
import PortscopeKnowledge
import PortscopeRender
import PortscopeSockets
import HTTPTypes

/// The JSON answers of the API, the same documents the CLI prints with `--json`.
public struct PortscopeAPI: Sendable {
    public var explainer: Explainer
    public var inspector: Inspector
    public var pressure: PressureReporter
    public var registry: ServiceRegistry

    public init(explainer: Explainer, inspector: Inspector, pressure: PressureReporter, registry: ServiceRegistry) {
        self.explainer = explainer
        self.inspector = inspector
        self.pressure = pressure
        self.registry = registry
    }

    /// The API for this machine.
    public static func live() -> PortscopeAPI {
        let registry = LoadedRegistry.load()
        return PortscopeAPI(explainer: Explainer.live(offline: false), inspector: .live(), pressure: .live(), registry: registry.registry)
    }

    /// `GET /api/v1/ports/{port}`: `explain --json` (with live sockets).
    func port(_ text: String) throws -> String {
        try Self.answer { ExplainJSON.render(try explainer.explain(text)) }
    }

    /// Runs `body`, turning portscope's errors into HTTP ones: bad input 400, the rest 500.
    static func answer(_ body: () throws -> String) throws -> String {
        do {
            return try body()
        } catch let error as APIError {
            throw error
        } catch let error as PortscopeError {
            throw error.isUsageError ? APIError.badRequest(error.description) : APIError(status: .internalServerError, message: error.description)
        } catch {
            throw APIError(status: .internalServerError, message: "\(error)")
        }
    }

    /// `GET /api/v1/sockets?all&tcp&udp&port=&process=&pid=&user=&state=`: `ls --json`.
    func sockets(_ parameters: [(String, String)]) throws -> String {
        var filter = ListFilter()
        var protocols: Set<SocketProtocol> = []
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
            default:
                throw APIError.badRequest("unknown parameter '\(name)': use all, tcp, udp, port, pid, process, user or state")
            }
        }
        if !protocols.isEmpty { filter.protocols = protocols }
        return try Self.answer { SocketJSON.render(try inspector.list(filter, registry: registry)) }
    }

    /// `GET /api/v1/ephemeral?top=&rate=`: `ephemeral --json`.
    func ephemeral(_ parameters: [(String, String)]) throws -> String {
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
        return try Self.answer { PressureRenderer.json(try pressure.report(top: top, rate: rate)) }
    }

    static func flag(_ name: String, _ value: String) throws -> Bool {
        switch value.lowercased() {
        case "", "1", "true", "yes": return true
        case "0", "false", "no": return false
        default: throw APIError.badRequest("\(name) takes true or false, got '\(value)'")
        }
    }
}
