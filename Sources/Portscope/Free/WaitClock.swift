import PortscopeSystem

/// The time a waiting loop reads and sleeps on: the monotonic clock, or a fake in tests.
public protocol WaitClock: Sendable {
    /// Seconds since an arbitrary point, never going backwards.
    func now() -> Double
    /// Sleeps `seconds`.
    func sleep(_ seconds: Double)
}

/// The real monotonic clock and `nanosleep`.
public struct SystemWaitClock: WaitClock {
    public init() {}
    public func now() -> Double { Clock.now() }
    public func sleep(_ seconds: Double) { PreciseSleep.sleep(seconds: seconds) }
}
