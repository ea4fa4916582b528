#if !os(Linux)
/// No NAT rule reader on this OS yet.
public struct NatRulesetReader: Sendable {
    public init() {}

    public func read() -> Result<NftRuleset, ForwardingError>? { .failure(.unsupportedPlatform) }
}
#endif
