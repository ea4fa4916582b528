import Foundation
import Testing
@testable import PortscopeForwarding

/// `iptables-legacy-save` output (iptables 1.8.9) of a namespace holding Docker's legacy
/// layout, a multiport DNAT with a comment, a REDIRECT and a MASQUERADE.
@Suite struct IptablesSaveParserTests {
    static let text = try! String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/iptables-legacy-save.txt"), encoding: .utf8)

    @Test func legacyRulesFindForwards() {
        let rules = NftRuleset(rules: IptablesSaveParser.rules(Self.text, family: "ip"))
        #expect(rules.rules.count == 6)
        let docker = ForwardFinder.forwards(in: rules, port: 8080, transports: ["tcp"])
        #expect(docker.count == 1)
        #expect(docker.first?.destination == "172.17.0.2:80" && docker.first?.chain == "DOCKER" && docker.first?.handle == 2)
        #expect(docker.first?.conditions == ["iifname != \"docker0\""] && docker.first?.ownerGuess == "docker")
        #expect(docker.first?.location == "iptables-legacy nat DOCKER, rule 2" && docker.first?.source == "iptables-legacy")
        let multiport = ForwardFinder.forwards(in: rules, port: 6005, transports: ["udp"])
        #expect(multiport.first?.destination == "10.1.1.1:6005" && multiport.first?.ports == "{ 5353, 6000-6010 }")
        #expect(ForwardFinder.forwards(in: rules, port: 6005, transports: ["tcp"]).isEmpty)
        let redirect = ForwardFinder.forwards(in: rules, port: 8443, transports: ["tcp"]).first
        #expect(redirect?.destination == "this host, port 443" && redirect?.conditions == ["ip daddr 127.0.0.1/32"])
        #expect(ForwardFinder.forwards(in: rules, port: 80, transports: ["tcp", "udp"]).isEmpty)
    }

    @Test func otherTablesAndOddLines() {
        let text = "*filter\n-A INPUT -p tcp --dport 22 -j DNAT --to-destination 1.2.3.4\nCOMMIT\n*nat\n-A\n-A X -p tcp --dport notaport -j DNAT\n-A Y -p tcp --dport 99 -j DNAT --to-destination [fd00::9]:99\nCOMMIT\n"
        let rules = NftRuleset(rules: IptablesSaveParser.rules(text, family: "ip6"))
        #expect(ForwardFinder.forwards(in: rules, port: 22, transports: ["tcp"]).isEmpty) // not the nat table
        #expect(ForwardFinder.forwards(in: rules, port: 99, transports: ["tcp"]).first?.destination == "[fd00::9]:99")
        #expect(ForwardFinder.forwards(in: rules, port: 99, transports: ["tcp"]).first?.location == "ip6tables-legacy nat Y, rule 1")
    }
}

/// iptables-nft (Debian's default `iptables`): nft's JSON shows its DNAT and REDIRECT as
/// xtables targets without their arguments; iptables-nft-save shows them. Both captured from
/// the same namespace (nftables 1.0.6, iptables 1.8.9).
@Suite struct IptablesNftTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")))
    }

    @Test func compatTargetsAreForwardsEvenWithoutTheirArguments() throws {
        let rules = try NftRuleset(json: try Self.fixture("nft-iptables-nft.json"))
        #expect(rules.hasCompatTargets(family: "ip") && !rules.hasCompatTargets(family: "ip6"))
        let forward = try #require(ForwardFinder.forwards(in: rules, port: 9191, transports: ["tcp"]).first)
        #expect(forward.action == .dnat && forward.destination == "an address iptables-nft-save -t nat shows")
        #expect(ForwardFinder.forwards(in: rules, port: 9192, transports: ["tcp"]).first?.destination == "this host, a port iptables-nft-save -t nat shows")
    }

    @Test func iptablesNftSaveFillsThemIn() throws {
        var rules = try NftRuleset(json: try Self.fixture("nft-iptables-nft.json"))
        let text = String(decoding: try Self.fixture("iptables-nft-save.txt"), as: UTF8.self)
        rules.replaceNatTable(family: "ip", with: IptablesSaveParser.rules(text, family: "ip", source: "iptables-nft"))
        let forwards = ForwardFinder.forwards(in: rules, port: 9191, transports: ["tcp"])
        #expect(forwards.count == 1) // replaced, not doubled
        #expect(forwards.first?.destination == "10.99.0.10:91" && forwards.first?.location == "iptables-nft nat PREROUTING, rule 1")
        #expect(ForwardFinder.forwards(in: rules, port: 9192, transports: ["tcp"]).first?.destination == "this host, port 92")
    }
}
