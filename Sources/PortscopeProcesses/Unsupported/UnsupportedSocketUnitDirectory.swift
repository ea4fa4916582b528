#if !os(Linux)
/// No systemd here: no socket units.
public struct SocketUnitDirectory: Sendable {
    public init(paths: [String]? = nil) {}

    public func units() -> [SocketUnit] { [] }
}
#endif
