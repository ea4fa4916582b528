import HTTPTypes
import Hummingbird
import NIOCore
import Portscope
import PortscopeLocalization
import PortscopeRender
import PortscopeSockets
import PortscopeSystem
import ServiceLifecycle

/// The exporter's routes. Every route answers GET and HEAD; other methods get 405. Nothing
/// changes the host.
public enum PortscopeRouter {
    public static func make(cache: SnapshotCache, api: PortscopeAPI, pages: PortscopePages? = nil, events: PortEventHub? = nil) -> Router<BasicRequestContext> {
        let router = Router()
        let answers = ResponseCache()
        let pages = pages ?? PortscopePages(api: api, inspector: nil)
        /// A checked page request: the page from the shared snapshot (rendered once per
        /// snapshot, page and language), or a redirect.
        @Sendable func page(_ target: PortscopePages.Target, _ language: Language) async throws -> Response {
            switch target {
            case .redirect(let location):
                return Response(status: .seeOther, headers: [.location: location, .contentLanguage: language.rawValue])
            case .page(let key, let render):
                do {
                    let started = Clock.now()
                    let exported = try await cache.snapshot()
                    let snapshotDone = Clock.now()
                    let body = try await answers.answer(key, generation: exported.generation) { try render(exported) }
                    var headers = htmlHeaders(language)
                    // What the answer cost here: waiting for the shared snapshot, then the page
                    // (rendered, or taken from the cache when this snapshot already had it).
                    headers[.serverTiming] = String(format3: "snapshot;dur=", (snapshotDone - started) * 1000) + ", " + String(format3: "page;dur=", (Clock.now() - snapshotDone) * 1000)
                    return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
                } catch let error as PageError {
                    throw error
                } catch {
                    throw PageError(status: .internalServerError, detail: "could not read this host: \(error)", language: language)
                }
            }
        }
        @Sendable func language(_ request: Request) -> Language {
            PortscopePages.language(query: request.uri.queryParameters["lang"].map(String.init), acceptLanguage: request.headers[.acceptLanguage])
        }
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
        // Outermost: every answer, errors included, gets the protective headers.
        router.middlewares.add(SecurityHeadersMiddleware())
        router.middlewares.add(ReadOnlyMiddleware())
        // The pages: the host at a glance, and one page per port.
        router.read("/") { request, _ in
            let language = language(request)
            return try await page(pages.home(language: language, startedAt: cache.startedAt, interval: cache.interval), language)
        }
        router.read("/ports") { request, _ in
            let language = language(request)
            let query = String(request.uri.queryParameters["q"] ?? "").split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            guard !query.isEmpty else {
                return Response(status: .seeOther, headers: [.location: "/?lang=" + language.rawValue])
            }
            return Response(status: .seeOther, headers: [.location: "/ports/" + PercentEncoding.pathSegments(query) + "?lang=" + language.rawValue])
        }
        router.read("/ports/:port") { request, context in
            let language = language(request)
            return try await page(pages.port(decodedPage(context.parameters.require("port"), language), language: language), language)
        }
        router.read("/ports/:port/:protocol") { request, context in
            let language = language(request)
            let text = try decodedPage(context.parameters.require("port"), language) + "/" + decodedPage(context.parameters.require("protocol"), language)
            return try await page(pages.port(text, language: language), language)
        }
        router.read("/assets/portscope.css") { _, _ in
            asset(PageStyle.css.description, type: "text/css; charset=utf-8")
        }
        router.read("/assets/portscope.svg") { _, _ in
            asset(PageStyle.icon.description, type: "image/svg+xml")
        }
        router.read("/assets/portscope.js") { _, _ in
            asset(PageStyle.javascript.description, type: "text/javascript; charset=utf-8")
        }
        // Live updates for the port pages (Server-Sent Events), from one shared poller.
        router.get("/api/v1/events") { request, _ in
            guard let events else { throw APIError(status: .notFound, message: "live updates are off") }
            let key = try eventKey(request)
            guard let stream = await events.subscribe(key) else {
                throw APIError(status: .serviceUnavailable, message: "\(events.maximum) live pages are open already; reload the page later")
            }
            return Response(
                status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                body: ResponseBody { writer in
                    try await withGracefulShutdownHandler {
                        for await chunk in stream {
                            try await writer.write(ByteBuffer(string: chunk))
                        }
                    } onGracefulShutdown: {
                        Task { await events.finishAll() }
                    }
                    try await writer.finish(nil)
                }
            )
        }
        router.head("/api/v1/events") { request, _ in
            _ = try eventKey(request)
            return Response(status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"])
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

    /// An HTML page's headers: its language, and that the answer depends on Accept-Language.
    static func htmlHeaders(_ language: Language) -> HTTPFields {
        [.contentType: "text/html; charset=utf-8", .contentLanguage: language.rawValue, .vary: "Accept-Language", .cacheControl: "no-store"]
    }

    /// A static asset (compiled into the binary).
    static func asset(_ body: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"], body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// `/api/v1/events?port=N[&protocol=tcp|udp][&lang=it]`, checked.
    static func eventKey(_ request: Request) throws -> PortEventHub.Key {
        let parameters = request.uri.queryParameters
        guard let text = parameters["port"], !text.isEmpty, text.count <= 5, text.allSatisfy({ $0 >= "0" && $0 <= "9" }), let port = UInt16(text) else {
            throw APIError.badRequest("port takes a number from 0 to 65535")
        }
        var protocols: Set<SocketProtocol> = [.tcp, .udp]
        if let name = parameters["protocol"] {
            guard let single = SocketProtocol(rawValue: String(name)) else { throw APIError.badRequest("protocol takes tcp or udp, got '\(name)'") }
            protocols = [single]
        }
        let language = parameters["lang"].flatMap { Language(tag: String($0)) } ?? .english
        return PortEventHub.Key(port: port, protocols: protocols, language: language)
    }

    /// A page's path parameter decoded, or the page for a malformed one.
    static func decodedPage(_ parameter: String, _ language: Language) throws -> String {
        guard let text = PercentDecoding.decode(parameter[...]) else {
            throw PageError.badRequest("'\(parameter)' is not a valid percent-encoded path segment", language)
        }
        return text
    }

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

extension String {
    /// `prefix` and `milliseconds` with three decimals (`page;dur=1.234`), without Foundation.
    init(format3 prefix: String, _ milliseconds: Double) {
        let thousandths = Int((Swift.max(0, milliseconds) * 1000).rounded())
        let fraction = String(thousandths % 1000)
        self = prefix + String(thousandths / 1000) + "." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}

extension HTTPField.Name {
    static var serverTiming: Self { .init("Server-Timing")! }
}
