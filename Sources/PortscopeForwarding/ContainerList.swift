import FoundationEssentials

/// A container as its runtime's API lists it (`GET /containers/json`: Docker's Engine API,
/// which Podman's service also answers).
public struct RuntimeContainer: Hashable, Sendable {
    /// A published port: `hostIP:hostPort` on this host to `containerPort` inside.
    public struct Published: Hashable, Sendable {
        public var hostAddress: String?
        public var hostPort: UInt16?
        public var containerPort: UInt16
        /// `tcp`, `udp` or `sctp`.
        public var transport: String
    }

    /// `docker` or `podman`.
    public var runtime: String
    public var id: String
    /// The name without Docker's leading `/`.
    public var name: String?
    public var image: String?
    public var ports: [Published]
}

/// Decodes the runtime API's answers (pure).
public enum ContainerListDecoder {
    private struct Entry: Decodable {
        var Id: String
        var Names: [String]?
        var Image: String?
        var Ports: [Port]?
    }

    private struct Port: Decodable {
        var IP: String?
        var PrivatePort: Int?
        var PublicPort: Int?
        var `Type`: String?
    }

    /// The containers in a `/containers/json` body.
    public static func containers(_ body: [UInt8], runtime: String) throws(ForwardingError) -> [RuntimeContainer] {
        let entries: [Entry]
        do {
            entries = try JSONDecoder().decode([Entry].self, from: Data(body))
        } catch {
            throw .malformed("the \(runtime) API's container list is not what its documentation says: \(error)")
        }
        return entries.map { entry in
            RuntimeContainer(
                runtime: runtime, id: entry.Id,
                name: entry.Names?.first.map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 },
                image: entry.Image,
                ports: (entry.Ports ?? []).compactMap { port in
                    guard let inside = port.PrivatePort.flatMap(UInt16.init(exactly:)) else { return nil }
                    return .init(hostAddress: port.IP, hostPort: port.PublicPort.flatMap(UInt16.init(exactly:)), containerPort: inside, transport: port.Type ?? "tcp")
                }
            )
        }
    }

    /// The body of an HTTP/1.x response whose status is 200 (chunked or not); nil otherwise.
    public static func body(ofResponse bytes: [UInt8]) -> [UInt8]? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = bytes.firstRange(of: separator) else { return nil }
        let head = String(decoding: bytes[..<end.lowerBound], as: UTF8.self)
        let lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        guard let status = lines.first, status.hasPrefix("HTTP/1."), status.split(separator: " ").dropFirst().first == "200" else { return nil }
        let chunked = lines.dropFirst().contains { line in
            let lower = line.lowercased()
            return lower.hasPrefix("transfer-encoding:") && lower.contains("chunked")
        }
        let rest = Array(bytes[end.upperBound...])
        return chunked ? dechunk(rest) : rest
    }

    /// Joins a chunked body (`size CRLF data CRLF … 0 CRLF CRLF`); nil when it is cut short.
    static func dechunk(_ bytes: [UInt8]) -> [UInt8]? {
        var body: [UInt8] = []
        var offset = 0
        while true {
            guard let lineEnd = bytes[offset...].firstRange(of: Array("\r\n".utf8)) else { return nil }
            let sizeText = String(decoding: bytes[offset..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.filter { $0 != " " && $0 != "\t" }, radix: 16), size >= 0 else { return nil }
            let start = lineEnd.upperBound
            if size == 0 { return body }
            guard size <= bytes.count - start else { return nil }
            body += bytes[start..<(start + size)]
            offset = start + size + 2
            guard offset <= bytes.count else { return nil }
        }
    }
}
