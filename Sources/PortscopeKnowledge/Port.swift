/// A transport-layer port number, 0–65535.
///
/// Encodes to JSON as a plain number. Parsing user input lives in ``PortQuery``.
public struct Port: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: UInt16

    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public init(_ value: UInt16) { self.rawValue = value }

    /// The port if `value` fits in 0–65535, else nil.
    public init?(exactly value: Int) {
        guard let port = UInt16(exactly: value) else { return nil }
        self.rawValue = port
    }

    public var intValue: Int { Int(rawValue) }
    public var description: String { String(rawValue) }

    /// The RFC 6335 range this port belongs to.
    public var ianaRange: IANARange { IANARange.containing(self) }

    public static func < (lhs: Port, rhs: Port) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Port: Codable {
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(UInt16.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Int(rawValue))
    }
}
