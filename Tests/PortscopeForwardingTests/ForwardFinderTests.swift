import Foundation
import Testing
@testable import PortscopeForwarding

/// Rulesets captured with `nft -j list ruleset` (nftables 1.0.6) from a network namespace
/// holding the rules a hand-written setup, Docker (iptables-nft's layout) and kube-proxy
/// (a NodePort through three jumps) make.
@Suite struct ForwardFinderTests {
    static func ruleset(_ name: String) throws -> NftRuleset {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return try NftRuleset(json: Array(try Data(contentsOf: url)))
    }

    @Test func dnatAndRedirectByHand() throws {
        let rules = try Self.ruleset("nft-basic.json")
        let web = ForwardFinder.forwards(in: rules, port: 8080, transports: ["tcp", "udp"])
        #expect(web.count == 2) // ip and ip6
        let v4 = try #require(web.first { $0.family == "ip" })
        #expect(v4.table == "nat" && v4.chain == "prerouting" && v4.handle == 3)
        #expect(v4.transport == "tcp" && v4.ports == "8080" && v4.action == .dnat)
        #expect(v4.destination == "10.99.0.2:80")
        #expect(v4.conditions == ["iifname \"eth0\""])
        #expect(web.first { $0.family == "ip6" }?.destination == "[fd00::2]:80")
        let redirect = try #require(ForwardFinder.forwards(in: rules, port: 8443, transports: ["tcp"]).first)
        #expect(redirect.action == .redirect && redirect.destination == "this host, port 443")
        // A DNAT without a port keeps the port.
        #expect(ForwardFinder.forwards(in: rules, port: 5353, transports: ["udp"]).first?.destination == "10.99.0.3:5353")
        // The protocol asked is honoured, and ranges and sets are read.
        #expect(ForwardFinder.forwards(in: rules, port: 5353, transports: ["tcp"]).isEmpty)
        #expect(ForwardFinder.forwards(in: rules, port: 9005, transports: ["tcp"]).first?.destination == "172.17.0.2:80")
        #expect(ForwardFinder.forwards(in: rules, port: 9005, transports: ["tcp"]).first?.conditions == ["ip daddr 127.0.0.1"])
        #expect(ForwardFinder.forwards(in: rules, port: 9011, transports: ["tcp"]).isEmpty)
        #expect(ForwardFinder.forwards(in: rules, port: 7001, transports: ["tcp"]).first?.ports == "{ 7000, 7001 }")
        #expect(ForwardFinder.forwards(in: rules, port: 7002, transports: ["tcp"]).isEmpty)
        #expect(ForwardFinder.forwards(in: rules, port: 22, transports: ["tcp", "udp"]).isEmpty)
    }

    @Test func dockerAndKubeProxyLayouts() throws {
        let rules = try Self.ruleset("nft-docker-kube.json")
        let docker = try #require(ForwardFinder.forwards(in: rules, port: 8080, transports: ["tcp"]).first)
        #expect(docker.chain == "DOCKER" && docker.destination == "172.17.0.2:80" && docker.ownerGuess == "docker")
        #expect(docker.conditions == ["iifname != \"docker0\""])
        // The NodePort is matched in one chain and rewritten three jumps later.
        let node = try #require(ForwardFinder.forwards(in: rules, port: 30080, transports: ["tcp"]).first)
        #expect(node.chain == "KUBE-SEP-ONE" && node.handle == 10 && node.destination == "10.244.1.5:8080")
        #expect(node.via == ["KUBE-NODEPORTS", "KUBE-EXT-WEB", "KUBE-SVC-WEB", "KUBE-SEP-ONE"])
        #expect(node.ownerGuess == "kube-proxy" && node.ports == "30080")
        // A named set, and `th dport` (any transport).
        #expect(ForwardFinder.forwards(in: rules, port: 8001, transports: ["tcp"]).first?.destination == "this host, port 9000")
        let any = try #require(ForwardFinder.forwards(in: rules, port: 7777, transports: ["udp"]).first)
        #expect(any.transport == nil && any.destination == "10.0.0.9:7777")
        #expect(ForwardFinder.forwards(in: rules, port: 30081, transports: ["tcp"]).isEmpty)
    }

    @Test func notTheRulesetJSON() {
        #expect(throws: ForwardingError.self) { try NftRuleset(json: Array("{".utf8)) }
        #expect(throws: ForwardingError.self) { try NftRuleset(json: Array("{\"tables\": []}".utf8)) }
        // An empty ruleset forwards nothing.
        let empty = try? NftRuleset(json: Array("{\"nftables\": [{\"metainfo\": {\"json_schema_version\": 1}}]}".utf8))
        #expect(empty.map { ForwardFinder.forwards(in: $0, port: 80, transports: ["tcp"]) } == [])
    }

    /// Hostile or odd JSON never traps: numbers out of range, deep jumps, loops.
    @Test func oddRulesets() throws {
        let text = """
        {"nftables": [
         {"rule": {"family": "ip", "table": "t", "chain": "a", "handle": 1, "expr": [
           {"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": 80}}, {"jump": {"target": "b"}}]}},
         {"rule": {"family": "ip", "table": "t", "chain": "b", "handle": 2, "expr": [{"jump": {"target": "a"}}]}},
         {"rule": {"family": "ip", "table": "t", "chain": "c", "handle": 1e300, "expr": [
           {"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": 1e300}}, {"dnat": {"addr": 5}}]}},
         {"rule": {"family": "ip", "table": "t", "chain": "d", "handle": 4, "expr": [
           {"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": {"range": [90, 80]}}}, {"dnat": {"addr": "x"}}]}}
        ]}
        """
        let rules = try NftRuleset(json: Array(text.utf8))
        #expect(ForwardFinder.forwards(in: rules, port: 80, transports: ["tcp"]).isEmpty)
        #expect(ForwardFinder.forwards(in: rules, port: 85, transports: ["tcp"]).isEmpty)
    }
}
