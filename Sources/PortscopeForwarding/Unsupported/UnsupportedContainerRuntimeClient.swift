#if !os(Linux)
/// No container runtime client on this OS yet.
public struct ContainerRuntimeClient: Sendable {
    public init() {}

    public func containers() -> (containers: [RuntimeContainer], warnings: [String]) { ([], []) }
}
#endif
