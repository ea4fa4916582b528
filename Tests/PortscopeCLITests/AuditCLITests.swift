#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

@Suite struct AuditCLITests {
    /// On Linux, connect() to one destination is per-destination incremental (algorithm 4),
    /// and the audit leaves no socket behind (none to or from its destinations: other tests
    /// open loopback sockets at the same time, so a count of them all would not say).
    @Test func thisHostIsPerDestinationIncremental() throws {
        let result = try CommandRunner.portscope(["audit", "--samples", "200", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["behaviour"] as? String == "per-destination incremental (algorithm 4)")
        #expect(object["udpBehaviour"] as? String == "random")
        let sets = object["sets"] as? [[String: Any]] ?? []
        #expect(sets.count == 3)
        #expect(sets.allSatisfy { $0["count"] as? Int == 200 })
        #expect((sets.first?["evenShare"] as? Double ?? 0) > 0.9) // connect() prefers one parity
        #expect(["GREAT", "GOOD"].contains(object["grade"] as? String ?? ""))
        #expect((object["dnsMeaning"] as? [String])?.first?.contains("CVE-2008-1447") == true)
        let destinations = object["destinations"] as? [String] ?? []
        #expect(destinations.count == 4)
        let left = try CommandRunner.run("/usr/bin/env", ["ss", "-Htan", "src", "127.0.0.0/8"]).stdout.split(separator: "\n").filter { line in
            let endpoints = line.split(separator: " ").map(String.init)
            return destinations.contains(where: endpoints.contains)
        }
        #expect(left.isEmpty, "the audit left sockets behind: \(left.prefix(3))")
    }

    @Test func gradesAPortsFile() throws {
        let dir = TemporaryDirectory()
        let sequential = try dir.write("seq.txt", (1...300).map { "10.0.0.1:\(20000 + $0)" }.joined(separator: "\n"))
        let result = try CommandRunner.portscope(["audit", "--ports-file", sequential])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("GRADE: POOR"))
        #expect(result.stdout.contains("sequential"))
        let bad = try dir.write("bad.txt", "53\nnot-a-port\n")
        let refused = try CommandRunner.portscope(["audit", "--ports-file", bad])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("line 2"))
        #expect(try CommandRunner.portscope(["audit", "--ports-file", "/nonexistent"]).status == 1)
    }
}
#endif
