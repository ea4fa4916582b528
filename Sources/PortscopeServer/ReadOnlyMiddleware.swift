import Hummingbird

/// Answers every method but GET and HEAD with 405 and `Allow: GET, HEAD` (the exporter
/// changes nothing), and turns the router's bare errors (404 for an unknown path) into JSON
/// ones like every other error.
struct ReadOnlyMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            var error = APIError(status: .methodNotAllowed, message: "\(request.method.rawValue) is not allowed: the portscope exporter is read-only (GET and HEAD only)")
            error.headers = [.allow: "GET, HEAD"]
            throw error
        }
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError where error.status == .notFound {
            throw APIError(status: .notFound, message: "no such path: \(request.uri.path); the pages are / and /ports/{port}, the API /api/v1/ports/{port}, /api/v1/sockets, /api/v1/ephemeral, the metrics /metrics")
        } catch let error as HTTPError {
            throw APIError(status: error.status, message: error.body ?? error.status.reasonPhrase)
        }
    }
}
