/// Finds the NAT rules that forward a port (pure): rules whose destination-port match takes
/// the port and that rewrite the destination (`dnat`, `redirect`), also through the chains
/// they jump to (kube-proxy matches a NodePort in one chain and rewrites three jumps later).
public enum ForwardFinder {
    /// The rules of `ruleset` that forward `port` for any of `transports` (`tcp`, `udp`).
    public static func forwards(in ruleset: NftRuleset, port: UInt16, transports: Set<String>) -> [PortForward] {
        var chains: [String: [NftRuleset.Rule]] = [:]
        for rule in ruleset.rules { chains[chainKey(rule.source + " " + rule.family, rule.table, rule.chain), default: []].append(rule) }
        var found: [PortForward] = []
        var seen = Set<String>()
        for rule in ruleset.rules {
            let reading = Reading(rule, sets: ruleset.sets)
            guard let match = reading.portMatch, match.contains(port),
                  match.transport.map(transports.contains) ?? true else { continue }
            var targets = [(rule: rule, reading: reading, via: [String]())]
            // Follow jumps and gotos (a few levels; a chain is not entered twice).
            var index = 0
            while index < targets.count, index < 256 {
                let (current, currentReading, via) = targets[index]
                index += 1
                switch currentReading.action {
                case let .rewrite(action, address, toPort):
                    let key = "\(current.source) \(current.family) \(current.table) \(current.chain) \(current.handle)"
                    guard seen.insert(key).inserted else { continue }
                    let chainNames = via + [current.chain]
                    var forward = PortForward(
                        family: current.family, table: current.table, chain: current.chain, handle: current.handle,
                        transport: match.transport, ports: match.text,
                        conditions: (via.isEmpty ? [] : reading.conditions) + currentReading.conditions,
                        action: action, toAddress: address, toPort: toPort.map { $0 == "" ? String(port) : $0 },
                        via: via, ownerGuess: owner(chainNames + [current.table])
                    )
                    forward.source = current.source
                    found.append(forward)
                case let .jump(target):
                    guard via.count < 8, !via.contains(target) else { continue }
                    for next in chains[chainKey(current.source + " " + current.family, current.table, target)] ?? [] {
                        let nextReading = Reading(next, sets: ruleset.sets)
                        // A rule further on that tests the port again must take it too.
                        if let own = nextReading.portMatch, !own.contains(port) { continue }
                        targets.append((next, nextReading, (via.isEmpty ? [current.chain] : via) + [target]))
                    }
                case .none:
                    continue
                }
            }
        }
        return found
    }

    static func chainKey(_ family: String, _ table: String, _ chain: String) -> String { "\(family) \(table) \(chain)" }

    /// Who probably made rules in these chains or tables.
    static func owner(_ names: [String]) -> String? {
        for name in names {
            let upper = name.uppercased()
            if upper.contains("DOCKER") { return "docker" }
            if upper.hasPrefix("KUBE-") || upper.hasPrefix("KUBE_") || name == "kube-proxy" { return "kube-proxy" }
            if upper.hasPrefix("LIBVIRT") { return "libvirt" }
            if upper.hasPrefix("NETAVARK") || upper.hasPrefix("CNI-") { return "podman" }
        }
        return nil
    }

    /// A destination-port test: the ports it takes, for which transport.
    struct PortMatch {
        var transport: String?
        var ranges: [ClosedRange<Int>]
        var text: String

        func contains(_ port: UInt16) -> Bool { ranges.contains { $0.contains(Int(port)) } }
    }

    enum Action {
        case rewrite(PortForward.Action, address: String?, port: String?)
        case jump(String)
        case none
    }

    /// What one rule tests and does.
    struct Reading {
        var portMatch: PortMatch?
        var conditions: [String] = []
        var action: Action = .none

