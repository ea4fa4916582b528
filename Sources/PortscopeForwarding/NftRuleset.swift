import FoundationEssentials

/// The rules and named sets of an nftables ruleset, decoded from `nft -j list ruleset`
/// (libnftables' JSON schema, version 1). iptables-nft rules are in it too: they are nftables
/// rules underneath.
public struct NftRuleset: Sendable {
    /// One rule: where it lives and its expressions, still as JSON.
    public struct Rule: Sendable {
        public var family: String
        public var table: String
        public var chain: String
        public var handle: Int
        var expressions: [JSONNode]
        /// `nftables`, or `iptables-legacy` for a rule of legacy iptables.
        public var source = "nftables"
    }

    public var rules: [Rule]
    /// Named sets' elements by `family table name` (for `tcp dport @web`).
    var sets: [String: JSONNode]

    /// Whether the `nat` table of `family` holds iptables-nft rules whose DNAT or REDIRECT
    /// targets are xtables extensions (their addresses are not in nft's JSON).
    public func hasCompatTargets(family: String) -> Bool {
        rules.contains { rule in
            rule.family == family && rule.table == "nat" && rule.source == "nftables" && rule.expressions.contains { expression in
                if case .string("target")? = expression["xt"]?["type"] { return true }
                return false
            }
        }
    }

    /// Replaces the `nat` table of `family` with `rules` (iptables-nft-save's reading of it).
    public mutating func replaceNatTable(family: String, with replacement: [Rule]) {
        rules.removeAll { $0.family == family && $0.table == "nat" && $0.source == "nftables" }
        rules += replacement
    }

    /// A ruleset of `rules` (no named sets).
    public init(rules: [Rule]) {
        self.rules = rules
        sets = [:]
    }

    /// Decodes `nft -j list ruleset`'s output; throws when it is not that JSON.
    public init(json: [UInt8]) throws(ForwardingError) {
        let root: JSONNode
        do {
            root = try JSONDecoder().decode(JSONNode.self, from: Data(json))
        } catch {
            throw .malformed("not JSON: \(error)")
        }
        guard case let .array(objects)? = root["nftables"] else { throw .malformed("no \"nftables\" array") }
        rules = []
        sets = [:]
        for object in objects {
            if let rule = object["rule"] {
                guard case let .string(family)? = rule["family"], case let .string(table)? = rule["table"],
                      case let .string(chain)? = rule["chain"], case let .array(expressions)? = rule["expr"] else { continue }
                rules.append(Rule(family: family, table: table, chain: chain, handle: rule["handle"]?.integer ?? 0, expressions: expressions))
            } else if let set = object["set"] ?? object["map"] {
                guard case let .string(family)? = set["family"], case let .string(table)? = set["table"],
                      case let .string(name)? = set["name"] else { continue }
                sets["\(family) \(table) \(name)"] = set["elem"] ?? .array([])
            }
        }
    }
}

/// A JSON value as `nft -j` writes it.
indirect enum JSONNode: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    case object([String: JSONNode])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONNode].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONNode].self))
        }
    }

    subscript(key: String) -> JSONNode? {
        if case let .object(members) = self { return members[key] }
        return nil
    }

    /// The value as a whole number, when it is one.
    var integer: Int? {
        if case let .number(value) = self, value.rounded() == value, abs(value) < 1e15 { return Int(value) }
        return nil
    }
}
