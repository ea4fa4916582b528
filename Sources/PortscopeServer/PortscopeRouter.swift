import Hummingbird
import NIOCore
import Portscope
import PortscopeRender

/// The exporter's routes. Every route is a GET; other methods get 405. Nothing changes the host.
public enum PortscopeRouter {
    public static func make(cache: SnapshotCache, api: PortscopeAPI) -> Router<BasicRequestContext> {
        let router = Router()
        router.middlewares.add(ReadOnlyMiddleware())
        router.get("/") { _, _ in
            text(
                """
                portscope exporter: GET /metrics (Prometheus), /api/v1/ports/{port}, /api/v1/sockets, /api/v1/ephemeral (JSON).
                See docs/json.md and deploy/ in the portscope repository.

                """, type: "text/plain; charset=utf-8"
            )
        }
        router.get("/metrics") { _, _ in
            let started = ContinuousClock.now
            let exported: SnapshotCache.Exported
            do {
                exported = try await cache.snapshot()
            } catch {
                throw APIError(status: .internalServerError, message: "could not take a snapshot: \(error)")
            }
            let elapsed = ContinuousClock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let duration = ByteBuffer(string: PrometheusExposition.scrapeDuration(seconds))
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(contentsOf: [exported.exposition, duration])
            )
        }
        router.get("/api/v1/ports/:port") { _, context in
            let port = try context.parameters.require("port")
            return text(try await Blocking.run { try api.port(port) }, type: jsonType)
        }
        router.get("/api/v1/sockets") { request, _ in
            let parameters = request.uri.queryParameters.map { (String($0.key), String($0.value)) }
            return text(try await Blocking.run { try api.sockets(parameters) }, type: jsonType)
        }
        router.get("/api/v1/ephemeral") { request, _ in
            let parameters = request.uri.queryParameters.map { (String($0.key), String($0.value)) }
            return text(try await Blocking.run { try api.ephemeral(parameters) }, type: jsonType)
        }
        return router
    }

    static let jsonType = "application/json; charset=utf-8"

    static func text(_ body: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
