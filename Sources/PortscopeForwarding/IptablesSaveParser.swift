/// Reads the `nat` table of iptables (`iptables-legacy-save -t nat`, `iptables-nft-save -t nat`) into the same
/// rules as an nftables ruleset, so one search finds forwards in both (pure).
///
/// Understood: `-p`, `--dport`/`--dports` (single, `a:b` ranges, multiport lists), `-d`, `-s`,
/// `-i`, `-o` (with `!`), `-j DNAT --to-destination A[:P]`, `-j REDIRECT --to-ports P`, and
/// jumps (`-j CHAIN`, `-g CHAIN`). Other matches are kept as conditions, as written.
public enum IptablesSaveParser {
    /// The rules of `*nat` in `text`; `family` is `ip` (iptables) or `ip6` (ip6tables). Each
    /// rule's handle is its position in its chain, as `--line-numbers` counts.
    public static func rules(_ text: String, family: String, source: String = "iptables-legacy") -> [NftRuleset.Rule] {
        var rules: [NftRuleset.Rule] = []
        var inNat = false
        var positions: [String: Int] = [:]
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = String(rawLine)
            if line.hasPrefix("*") { inNat = line == "*nat"; continue }
            guard inNat, line.hasPrefix("-A ") else { continue }
            let words = tokens(line)
            guard words.count >= 2 else { continue }
            let chain = words[1]
            positions[chain, default: 0] += 1
            rules.append(NftRuleset.Rule(
                family: family, table: "nat", chain: chain, handle: positions[chain]!,
                expressions: expressions(Array(words.dropFirst(2))), source: source
            ))
        }
        return rules
    }

    /// The rule's options as the JSON expressions `ForwardFinder` reads.
    static func expressions(_ words: [String]) -> [JSONNode] {
        var result: [JSONNode] = []
        var transport = "tcp"
        var negate = false
        var index = 0
        func next() -> String? {
            index += 1
            return index < words.count ? words[index] : nil
        }
        func match(_ left: JSONNode, _ right: JSONNode) {
            result.append(.object(["match": .object(["op": .string(negate ? "!=" : "=="), "left": left, "right": right])]))
            negate = false
        }
        while index < words.count {
            let word = words[index]
            switch word {
            case "!":
                negate = true
            case "-p", "--protocol":
                if let value = next() { transport = value }
            case "--dport", "--destination-port", "--dports", "--destination-ports":
                if let value = next() {
                    let ports = portList(value)
                    match(.object(["payload": .object(["protocol": .string(transport), "field": .string("dport")])]), ports.count == 1 ? ports[0] : .object(["set": .array(ports)]))
                }
            case "-d", "--destination", "-s", "--source":
                if let value = next() {
                    let field = word.hasPrefix("-d") || word == "--destination" ? "daddr" : "saddr"
                    match(.object(["payload": .object(["protocol": .string("ip"), "field": .string(field)])]), .string(value))
                }
            case "-i", "--in-interface", "-o", "--out-interface":
                if let value = next() {
                    match(.object(["meta": .object(["key": .string(word.hasPrefix("-i") || word == "--in-interface" ? "iifname" : "oifname")])]), .string(value))
                }
            case "-m", "--match":
                _ = next() // the module's own options follow and are read as they come
            case "-j", "--jump", "-g", "--goto":
                guard let target = next() else { break }
                switch target {
                case "DNAT":
                    var destination: String?
                    while let option = next() {
                        if option == "--to-destination" { destination = next() }
                    }
                    let (address, port) = splitDestination(destination ?? "")
                    var dnat: [String: JSONNode] = [:]
                    if let address { dnat["addr"] = .string(address) }
                    if let port { dnat["port"] = port }
                    result.append(.object(["dnat": .object(dnat)]))
                case "REDIRECT":
                    var ports: String?
                    while let option = next() {
                        if option == "--to-ports" { ports = next() }
                    }
                    result.append(.object(["redirect": ports.map { .object(["port": portList($0).first ?? .null]) } ?? .object([:])]))
                case "ACCEPT", "RETURN", "MASQUERADE", "SNAT", "MARK", "LOG", "DROP", "REJECT", "CONNMARK":
                    break
                default:
                    result.append(.object([word.hasPrefix("-g") || word == "--goto" ? "goto" : "jump": .object(["target": .string(target)])]))
                }
            case "--comment":
                _ = next()
            default:
                // Other options (`--dst-type LOCAL`, `--mark 0x1`): a condition as written.
                if word.hasPrefix("--"), index + 1 < words.count, !words[index + 1].hasPrefix("-") {
                    let value = next() ?? ""
                    match(.object(["meta": .object(["key": .string(String(word.dropFirst(2)))])]), .string(value))
                }
            }
            index += 1
        }
        return result
    }

    /// `8080`, `8000:8010`, `80,443,8000:8010` as nftables JSON values.
    static func portList(_ text: String) -> [JSONNode] {
        text.split(separator: ",").compactMap { part in
            let bounds = part.split(separator: ":", maxSplits: 1).compactMap { Int($0) }
            if bounds.count == 2 { return .object(["range": .array([.number(Double(bounds[0])), .number(Double(bounds[1]))])]) }
            return bounds.first.map { .number(Double($0)) }
        }
    }

    /// `10.0.0.2:80`, `10.0.0.2`, `[fd00::2]:80`, `10.0.0.2:80-90`, `:80`.
    static func splitDestination(_ text: String) -> (String?, JSONNode?) {
        var address = text
        var port: String?
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            address = String(text[text.index(after: text.startIndex)..<close])
            let rest = text[text.index(after: close)...]
            if rest.hasPrefix(":") { port = String(rest.dropFirst()) }
        } else if text.filter({ $0 == ":" }).count == 1, let colon = text.firstIndex(of: ":") {
            address = String(text[..<colon])
            port = String(text[text.index(after: colon)...])
        }
        let portNode = port.flatMap { value -> JSONNode? in
            let bounds = value.split(separator: "-").compactMap { Int($0) }
            if bounds.count == 2 { return .object(["range": .array([.number(Double(bounds[0])), .number(Double(bounds[1]))])]) }
            return bounds.first.map { .number(Double($0)) }
        }
        return (address.isEmpty ? nil : address, portNode)
    }

    /// Words of a rule line; `"…"` (iptables-save quotes comments) is one word.
    static func tokens(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        for character in line {
            if character == "\"" { quoted.toggle(); continue }
            if character == " ", !quoted {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
