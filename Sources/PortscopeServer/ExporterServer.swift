#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Hummingbird
import Logging
import NIOCore
import PortscopeSystem
import Portscope
import PortscopeKnowledge
import ServiceLifecycle
import UnixSignals

/// `portscope serve`: the HTTP server, run until SIGTERM or SIGINT (graceful shutdown).
public struct ExporterServer: Sendable {
    public struct Configuration: Sendable {
        public var host: String
        public var port: Int
        public var topDestinations: Int
        public var minInterval: Double
        public var logLevel: Logger.Level

        public init(host: String, port: Int, topDestinations: Int = 20, minInterval: Double = 1, logLevel: Logger.Level = .info) {
            self.host = host
            self.port = port
            self.topDestinations = topDestinations
            self.minInterval = minInterval
            self.logLevel = logLevel
        }
    }

    public var configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// The application for this machine (also used by tests with `.router`).
    public func application(api: PortscopeAPI, collect: @escaping SnapshotCache.Collect) -> some ApplicationProtocol {
        var logger = Logger(label: "portscope.serve")
        logger.logLevel = configuration.logLevel
        let cache = SnapshotCache(minInterval: configuration.minInterval, collect: collect)
        let router = PortscopeRouter.make(cache: cache, api: api)
        router.middlewares.add(LogRequestsMiddleware(.debug))
        let address = "\(configuration.host):\(configuration.port)"
        let announce = logger
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "portscope"),
            onServerRunning: { _ in announce.info("portscope exporter listening", metadata: ["address": .string(address)]) },
            logger: logger
        )
    }

    /// Runs the exporter on this machine until SIGTERM or SIGINT.
    public func run() async throws {
        let api = PortscopeAPI.live()
        let collector = MetricsCollector(inspector: .live(), registry: api.registry, topDestinations: configuration.topDestinations)
        let app = application(api: api, collect: { try collector.collect() })
        var logger = Logger(label: "portscope.serve")
        logger.logLevel = configuration.logLevel
        if !api.inspector.viewerIsRoot {
            logger.notice("not running as root: listeners of other users are exported with process=\"hidden\"")
        }
        do {
            try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        } catch let error as IOError {
            throw ServeError.cannotListen(address: "\(configuration.host):\(configuration.port)", errno: error.errnoCode, detail: error.description)
        }
        logger.info("portscope exporter stopped")
    }
}

/// Errors of `serve`, with what to do.
public enum ServeError: Error, CustomStringConvertible, Sendable {
    /// The listening socket could not be made.
    case cannotListen(address: String, errno: Int32, detail: String)

    public var description: String {
        switch self {
        case let .cannotListen(address, errno, detail):
            let port = address.split(separator: ":").last.map(String.init) ?? ""
            switch errno {
            case EADDRINUSE: return "cannot listen on \(address): the port is in use (`portscope who \(port)` shows by whom); choose another with --listen"
            case EADDRNOTAVAIL: return "cannot listen on \(address): not an address of this host"
            case EACCES: return "cannot listen on \(address): permission denied (ports below 1024 need root or CAP_NET_BIND_SERVICE)"
            default: return "cannot listen on \(address): \(detail)"
            }
        }
    }
}
