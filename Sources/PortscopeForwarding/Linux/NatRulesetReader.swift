#if os(Linux)
import PortscopeSystem

/// Reads this network namespace's NAT rules: `nft -j list ruleset`, run with an argv (no
/// shell), a timeout and a size limit, once per command.
///
/// `PORTSCOPE_NFT_RULESET=FILE` reads a saved `nft -j list ruleset` output instead (tests,
/// or a ruleset from another host); `PORTSCOPE_NFT_RULESET=none` turns the check off.
public struct NatRulesetReader: Sendable {
    /// The most bytes of JSON read (a large Kubernetes node's ruleset is a few megabytes).
    public static let limit = 32 << 20
    public static let timeout = 5.0

    public init() {}

    /// The ruleset, nil when checking is turned off, or why it could not be read.
    public func read() -> Result<NftRuleset, ForwardingError>? {
        if let file = Environment.value("PORTSCOPE_NFT_RULESET") {
            if file == "none" { return nil }
            do {
                return .success(try NftRuleset(json: try SystemFile.read(file, sizeHint: 65536)))
            } catch let error as ForwardingError {
                return .failure(error)
            } catch {
                return .failure(.failed("cannot read \(file): \(error)"))
            }
        }
        // nft needs CAP_NET_ADMIN to list a ruleset: without root, say so without running it.
        guard ProcessID.effectiveUser == 0 else { return .failure(.notPermitted) }
        // No nat chain, no forward: an empty ruleset, without running nft.
        if NatChainProbe.natChainExists() == false { return .success(NftRuleset(rules: [])) }
        guard let nft = Executables.find("nft") else { return .failure(.toolMissing("nft")) }
        let captured: Subprocess.Captured
        do {
            captured = try Subprocess.capture([nft, "-j", "list", "ruleset"], limit: Self.limit, timeout: Self.timeout, discardErrors: true)
        } catch {
            return .failure(.failed("could not run nft: \(error)"))
        }
        if captured.timedOut { return .failure(.failed("nft did not answer within \(Int(Self.timeout)) s")) }
        if captured.truncated { return .failure(.failed("the ruleset is larger than \(Self.limit >> 20) MB")) }
        guard captured.status == 0 else {
            return .failure(.failed("nft exited with status \(captured.status ?? -1)"))
        }
        do {
            return .success(try NftRuleset(json: captured.output))
        } catch {
            return .failure(error)
        }
    }
}
#endif
