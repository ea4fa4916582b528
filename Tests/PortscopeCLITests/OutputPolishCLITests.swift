#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

/// Issue #15's output polish on a real listener: piped output is never cut, `--fields` chooses
/// columns, `--sort` orders `ls`.
struct OutputPolishCLITests {
    @Test func pipedOutputIsNeverCutAndFieldsChooseColumns() throws {
        let long = String(repeating: "x", count: 500)
        let child = try ChildProcess(["python3", "-c", HelperProcess.namedListener, "tcp", "0", "-", long])
        defer { child.signal(SIGKILL) }
        let line = try #require(child.readLine())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let port = try #require(object["port"] as? Int)

        // COLUMNS=100 as on a narrow terminal, but stdout is a pipe: the whole command line.
        let who = try CommandRunner.portscope(["who", String(port)])
        #expect(who.status == 0)
        #expect(who.stdout.contains(long), "\(who.stdout)")

        let fields = try CommandRunner.portscope(["who", String(port), "--fields", "proto,port,pid,exe,command"])
        #expect(fields.status == 0, "\(fields.stderr)")
        let rows = fields.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first?.split(separator: " ", omittingEmptySubsequences: true) == ["PROTO", "PORT", "PID", "EXE", "COMMAND"], "\(fields.stdout)")
        #expect(rows.dropFirst().first?.hasPrefix("tcp    \(port)  \(child.pid)  /") == true, "\(fields.stdout)")
        #expect(rows.dropFirst().first?.hasSuffix(long) == true)

        let sorted = try CommandRunner.portscope(["ls", "--sort", "port", "--reverse", "--tcp", "--fields", "port"])
        let ports = sorted.stdout.split(separator: "\n").dropFirst().compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        #expect(ports.contains(port))
        #expect(ports == ports.sorted(by: >), "\(sorted.stdout)")
        let json = try CommandRunner.portscope(["ls", "--fields", "port", "--json"])
        #expect(json.status == 64)
    }

    /// `--version` names the version and the registry snapshot (the built-in one's date).
    @Test func versionNamesTheRegistrySnapshot() throws {
        let version = try CommandRunner.portscope(["--version"])
        #expect(version.status == 0)
        let lines = version.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("portscope 0.") == true, "\(version.stdout)")
        #expect(lines.dropFirst().first?.contains(/IANA registry: built-in snapshot of \d{4}-\d{2}-\d{2}/) == true, "\(version.stdout)")
    }
}
#endif
