#if !os(Linux)
/// The socket source on an OS without a backend yet: every query fails with a clear error.
public struct UnsupportedSocketSource: SocketSource {
    public init() {}

    public func snapshot(_ query: SocketQuery) throws(SocketSourceError) -> SocketSnapshot {
        throw .unsupportedPlatform
    }
}

/// Builds the socket source for this OS.
public enum SocketSources {
    public static func system() -> any SocketSource {
        UnsupportedSocketSource()
    }

    public static let isSupported = false

    public static func namespaced(pid: Int32, namespace: UInt64) -> any SocketSource {
        UnsupportedSocketSource()
    }

    public static func repeating() -> any SocketSource {
        UnsupportedSocketSource()
    }
}
#endif

#if !os(Linux)
/// Without a backend, every test bind reports "not supported".
public struct SystemBindProbe: BindProbe {
    public init() {}
    public func attempt(_ bind: BindAttempt) -> Errno? { .notSupported }
}
#endif

#if !os(Linux)
/// Without a backend there is nothing to sample.
public struct LoopbackSourcePortSampler: SourcePortSampling {
    public init() {}
    public func sample(count: Int, destinations: Int) throws(SocketSourceError) -> SourcePortSamples {
        throw .unsupportedPlatform
    }
}
#endif

#if !os(Linux)
/// No destroy notifications without a backend.
public final class DestroyMonitor: Sendable {
    public let descriptor: Int32 = -1
    public init() throws(SocketSourceError) { throw .unsupportedPlatform }
    public func drain() -> (sockets: [SocketEntry], overflowed: Bool) { ([], false) }
    public func droppedCount() -> Int? { nil }
}
#endif