        init(_ rule: NftRuleset.Rule, sets: [String: JSONNode]) {
            var l4proto: String?
            for expression in rule.expressions {
                if let match = expression["match"] {
                    let op = (match["op"]).flatMap { if case let .string(op) = $0 { op } else { nil } } ?? "=="
                    let left = match["left"] ?? .null
                    let right = match["right"] ?? .null
                    if let payload = left["payload"], case let .string(field)? = payload["field"], field == "dport",
                       case let .string(proto)? = payload["protocol"], op == "==" || op == "in",
                       let ranges = Self.ports(right, rule: rule, sets: sets) {
                        portMatch = PortMatch(transport: proto == "th" ? nil : proto, ranges: ranges, text: Self.describe(right))
                        continue
                    }
                    if case let .string(key)? = left["meta"]?["key"], key == "l4proto", op == "==", case let .string(proto) = right {
                        l4proto = proto
                        continue
                    }
                    conditions.append(Self.describe(left) + (op == "==" ? " " : " \(op) ") + Self.describe(right, quoted: Self.isInterface(left)))
                } else if let dnat = expression["dnat"] {
                    action = .rewrite(.dnat, address: dnat["addr"].map { Self.describe($0) }, port: dnat["port"].map { Self.describe($0) } ?? "")
                } else if let redirect = expression["redirect"] {
                    action = .rewrite(.redirect, address: nil, port: redirect["port"].map { Self.describe($0) } ?? "")
                } else if case let .string(target)? = expression["jump"]?["target"] ?? expression["goto"]?["target"] {
                    action = .jump(target)
                } else if let xt = expression["xt"] {
                    // iptables-nft's targets stay xtables extensions: nft's JSON names them but
                    // not their arguments (iptables-nft-save has those; the reader asks it).
                    if case .string("target")? = xt["type"], case let .string(name)? = xt["name"], name == "DNAT" || name == "REDIRECT" {
                        action = .rewrite(name == "DNAT" ? .dnat : .redirect, address: nil, port: nil)
                    } else {
                        conditions.append("xt " + Self.describe(xt["name"] ?? .null))
                    }
                }
            }
            if portMatch?.transport == nil, let l4proto, portMatch != nil { portMatch?.transport = l4proto }
        }

        static func isInterface(_ left: JSONNode) -> Bool {
            if case let .string(key)? = left["meta"]?["key"] { return key.hasSuffix("ifname") }
            return false
        }

        /// The ports a match's right side takes; nil when it is not a port list portscope can read.
        static func ports(_ node: JSONNode, rule: NftRuleset.Rule, sets: [String: JSONNode]) -> [ClosedRange<Int>]? {
            switch node {
            case .number:
                guard let port = node.integer, (0...65535).contains(port) else { return nil }
                return [port...port]
            case .object:
                if case let .array(bounds)? = node["range"], bounds.count == 2, let low = bounds[0].integer, let high = bounds[1].integer, low <= high {
                    return [low...high]
                }
                if case let .array(elements)? = node["set"] {
                    var ranges: [ClosedRange<Int>] = []
                    for element in elements {
                        guard let more = ports(element, rule: rule, sets: sets) else { return nil }
                        ranges += more
                    }
                    return ranges
                }
                if let element = node["elem"] { return ports(element["val"] ?? .null, rule: rule, sets: sets) }
                return nil
            case let .string(name) where name.hasPrefix("@"):
                guard let elements = sets["\(rule.family) \(rule.table) \(name.dropFirst())"] else { return nil }
                return ports(.object(["set": elements]), rule: rule, sets: sets)
            default:
                return nil
            }
        }

        /// A JSON expression as nftables writes it, roughly: `ip daddr`, `10.0.0.0/8`, `{ 1, 2 }`.
        static func describe(_ node: JSONNode, quoted: Bool = false) -> String {
            switch node {
            case .null: return "?"
            case let .bool(value): return String(value)
            case .number(let value): return node.integer.map(String.init) ?? String(value)
            case let .string(text): return quoted ? "\"\(text)\"" : text
            case let .array(items): return items.map { describe($0, quoted: quoted) }.joined(separator: " ")
            case .object:
                if let payload = node["payload"] { return describe(payload["protocol"] ?? .null) + " " + describe(payload["field"] ?? .null) }
                if let meta = node["meta"] {
                    // nft writes interface and owner keys bare (`iifname "eth0"`), the rest with `meta`.
                    let key = describe(meta["key"] ?? .null)
                    return ["iifname", "oifname", "iif", "oif", "iiftype", "oiftype", "mark", "skuid", "skgid"].contains(key) ? key : "meta " + key
                }
                if let ct = node["ct"] { return "ct " + describe(ct["key"] ?? .null) }
                if let prefix = node["prefix"] { return describe(prefix["addr"] ?? .null) + "/" + describe(prefix["len"] ?? .null) }
                if case let .array(bounds)? = node["range"], bounds.count == 2 { return describe(bounds[0]) + "-" + describe(bounds[1]) }
                if case let .array(items)? = node["set"] { return "{ " + items.map { describe($0, quoted: quoted) }.joined(separator: ", ") + " }" }
                if let fib = node["fib"] { return "fib " + describe(fib["result"] ?? .null) }
                return "…"
            }
        }
    }
}
