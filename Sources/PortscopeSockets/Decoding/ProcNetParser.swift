/// Parses `/proc/net/{tcp,tcp6,udp,udp6}`.
///
/// Each row after the header is
/// `sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode …`.
/// Addresses are the kernel's `__be32` words printed as native-endian hex, so on a
/// little-endian host `0100007F:1F90` is 127.0.0.1:8080 and
/// `00000000000000000000000001000000:0016` is [::1]:22; ports are plain hex. `st` is the TCP
/// state in hex (`0A` LISTEN); for UDP `07` means unconnected. An inode of 0 marks TIME_WAIT
/// and request sockets, which no process holds.
public enum ProcNetParser {
    /// Whether this machine stores integers little-endian (true on x86 and arm64).
    public static let hostIsLittleEndian = 1.littleEndian == 1

    /// Parses a whole file. Malformed rows are an error naming the line.
    public static func parse(
        _ text: String, transport: SocketProtocol, family: AddressFamily,
        littleEndian: Bool = hostIsLittleEndian, networkNamespace: UInt64? = nil
    ) throws(ProcNetParseError) -> [SocketEntry] {
        var sockets: [SocketEntry] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if lineNumber == 1 || line.allSatisfy({ $0 == " " }) { continue }
            guard let entry = parseLine(line, transport: transport, family: family, littleEndian: littleEndian, networkNamespace: networkNamespace) else {
                throw ProcNetParseError(line: lineNumber, text: String(line))
            }
            if let entry = entry { sockets.append(entry) }
        }
        return sockets
    }

    /// Parses one row. Returns nil when malformed, `.some(nil)` for a row of an unknown state.
    static func parseLine(
        _ line: Substring, transport: SocketProtocol, family: AddressFamily, littleEndian: Bool, networkNamespace: UInt64?
    ) -> SocketEntry?? {
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        guard fields.count >= 10,
              let local = decodeEndpoint(fields[1], family: family, littleEndian: littleEndian),
              let remote = decodeEndpoint(fields[2], family: family, littleEndian: littleEndian),
              let stateValue = UInt8(fields[3], radix: 16),
              let uid = UInt32(fields[7]),
              let inode = UInt64(fields[9])
        else { return nil }
        guard let state = SocketState(kernel: stateValue, protocol: transport) else { return .some(nil) }
        let hasPeer = remote.port != 0 || !remote.address.isUnspecified
        return SocketEntry(
            transport: transport, family: family, local: local,
            remote: state == .listen || !hasPeer ? nil : remote,
            state: state, inode: inode, uid: uid, networkNamespace: networkNamespace
        )
    }

    /// Decodes `0100007F:1F90` (IPv4) or 32 hex digits + `:PPPP` (IPv6).
    public static func decodeEndpoint(_ text: Substring, family: AddressFamily, littleEndian: Bool = hostIsLittleEndian) -> Endpoint? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let hex = text[..<colon]
        guard let port = UInt16(text[text.index(after: colon)...], radix: 16) else { return nil }
        let wordCount = family == .ipv4 ? 1 : 4
        guard hex.count == wordCount * 8 else { return nil }
        var bytes: [UInt8] = []
        var index = hex.startIndex
        for _ in 0..<wordCount {
            let next = hex.index(index, offsetBy: 8)
            guard let word = UInt32(hex[index..<next], radix: 16) else { return nil }
            // The hex is the word's value as the kernel's host read it; laying the value out in
            // that host's byte order gives back the address bytes.
            let ordered = littleEndian ? word.littleEndian : word.bigEndian
            bytes += withUnsafeBytes(of: ordered) { Array($0) }
            index = next
        }
        guard let address = IPAddress(bytes: bytes) else { return nil }
        return Endpoint(address: address, port: port)
    }
}

/// A `/proc/net` row that could not be parsed.
public struct ProcNetParseError: Error, Equatable, Sendable {
    public var line: Int
    public var text: String
}
