/// Why the NAT rules could not be read. Never fatal: the answer says what was not checked.
public enum ForwardingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `nft` is not installed.
    case toolMissing(String)
    /// Reading the ruleset needs CAP_NET_ADMIN (root).
    case notPermitted
    /// `nft` failed or took too long, or said more than portscope reads.
    case failed(String)
    /// The ruleset JSON could not be understood.
    case malformed(String)
    /// No NAT rule reader on this OS.
    case unsupportedPlatform

    public var description: String {
        switch self {
        case let .toolMissing(tool):
            "forwarded ports were not checked: `\(tool)` is not installed (Debian: apt-get install nftables)"
        case .notPermitted:
            "forwarded ports were not checked: reading the NAT rules (nft list ruleset) needs root"
        case let .failed(reason):
            "forwarded ports were not checked: \(reason) (run `nft -j list ruleset` or `iptables-save -t nat` as root to see the rules)"
        case let .malformed(reason):
            "forwarded ports were not checked: the ruleset could not be read (\(reason)); `nft list ruleset` shows the rules"
        case .unsupportedPlatform:
            "forwarded ports are not checked on this OS yet"
        }
    }
}
