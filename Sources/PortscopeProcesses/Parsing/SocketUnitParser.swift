/// A systemd socket unit: the ports systemd (PID 1) listens on for a service it starts on
/// the first connection (socket activation).
public struct SocketUnit: Hashable, Sendable {
    /// One `ListenStream=` (TCP) or `ListenDatagram=` (UDP) on an IP port.
    public struct Listen: Hashable, Sendable {
        /// `tcp` or `udp`.
        public var transport: String
        /// The address as written (`127.0.0.1`, `::`), nil for a port alone (every address).
        public var address: String?
        public var port: UInt16

        public init(transport: String, address: String?, port: UInt16) {
            self.transport = transport
            self.address = address
            self.port = port
        }
    }

    /// `ssh.socket`.
    public var name: String
    /// The service it starts: `Service=`, else `ssh@.service` with `Accept=yes` (one instance
    /// per connection), else `ssh.service`.
    public var service: String
    public var listens: [Listen]

    public init(name: String, service: String, listens: [Listen]) {
        self.name = name
        self.service = service
        self.listens = listens
    }

    /// Whether it listens on `port` for `transport`.
    public func listens(on port: UInt16, transport: String) -> Bool {
        listens.contains { $0.port == port && $0.transport == transport }
    }
}

/// Reads the `[Socket]` section of socket unit files (systemd.socket(5)), with drop-ins.
public enum SocketUnitParser {
    /// The unit `name` from its file and drop-ins (`texts`, in the order systemd applies them);
    /// nil when it has no IP listener. An empty `ListenStream=` clears the list, as in systemd.
    public static func parse(name: String, texts: [String]) -> SocketUnit? {
        var listens: [SocketUnit.Listen] = []
        var service: String?
        var accept = false
        for text in texts {
            var inSocket = false
            for rawLine in text.split(whereSeparator: \.isNewline) {
                let line = rawLine.drop { $0 == " " || $0 == "\t" }
                if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
                if line.hasPrefix("[") {
                    inSocket = line.hasPrefix("[Socket]")
                    continue
                }
                guard inSocket, let equals = line.firstIndex(of: "=") else { continue }
                let key = line[..<equals].trimmingSpaces
                let value = line[line.index(after: equals)...].trimmingSpaces
                switch key {
                case "ListenStream", "ListenDatagram":
                    let transport = key == "ListenStream" ? "tcp" : "udp"
                    if value.isEmpty {
                        listens.removeAll()
                    } else if let (address, port) = endpoint(value) {
                        listens.append(.init(transport: transport, address: address, port: port))
                    }
                case "Service":
                    service = value.isEmpty ? nil : value
                case "Accept":
                    accept = ["yes", "true", "1", "on"].contains(value.lowercased())
                default:
                    break
                }
            }
        }
        guard !listens.isEmpty else { return nil }
        let stem = name.hasSuffix(".socket") ? String(name.dropLast(7)) : name
        return SocketUnit(name: name, service: service ?? (accept ? stem + "@.service" : stem + ".service"), listens: listens)
    }

    /// An IP listen value: `22`, `0.0.0.0:22`, `[::]:22`; nil for paths, abstract sockets,
    /// vsock and anything else.
    static func endpoint(_ value: String) -> (String?, UInt16)? {
        if let port = UInt16(value), port > 0 { return (nil, port) }
        if value.hasPrefix("["), let close = value.firstIndex(of: "]") {
            let rest = value[value.index(after: close)...]
            guard rest.hasPrefix(":"), let port = UInt16(rest.dropFirst()), port > 0 else { return nil }
            return (String(value[value.index(after: value.startIndex)..<close]), port)
        }
        guard !value.hasPrefix("/"), !value.hasPrefix("@"), !value.hasPrefix("vsock:"),
              let colon = value.lastIndex(of: ":"), let port = UInt16(value[value.index(after: colon)...]), port > 0 else { return nil }
        let address = String(value[..<colon])
        guard !address.isEmpty, address.allSatisfy({ $0.isHexDigit || $0 == "." }) else { return nil }
        return (address, port)
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
