import Foundation

/// A minimal HTTP/1.1 GET over loopback, for tests of `serve` and of Prometheus' API.
public enum LoopbackHTTP {
    public struct Response: Sendable {
        public var status: Int
        public var headers: String
        public var body: String
    }

    /// GETs `path` from 127.0.0.1:`port`; nil when nothing answers (not listening yet).
    public static func get(port: UInt16, _ path: String) -> Response? {
        guard let socket = try? LoopbackSocket() else { return nil }
        defer { socket.close() }
        guard (try? socket.connect("127.0.0.1", port: port)) != nil else { return nil }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(socket.fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(socket.fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count else { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(socket.fd, &chunk, chunk.count, 0)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { return nil }
        let head = String(text[..<split.lowerBound])
        let statusLine = head.split(separator: "\r\n").first ?? ""
        guard let status = statusLine.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
        var body = String(text[split.upperBound...])
        if head.lowercased().contains("transfer-encoding: chunked") { body = dechunk(body) }
        return Response(status: status, headers: head, body: body)
    }

    /// Waits up to `seconds` for `path` to answer, polling every 100 ms.
    public static func waitFor(port: UInt16, _ path: String, seconds: Double) -> Response? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let response = get(port: port, path) { return response }
            usleep(100_000)
        }
        return nil
    }

    /// A port that was free a moment ago on 127.0.0.1 (for servers that take `--listen`).
    public static func freePort() throws -> UInt16 {
        let probe = try LoopbackSocket.listener()
        defer { probe.close() }
        return probe.localPort
    }

    static func dechunk(_ text: String) -> String {
        var rest = Substring(text)
        var out = ""
        while let lineEnd = rest.range(of: "\r\n"), let size = Int(rest[..<lineEnd.lowerBound], radix: 16), size > 0 {
            let start = lineEnd.upperBound
            let utf8 = rest.utf8
            let end = utf8.index(start, offsetBy: size, limitedBy: utf8.endIndex) ?? utf8.endIndex
            out += String(rest[start..<end])
            rest = rest[end...].dropFirst(2)
        }
        return out
    }
}
