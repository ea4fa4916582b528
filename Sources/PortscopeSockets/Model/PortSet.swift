/// A set of port numbers as a 65,536-bit bitmap (8 KiB): membership is one load and a mask,
/// where a `Set<UInt16>` hashes. For the per-socket tests of a 100,000-socket snapshot.
public struct PortSet: Sendable, Equatable {
    private var words: [UInt64]

    /// An empty set.
    public init() {
        words = [UInt64](repeating: 0, count: 1024)
    }

    /// The set of `ports`.
    public init<Ports: Sequence>(_ ports: Ports) where Ports.Element == UInt16 {
        self.init()
        for port in ports { insert(port) }
    }

    /// Adds `port`.
    public mutating func insert(_ port: UInt16) {
        words[Int(port >> 6)] |= 1 << UInt64(port & 63)
    }

    /// Whether `port` is in the set.
    @inline(__always)
    public func contains(_ port: UInt16) -> Bool {
        words[Int(port >> 6)] & (1 << UInt64(port & 63)) != 0
    }

    /// How many ports are in the set.
    public var count: Int {
        words.reduce(0) { $0 + $1.nonzeroBitCount }
    }

    /// Whether the set is empty.
    public var isEmpty: Bool {
        !words.contains { $0 != 0 }
    }
}
