#if os(Linux)
import PortscopeSystem

/// Reads this network namespace's NAT rules: `nft -j list ruleset` where a nat chain exists,
/// and `iptables-legacy-save -t nat` where legacy iptables' nat table is loaded; each run with
/// an argv (no shell), a timeout and a size limit, once per command.
///
/// `PORTSCOPE_NFT_RULESET=FILE` reads a saved `nft -j list ruleset` output instead (tests,
/// or a ruleset from another host); `PORTSCOPE_NFT_RULESET=none` turns the check off.
public struct NatRulesetReader: Sendable {
    /// The most bytes of JSON read (a large Kubernetes node's ruleset is a few megabytes).
    public static let limit = 32 << 20
    public static let timeout = 5.0

    public init() {}

    /// The ruleset, nil when checking is turned off, or why it could not be read: nftables'
    /// rules (iptables-nft's included) and legacy iptables' `nat` tables, together.
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
        // Both tools need CAP_NET_ADMIN: without root, say so without running them.
        guard ProcessID.effectiveUser == 0 else { return .failure(.notPermitted) }
        var ruleset = NftRuleset(rules: [])
        // No nat chain, no forward: nft need not run.
        if NatChainProbe.natChainExists() != false {
            switch nft() {
            case let .success(rules): ruleset = rules
            case let .failure(error): return .failure(error)
            }
            // iptables-nft's DNAT/REDIRECT arguments are not in nft's JSON: its own save tool
            // prints them (when it is installed; otherwise the rule is shown without them).
            for (family, tool) in [("ip", "iptables-nft-save"), ("ip6", "ip6tables-nft-save")] where ruleset.hasCompatTargets(family: family) {
                guard let path = Executables.find(tool), case let .success(output) = run([path, "-t", "nat"], tool) else { continue }
                let text = String(decoding: output, as: UTF8.self)
                guard !text.contains("is incompatible") else { continue }
                ruleset.replaceNatTable(family: family, with: IptablesSaveParser.rules(text, family: family, source: "iptables-nft"))
            }
        }
        switch legacy() {
        case let .success(rules): ruleset.rules += rules
        case let .failure(error): return .failure(error)
        }
        return .success(ruleset)
    }

    func nft() -> Result<NftRuleset, ForwardingError> {
        guard let nft = Executables.find("nft") else { return .failure(.toolMissing("nft")) }
        switch run([nft, "-j", "list", "ruleset"], "nft") {
        case let .success(output):
            do {
                return .success(try NftRuleset(json: output))
            } catch {
                return .failure(error)
            }
        case let .failure(error):
            return .failure(error)
        }
    }

    /// Legacy iptables' nat rules, read only where its nat table is loaded
    /// (`/proc/net/ip_tables_names`, `/proc/net/ip6_tables_names`).
    func legacy() -> Result<[NftRuleset.Rule], ForwardingError> {
        var rules: [NftRuleset.Rule] = []
        for (names, tool, family) in [("net/ip_tables_names", "iptables-legacy-save", "ip"), ("net/ip6_tables_names", "ip6tables-legacy-save", "ip6")] {
            guard let tables = try? SystemFile.readText(ProcRoot.default.path(names), sizeHint: 256),
                  tables.split(separator: "\n").contains("nat") else { continue }
            guard let path = Executables.find(tool) else { return .failure(.toolMissing(tool)) }
            switch run([path, "-t", "nat"], tool) {
            case let .success(output): rules += IptablesSaveParser.rules(String(decoding: output, as: UTF8.self), family: family)
            case let .failure(error): return .failure(error)
            }
        }
        return .success(rules)
    }

    /// Runs a tool with the limits; its output, or why there is none.
    func run(_ arguments: [String], _ name: String) -> Result<[UInt8], ForwardingError> {
        let captured: Subprocess.Captured
        do {
            captured = try Subprocess.capture(arguments, limit: Self.limit, timeout: Self.timeout, discardErrors: true)
        } catch {
            return .failure(.failed("could not run \(name): \(error)"))
        }
        if captured.timedOut { return .failure(.failed("\(name) did not answer within \(Int(Self.timeout)) s")) }
        if captured.truncated { return .failure(.failed("\(name)'s output is larger than \(Self.limit >> 20) MB")) }
        guard captured.status == 0 else { return .failure(.failed("\(name) exited with status \(captured.status ?? -1)")) }
        return .success(captured.output)
    }
}
#endif
