#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

/// Forwarded ports on real nftables rules, in a network namespace the test makes (no traffic
/// is sent; the rules are only read): a DNAT for tcp 8080 → 10.99.0.2:80 and a REDIRECT
/// 8443 → 443.
@Suite(.serialized) struct ForwardCLITests {
    static let ready = runningAsRoot && TestPaths.hasTool("ip") && TestPaths.hasTool("nft")

    /// Runs `portscope ARGUMENTS` inside the namespace, reading its rules with nft.
    func portscope(_ namespace: String, _ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run("/usr/bin/env", ["ip", "netns", "exec", namespace, TestPaths.portscope] + arguments, environment: [
            "NO_COLOR": "1", "COLUMNS": "100", "LANG": "C.UTF-8", "LC_ALL": nil, "PORTSCOPE_NFT_RULESET": nil,
            "XDG_DATA_HOME": TemporaryDirectory.shared.path,
        ])
    }

    /// A saved ruleset (Docker's layout) explains itself in text, with Docker's publish default.
    @Test func savedRulesetInText() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("PortscopeForwardingTests/Fixtures/nft-docker-kube.json").path
        let result = try CommandRunner.portscope(["who", "8080/tcp", "--json"], procRoot: nil, environment: ["PORTSCOPE_NFT_RULESET": fixture])
        #expect(result.status == 0)
        let text = try CommandRunner.portscope(["who", "65000/tcp"], environment: ["PORTSCOPE_NFT_RULESET": fixture])
        #expect(text.status == 1) // nothing forwards 65000
        let docker = try CommandRunner.portscope(["who", "5432/tcp"], environment: ["PORTSCOPE_NFT_RULESET": fixture])
        #expect(docker.stdout.contains("tcp 5432 → 172.17.0.3:5432"), "\(docker.stdout)")
        #expect(docker.stdout.contains("only when iifname != \"docker0\", ip daddr 127.0.0.1"))
        #expect(docker.stdout.contains("probably made by docker (a guess from the chain names)"))
        #expect(docker.stdout.contains("Docker publishes a port on every address unless given one"))
    }

    @Test(.enabled(if: ready, "needs root, ip and nft (Debian: nftables)"))
    func forwardedPortsAreReported() throws {
        let name = "portscope-nat-\(getpid())"
        try #require(try CommandRunner.run("/usr/bin/env", ["ip", "netns", "add", name]).status == 0)
        defer { _ = try? CommandRunner.run("/usr/bin/env", ["ip", "netns", "delete", name]) }
        let rules = """
        table ip nat {
          chain prerouting {
            type nat hook prerouting priority dstnat; policy accept;
            tcp dport 8080 dnat to 10.99.0.2:80
            tcp dport 8443 redirect to :443
          }
        }
        """
        let load = try CommandRunner.run("/usr/bin/env", ["ip", "netns", "exec", name, "nft", "-f", "-"], stdin: rules)
        try #require(load.status == 0, "nft -f failed: \(load.stderr)")

        // No socket on 8080 in the namespace, but the port is forwarded: exit 0, and where to.
        let who = try portscope(name, ["who", "8080", "--json"])
        #expect(who.status == 0, "\(who.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(who.stdout.utf8)) as? [String: Any])
        #expect((object["sockets"] as? [Any])?.isEmpty == true)
        let forward = try #require((object["forwards"] as? [[String: Any]])?.first)
        #expect(forward["table"] as? String == "nat" && forward["chain"] as? String == "prerouting")
        #expect(forward["handle"] as? Int != nil && forward["protocol"] as? String == "tcp")
        #expect(forward["action"] as? String == "dnat" && forward["destination"] as? String == "10.99.0.2:80")

        let redirect = try portscope(name, ["who", "8443"])
        #expect(redirect.status == 0)
        #expect(redirect.stdout.contains("tcp 8443 → this host, port 443"), "\(redirect.stdout)")
        #expect(redirect.stdout.contains("rule: ip nat prerouting, handle"))

        // Legacy iptables' nat table, where its tool is installed, is read too.
        if TestPaths.hasTool("iptables-legacy") && TestPaths.hasTool("iptables-legacy-save") {
            let add = try CommandRunner.run("/usr/bin/env", ["ip", "netns", "exec", name, "iptables-legacy", "-t", "nat", "-A", "PREROUTING",
                                                             "-p", "tcp", "--dport", "9090", "-j", "DNAT", "--to-destination", "10.99.0.9:90"])
            try #require(add.status == 0, "iptables-legacy failed: \(add.stderr)")
            let legacy = try portscope(name, ["who", "9090", "--json"])
            #expect(legacy.status == 0, "\(legacy.stderr)")
            let found = ((try JSONSerialization.jsonObject(with: Data(legacy.stdout.utf8)) as? [String: Any])?["forwards"] as? [[String: Any]])?.first
            #expect(found?["source"] as? String == "iptables-legacy" && found?["destination"] as? String == "10.99.0.9:90", "\(legacy.stdout)")
            // The nftables rule is still found beside it.
            #expect(try portscope(name, ["who", "8080"]).stdout.contains("tcp 8080 → 10.99.0.2:80"))
        }

        // Debian's default iptables (iptables-nft): its DNAT's destination comes from iptables-nft-save.
        if TestPaths.hasTool("iptables-nft") && TestPaths.hasTool("iptables-nft-save") {
            let other = "portscope-nat-nft-\(getpid())"
            try #require(try CommandRunner.run("/usr/bin/env", ["ip", "netns", "add", other]).status == 0)
            defer { _ = try? CommandRunner.run("/usr/bin/env", ["ip", "netns", "delete", other]) }
            let add = try CommandRunner.run("/usr/bin/env", ["ip", "netns", "exec", other, "iptables-nft", "-t", "nat", "-A", "PREROUTING",
                                                             "-p", "tcp", "--dport", "9191", "-j", "DNAT", "--to-destination", "10.99.0.10:91"])
            try #require(add.status == 0, "iptables-nft failed: \(add.stderr)")
            let viaNft = try portscope(other, ["who", "9191", "--json"])
            #expect(viaNft.status == 0)
            let found = ((try JSONSerialization.jsonObject(with: Data(viaNft.stdout.utf8)) as? [String: Any])?["forwards"] as? [[String: Any]])?.first
            #expect(found?["source"] as? String == "iptables-nft" && found?["destination"] as? String == "10.99.0.10:91", "\(viaNft.stdout)")
        }

        // UDP is not forwarded: nothing uses 8080/udp.
        #expect(try portscope(name, ["who", "8080/udp"]).status == 1)

        // why warns that a local service would not see the forwarded traffic.
        let why = try portscope(name, ["why", "8080", "--json"])
        let reasons = (try JSONSerialization.jsonObject(with: Data(why.stdout.utf8)) as? [String: Any])?["reasons"] as? [[String: Any]] ?? []
        let forwarded = try #require(reasons.first { $0["kind"] as? String == "forwarded" }, "\(why.stdout)")
        #expect((forwarded["message"] as? String)?.contains("forwards tcp port 8080 to 10.99.0.2:80") == true)

        // Without root, the rules cannot be read: said, not claimed away.
        if TestPaths.hasTool("setpriv") {
            let nobody = try CommandRunner.run("/usr/bin/env", [
                "ip", "netns", "exec", name, "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--", TestPaths.portscope, "who", "8080", "--json",
            ], environment: ["PORTSCOPE_NFT_RULESET": nil, "XDG_DATA_HOME": TemporaryDirectory.shared.path, "HOME": "/nonexistent"])
            #expect(nobody.status == 1)
            let warnings = (try JSONSerialization.jsonObject(with: Data(nobody.stdout.utf8)) as? [String: Any])?["warnings"] as? [String] ?? []
            #expect(warnings.contains { $0.contains("forwarded ports were not checked") }, "\(nobody.stdout)")
        }
    }
}
#endif
