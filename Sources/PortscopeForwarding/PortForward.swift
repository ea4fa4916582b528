/// A NAT rule that sends traffic for a port somewhere else: DNAT to another address (Docker,
/// kube-proxy, libvirt, a hand-written rule) or REDIRECT to another local port.
public struct PortForward: Hashable, Sendable {
    public enum Action: String, Sendable, Hashable {
        /// Destination NAT: to `toAddress` (and `toPort` when the rule changes the port).
        case dnat
        /// To a port of this host (`toPort`), whatever address the packet was for.
        case redirect
    }

    /// Where the rule lives: the nftables family (`ip`, `ip6`, `inet`), table, chain and the
    /// rule's handle (`nft -a list chain …` shows it).
    public var family: String
    public var table: String
    public var chain: String
    public var handle: Int
    /// `tcp` or `udp`; nil when the rule matches any transport (`th dport`).
    public var transport: String?
    /// The destination ports the rule matches, as nftables writes them (`8080`, `9000-9010`,
    /// `{ 7000, 7001 }`).
    public var ports: String
    /// The rule's other conditions, as nftables writes them (`iifname != "docker0"`,
    /// `ip daddr 127.0.0.1`): traffic that does not meet them is not forwarded.
    public var conditions: [String]
    public var action: Action
    public var toAddress: String?
    public var toPort: String?
    /// The chains jumped through from the rule that matched the port to the one that
    /// rewrites the destination (empty when it is the same rule).
    public var via: [String]
    /// Who probably made the rule, guessed from the chain names (`docker`, `kube-proxy`,
    /// `libvirt`, `podman`); a guess, said as one.
    public var ownerGuess: String?
    /// `nftables`, `iptables-nft` (read through iptables-nft-save), or `iptables-legacy`.
    public var source = "nftables"

    public init(
        family: String, table: String, chain: String, handle: Int, transport: String?, ports: String, conditions: [String],
        action: Action, toAddress: String?, toPort: String?, via: [String] = [], ownerGuess: String? = nil
    ) {
        self.family = family
        self.table = table
        self.chain = chain
        self.handle = handle
        self.transport = transport
        self.ports = ports
        self.conditions = conditions
        self.action = action
        self.toAddress = toAddress
        self.toPort = toPort
        self.via = via
        self.ownerGuess = ownerGuess
    }

    /// Where the traffic goes: `10.99.0.2:80`, `[fd00::2]:80`, `10.99.0.3` (same port), `this
    /// host, port 443`.
    public var destination: String {
        switch action {
        case .redirect:
            return toPort.map { $0.isEmpty ? "this host" : "this host, port \($0)" } ?? "this host, a port iptables-nft-save -t nat shows"
        case .dnat:
            // An iptables-nft DNAT whose arguments nft's JSON does not give.
            guard let toAddress else { return "an address iptables-nft-save -t nat shows" }
            let address = toAddress.contains(":") ? "[\(toAddress)]" : toAddress
            return toPort.map { "\(address):\($0)" } ?? address
        }
    }

    /// `ip nat prerouting, handle 3`; `iptables-legacy nat PREROUTING, rule 1` for legacy iptables.
    public var location: String {
        source.hasPrefix("iptables-")
            ? "\(family == "ip6" ? "ip6" + source.dropFirst(2) : source) \(table) \(chain), rule \(handle)"
            : "\(family) \(table) \(chain), handle \(handle)"
    }
}

