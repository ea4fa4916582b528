#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import PortscopeSystem
import Portscope
import PortscopeKnowledge
import PortscopeProcesses
import PortscopeSockets
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
        /// Connections open at once; past it, half-open ones are evicted or new ones closed.
        public var maxConnections: Int
        /// Seconds a connection may take to send its first request head.
        public var headerTimeout: Double
        /// Seconds an idle keep-alive connection stays open.
        public var idleTimeout: Double
        /// Include command lines in API answers (off: only process names).
        public var exposeCommands: Bool
        /// `--baseline`: export the listeners that differ from it.
        public var baseline: ListenerBaseline?
        /// `--owners`: how sockets are mapped to processes.
        public var owners: OwnersChoice
        /// Port pages open with live updates at once: a quarter of the connections, so
        /// scrapes always keep room.
        public var maxLivePages: Int { max(1, maxConnections / 4) }

        public init(
            host: String, port: Int, topDestinations: Int = 20, minInterval: Double = 1, logLevel: Logger.Level = .info,
            maxConnections: Int = 256, headerTimeout: Double = 5, idleTimeout: Double = 30, exposeCommands: Bool = false,
            baseline: ListenerBaseline? = nil, owners: OwnersChoice = .auto
        ) {
            self.baseline = baseline
            self.owners = owners
            self.host = host
            self.port = port
            self.topDestinations = topDestinations
            self.minInterval = minInterval
            self.logLevel = logLevel
            self.maxConnections = maxConnections
            self.headerTimeout = headerTimeout
            self.idleTimeout = idleTimeout
            self.exposeCommands = exposeCommands
        }
    }

    public var configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// The application for this machine (also used by tests with `.router`).
    public func application(api: PortscopeAPI, collect: @escaping SnapshotCache.Collect, inspector: Inspector? = nil) -> some ApplicationProtocol {
        var logger = Logger(label: "portscope.serve")
        logger.logLevel = configuration.logLevel
        let cache = SnapshotCache(minInterval: configuration.minInterval, registry: api.registry, topDestinations: configuration.topDestinations, baseline: configuration.baseline, collect: collect)
        // Live updates sample the watched ports with their own small dumps; without an
        // inspector (tests over fixtures) they come from fresh snapshots.
        let events = PortEventHub(maximum: configuration.maxLivePages) { query in
            if let inspector { return try inspector.report(query) }
            return try collect().report(query)
        }
        let router = PortscopeRouter.make(cache: cache, api: api, pages: PortscopePages(api: api, inspector: inspector), events: events)
        router.middlewares.add(LogRequestsMiddleware(.debug))
        let connections = ConnectionGuard(maximum: configuration.maxConnections, headerTimeout: .milliseconds(Int64(configuration.headerTimeout * 1000)))
        let http = HTTP1Channel.Configuration(
            additionalChannelHandlers: [connections.handler()],
            idleTimeout: .milliseconds(Int64(configuration.idleTimeout * 1000))
        )
        let announce = logger
        let limits = configuration
        return Application(
            router: router,
            server: .http1(configuration: http),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "portscope"),
            onServerRunning: { channel in
                // The address really bound (the kernel's answer, not the option as typed).
                announce.info("portscope exporter listening", metadata: [
                    "address": .string(channel.localAddress.map(Self.describe) ?? "unknown"),
                    "max_connections": .stringConvertible(limits.maxConnections),
                    "header_timeout_s": .stringConvertible(limits.headerTimeout),
                    "command_lines": .string(limits.exposeCommands ? "exposed" : "withheld"),
                ])
            },
            logger: logger
        )
    }

    /// `127.0.0.1:7373` or `[::1]:7373`.
    static func describe(_ address: SocketAddress) -> String {
        let host = address.ipAddress ?? "?"
        let port = address.port.map(String.init) ?? "?"
        return address.protocol == .inet6 ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// Runs the exporter on this machine until SIGTERM or SIGINT.
    public func run() async throws {
        Self.raiseDescriptorLimit()
        let api = PortscopeAPI.live()
        var logger = Logger(label: "portscope.serve")
        logger.logLevel = configuration.logLevel
        // Destroy notifications (when available) give the final bytes of connections that close between
        // snapshots; a task drains them every second so none waits in the kernel long.
        var destroy: DestroyMonitor?
        do {
            destroy = try DestroyMonitor()
        } catch {
            logger.notice("byte counters are lower bounds: destroy notifications unavailable (\(error))")
        }
        let traffic = PortTrafficCounters(destroy: destroy)
        // One inspector, so one process table: the BPF walk, when used, is loaded once.
        let inspector = Inspector.live(owners: configuration.owners)
        let collector = HostSnapshotCollector(inspector: inspector, exposeCommands: configuration.exposeCommands, traffic: traffic)
        let app = application(api: api, collect: { try collector.collect() }, inspector: inspector)
        let drain = Task.detached {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                traffic.drainNotifications()
            }
        }
        defer { drain.cancel() }
        if ProcessID.effectiveUser != 0 {
            logger.notice("not running as root: listeners of other users are exported with process=\"hidden\"")
        }
        do {
            try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        } catch let error as IOError {
            throw ServeError.cannotListen(address: "\(configuration.host):\(configuration.port)", errno: error.errnoCode, detail: error.description)
        }
        logger.info("portscope exporter stopped")
    }

    /// Raises the soft limit on open descriptors to the hard limit (systemd's soft default
    /// is 1024): the descriptor walk and the connections then never meet it.
    ///
    /// The corresponding C calls are `getrlimit` and `setrlimit`.
    static func raiseDescriptorLimit() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
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
