/// A transport protocol that IANA assigns port numbers for.
public enum TransportProtocol: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case tcp, udp, sctp, dccp

    /// Parses a protocol name case-insensitively (`TCP`, `udp`, …).
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
