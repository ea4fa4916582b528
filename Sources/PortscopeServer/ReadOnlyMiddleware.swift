import Hummingbird

/// Answers every method but GET with 405 and `Allow: GET`: the exporter changes nothing.
struct ReadOnlyMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get else {
            var error = APIError(status: .methodNotAllowed, message: "\(request.method.rawValue) is not allowed: the portscope exporter is read-only (GET only)")
            error.headers = [.allow: "GET"]
            throw error
        }
        return try await next(request, context)
    }
}
