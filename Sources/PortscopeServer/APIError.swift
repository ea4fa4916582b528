import Hummingbird
import NIOCore
import PortscopeRender

/// A request the API refuses, answered with a JSON body: `{"error": "…", "status": 400}`.
struct APIError: HTTPResponseError {
    var status: HTTPResponse.Status
    var message: String
    var headers: HTTPFields = [:]

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = JSONValue.object([("error", .string(message)), ("status", .int(Int(status.code)))]).render(pretty: false) + "\n"
        var headers = self.headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(
            status: status,
            headers: headers,
            body: .init(byteBuffer: ByteBuffer(string: body))
        )
    }

    init(status: HTTPResponse.Status, message: String) {
        self.status = status
        self.message = message
    }

    static func badRequest(_ message: String) -> APIError {
        APIError(status: .badRequest, message: message)
    }
}
