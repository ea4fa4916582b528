/// A listener `portscope diff` leaves out (`--ignore`, or a baseline's `ignore` list), pure:
///
/// - `8080`, `8080/tcp`: a port, on any or one protocol;
/// - `6000-6063`, `32768-60999/udp`: a range of ports;
/// - `ephemeral`, `ephemeral/udp`: this host's ephemeral range (`ip_local_port_range`), where
///   clients' UDP sockets come and go;
/// - `exe:/usr/lib/firefox/*`: listeners held by a program whose path matches the glob
///   (`*` any text, `?` one character).
public enum ListenerPattern: Sendable, Equatable {
    case ports(ClosedRange<UInt16>, protocol: String?)
    case ephemeral(protocol: String?)
    case executable(glob: String)

    /// Reads one pattern.
    public static func parse(_ text: String) -> Result<ListenerPattern, BaselineError> {
        if text.hasPrefix("exe:") {
            let glob = String(text.dropFirst(4))
            guard glob.hasPrefix("/") || glob.hasPrefix("*") else { return .failure(.badPattern(text, reason: "a program pattern is a path such as exe:/usr/sbin/*")) }
            return .success(.executable(glob: glob))
        }
        var body = Substring(text)
        var proto: String?
        if let slash = body.lastIndex(of: "/") {
            let name = body[body.index(after: slash)...].lowercased()
            guard name == "tcp" || name == "udp" else { return .failure(.badPattern(text, reason: "the protocol after / must be tcp or udp")) }
            proto = name
            body = body[..<slash]
        }
        if body == "ephemeral" { return .success(.ephemeral(protocol: proto)) }
        let bounds = body.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard let low = bounds.first.flatMap({ UInt16($0) }), let high = bounds.count == 2 ? UInt16(bounds[1]) : low else {
            return .failure(.badPattern(text, reason: "ports are numbers from 0 to 65535"))
        }
        guard low <= high else { return .failure(.badPattern(text, reason: "a range goes from low to high")) }
        return .success(.ports(low...high, protocol: proto))
    }

    /// Reads several patterns; the first bad one is the error.
    public static func parse(_ texts: [String]) -> Result<[ListenerPattern], BaselineError> {
        var patterns: [ListenerPattern] = []
        for text in texts {
            switch parse(text) {
            case let .success(pattern): patterns.append(pattern)
            case let .failure(error): return .failure(error)
            }
        }
        return .success(patterns)
    }

    /// Whether `listener` is left out, given this host's ephemeral range.
    public func matches(_ listener: ListenerBaseline.Listener, ephemeral: ClosedRange<UInt16>) -> Bool {
        switch self {
        case let .ports(range, proto):
            return range.contains(listener.port) && (proto == nil || proto == listener.protocol)
        case let .ephemeral(proto):
            return ephemeral.contains(listener.port) && (proto == nil || proto == listener.protocol)
        case let .executable(glob):
            return !listener.programs.isEmpty && listener.programs.allSatisfy { $0.exe.map { Self.glob(glob, matches: $0) } ?? false }
        }
    }

    /// Shell-style matching of `*` (any text, `/` included) and `?` (one character).
    static func glob(_ pattern: String, matches text: String) -> Bool {
        let p = Array(pattern.unicodeScalars), t = Array(text.unicodeScalars)
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == "*" {
                star = pi; mark = ti; pi += 1
            } else if pi < p.count, p[pi] == "?" || p[pi] == t[ti] {
                pi += 1; ti += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; ti = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
