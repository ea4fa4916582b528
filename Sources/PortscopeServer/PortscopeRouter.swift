import Hummingbird
import NIOCore
import Portscope
import PortscopeRender

/// The exporter's routes. Every route answers GET and HEAD; other methods get 405. Nothing
/// changes the host.
public enum PortscopeRouter {
    public static func make(cache: SnapshotCache, api: PortscopeAPI) -> Router<BasicRequestContext> {
        let router = Router()
        let answers = ResponseCache()
        /// The answer to a checked API request, from the shared snapshot, rendered once per
        /// snapshot and request.
        @Sendable func answer(_ request: PortscopeAPI.Request) async throws -> Response {
            let exported: SnapshotCache.Exported
            do {
                exported = try await cache.snapshot()
            } catch {
                throw APIError(status: .internalServerError, message: "could not take a snapshot: \(error)")
            }
            let body: ByteBuffer
            do {
                body = try await answers.answer(request.key, generation: exported.generation) { try request.render(exported.host) }
            } catch let error as APIError {
                throw error
            } catch {
                throw APIError(status: .internalServerError, message: "\(error)")
            }
            return Response(status: .ok, headers: [.contentType: jsonType], body: .init(byteBuffer: body))
        }
        router.middlewares.add(ReadOnlyMiddleware())
        router.read("/") { _, _ in
            text(
                """
                portscope exporter: GET /metrics (Prometheus), /api/v1/ports/{port}, /api/v1/sockets, /api/v1/ephemeral (JSON).
                See docs/json.md and deploy/ in the portscope repository.

                """, type: "text/plain; charset=utf-8"
            )
        }
        router.read("/metrics") { _, _ in
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
        // `{port}` takes what the CLI takes (`443`, `5060/udp` percent-encoded or as two
        // segments, `https`).
        router.read("/api/v1/ports/:port") { _, context in
            try await answer(api.port(decoded(context.parameters.require("port"))))
        }
        router.read("/api/v1/ports/:port/:protocol") { _, context in
            try await answer(api.port(decoded(context.parameters.require("port")) + "/" + decoded(context.parameters.require("protocol"))))
        }
        router.read("/api/v1/sockets") { request, _ in
            try await answer(api.sockets(request.uri.queryParameters.map { (String($0.key), String($0.value)) }))
        }
        router.read("/api/v1/ephemeral") { request, _ in
            try await answer(api.ephemeral(request.uri.queryParameters.map { (String($0.key), String($0.value)) }))
        }
        return router
    }

    static let jsonType = "application/json; charset=utf-8"

    /// A path parameter with its `%XX` escapes decoded.
    static func decoded(_ parameter: String) throws -> String {
        guard let text = PercentDecoding.decode(parameter[...]) else {
            throw APIError.badRequest("'\(parameter)' is not a valid percent-encoded path segment")
        }
        return text
    }

    static func text(_ body: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

extension Router {
    /// Registers `handler` for GET and for HEAD (the same status and headers, with the body's
    /// length and no body).
    @discardableResult
    func read(_ path: RouterPath, use handler: @escaping @Sendable (Request, Context) async throws -> Response) -> Self {
        get(path, use: handler)
        head(path) { request, context in
            var response = try await handler(request, context)
            // The length GET would send, and no body.
            response.body = ResponseBody(contentLength: response.body.contentLength) { _ in }
            return response
        }
        return self
    }
}
