import Foundation
import PortscopeTesting
import Testing

/// End-to-end: the built `portscope` binary against golden files.
@Suite struct ExplainCLITests {
    static let proc = TestPaths.inPackage("Tests/PortscopeCLITests/Fixtures/proc")

    func run(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.portscope(arguments, procRoot: Self.proc)
    }

    @Test(arguments: [
        (["60776"], "explain-60776.txt"),
        (["explain", "80"], "explain-80.txt"),
        (["61000/tcp"], "explain-61000-tcp.txt"),
        (["https"], "explain-https.txt"),
        (["0"], "explain-0.txt"),
        (["6010"], "explain-6010.txt"),
        (["60776", "--json"], "explain-60776.json"),
        (["443", "--format", "json"], "explain-443.json"),
        (["60776", "--offline", "--json"], "explain-60776-offline.json"),
        (["80", "--format", "markdown"], "explain-80.md"),
        (["sip/udp", "--format", "markdown"], "explain-sip-udp.md"),
        (["60776", "--lang", "it"], "explain-60776-it.txt"),
        (["80", "--format", "markdown", "--lang", "it"], "explain-80-it.md"),
    ])
    func golden(arguments: [String], snapshot: String) throws {
        let result = try run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        // The fixture's location differs per checkout: show it as the real path.
        let output = result.stdout.replacingOccurrences(of: Self.proc, with: "/proc")
        if let mismatch = Snapshot.mismatch(output, named: snapshot, in: "PortscopeCLITests") {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    /// The language comes from --lang, else LC_ALL, LC_MESSAGES, LANG (first set wins); JSON
    /// stays English.
    @Test func languageFromTheLocale() throws {
        let italian = try CommandRunner.portscope(["60776"], procRoot: Self.proc, environment: ["LANG": "it_IT.UTF-8"])
        #expect(italian.stdout.hasPrefix("Porta 60776"), "\(italian.stdout)")
        let overridden = try CommandRunner.portscope(["60776"], procRoot: Self.proc, environment: ["LANG": "it_IT.UTF-8", "LC_ALL": "C"])
        #expect(overridden.stdout.hasPrefix("Port 60776"))
        let messages = try CommandRunner.portscope(["60776"], procRoot: Self.proc, environment: ["LANG": "en_US.UTF-8", "LC_MESSAGES": "it_IT"])
        #expect(messages.stdout.hasPrefix("Porta 60776"))
        let flag = try CommandRunner.portscope(["60776", "--lang", "en"], procRoot: Self.proc, environment: ["LANG": "it_IT.UTF-8"])
        #expect(flag.stdout.hasPrefix("Port 60776"))
        let json = try CommandRunner.portscope(["60776", "--json"], procRoot: Self.proc, environment: ["LANG": "it_IT.UTF-8"])
        #expect(json.stdout.contains("\"summary\": \"Any outgoing connection"), "\(json.stdout)")
        let unknown = try run(["60776", "--lang", "fr"])
        #expect(unknown.status == 64)
    }

    /// `--format html`: one self-contained page (style inline, no script, a policy that
    /// allows nothing else), the host as it was, in the language asked.
    @Test func htmlPageFile() throws {
        let result = try run(["8080", "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        // (The policy's quotes are escaped in the attribute, as every attribute value is.)
        #expect(html.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;"#))
        #expect(!html.contains("<script"))
        #expect(!html.contains("/assets/"))
        #expect(html.contains("<style>"))
        #expect(html.contains("python3 (pid"), "the fixture's listener on 8080")
        #expect(html.contains("when this file was made"))
        #expect(html.utf8.count < 100_000)
        let offline = try run(["8080", "--format", "html", "--offline", "--lang", "it"])
        #expect(offline.stdout.contains(#"<html lang="it">"#))
        #expect(offline.stdout.contains("Non letto: questa pagina è stata creata con --offline."))
    }

    @Test func barsFromTheIssue() throws {
        let j60776 = try json(["60776", "--json"])
        #expect((j60776["ianaRange"] as? [String: Any])?["name"] as? String == "dynamic")
        let registrations = j60776["registrations"] as? [[String: Any]] ?? []
        #expect(!registrations.isEmpty)
        #expect(!registrations.contains { $0["status"] as? String == "assigned" })
        let ephemeral = j60776["ephemeral"] as? [String: Any]
        let defaults = ephemeral?["defaults"] as? [[String: Any]] ?? []
        #expect(defaults.first { $0["os"] as? String == "linux" }?["contains"] as? Bool == true)
        #expect((ephemeral?["host"] as? [String: Any])?["contains"] as? Bool == true)

        let j61000 = try json(["61000", "--json"])
        let d61000 = (j61000["ephemeral"] as? [String: Any])?["defaults"] as? [[String: Any]] ?? []
        #expect(d61000.first { $0["os"] as? String == "linux" }?["contains"] as? Bool == false)

        let j443 = try json(["443", "--json"])
        let https = (j443["registrations"] as? [[String: Any]] ?? []).filter { $0["service"] as? String == "https" }
        #expect(https.compactMap { $0["protocol"] as? String } == ["tcp", "udp", "sctp"])
    }

    @Test(arguments: [
        ["70000"], ["-1"], ["abc"], ["80/xyz"], [""], ["65536"], ["+80"], [" 80"], ["80 "], ["08080"],
        ["0x50"], ["explain"], ["80", "81"], ["--jsn", "80"], ["80", "--format", "yaml"], ["htps"],
    ])
    func badInputIsOneLineAndExit64(arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(!lines.isEmpty)
        do {
            #expect(lines.count == 1, "\(arguments): \(result.stderr)")
            #expect(lines.first?.hasPrefix("portscope: ") == true)
        }
    }

    @Test func liveHostMatchesProcSys() throws {
        #if os(Linux)
        let result = try CommandRunner.portscope(["60776", "--json"], procRoot: nil)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let host = try #require((object["ephemeral"] as? [String: Any])?["host"] as? [String: Any])
        let raw = try String(contentsOfFile: "/proc/sys/net/ipv4/ip_local_port_range", encoding: .utf8)
        let ends = raw.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        #expect(host["first"] as? Int == ends[0])
        #expect(host["last"] as? Int == ends[1])
        #expect(host["source"] as? String == "/proc/sys/net/ipv4/ip_local_port_range")
        #endif
    }

    @Test func noArgumentsPrintsHelp() throws {
        let result = try CommandRunner.portscope([])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: portscope"))
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try run(arguments)
        #expect(result.status == 0)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }
}
