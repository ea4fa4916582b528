#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

/// Issue #15: `ls --save` and `diff` on real listeners, in a network namespace the test makes
/// (other tests' listeners come and go in the main one), and the baseline file written only
/// where it is safe.
@Suite(.serialized) struct BaselineCLITests {
    static let ready = runningAsRoot && TestPaths.hasTool("ip") && TestPaths.hasTool("python3")

    /// A network namespace with its loopback up, deleted at the end.
    final class Namespace {
        let name = "portscope-base-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

        init() throws {
            try #require(try CommandRunner.run("/usr/bin/env", ["ip", "netns", "add", name]).status == 0)
            try #require(try CommandRunner.run("/usr/bin/env", ["ip", "netns", "exec", name, "ip", "link", "set", "lo", "up"]).status == 0)
        }

        deinit { _ = try? CommandRunner.run("/usr/bin/env", ["ip", "netns", "delete", name]) }

        /// `portscope ARGUMENTS` inside the namespace.
        func portscope(_ arguments: [String]) throws -> CommandResult {
            try CommandRunner.run("/usr/bin/env", ["ip", "netns", "exec", name, TestPaths.portscope] + arguments, environment: [
                "NO_COLOR": "1", "COLUMNS": "100", "LANG": "C.UTF-8", "LC_ALL": nil, "XDG_DATA_HOME": TemporaryDirectory.shared.path,
            ])
        }

        /// A listener on 127.0.0.1 run by `python` (a path), inside the namespace: the child and its port.
        func listen(_ python: String, _ proto: String, port: Int = 0) throws -> (ChildProcess, Int) {
            let child = try ChildProcess(["ip", "netns", "exec", name, python, "-c", HelperProcess.namedListener, proto, String(port), "-"])
            let line = try #require(child.readLine(), "\(child.finish().stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return (child, try #require(object["port"] as? Int))
        }
    }

    /// The python3 on PATH, resolved (what /proc/PID/exe shows), and a copy of it elsewhere: a
    /// different program file for the "changed" case.
    static func pythons(in directory: TemporaryDirectory) throws -> (real: String, copy: String) {
        let real = try CommandRunner.run("/usr/bin/env", ["python3", "-c", "import os, sys; print(os.path.realpath(sys.executable))"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let copy = directory.path + "/python-copy"
        try FileManager.default.copyItem(atPath: real, toPath: copy)
        return (real, copy)
    }

    @Test(.enabled(if: ready, "needs root, ip and python3"))
    func driftOnRealListeners() throws {
        let namespace = try Namespace()
        let directory = TemporaryDirectory(prefix: "portscope-baseline")
        let (python, copy) = try Self.pythons(in: directory)
        var (web, webPort) = try namespace.listen(python, "tcp")
        let (dns, dnsPort) = try namespace.listen(python, "udp")
        defer { web.signal(SIGKILL); dns.signal(SIGKILL) }
        let file = directory.path + "/base.json"

        let save = try namespace.portscope(["ls", "--save", file])
        #expect(save.status == 0, "\(save.stderr)")
        #expect(save.stdout.contains("Saved 2 listeners (tcp and udp) to \(file)"), "\(save.stdout)")
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved.contains(#""exe" : "\#(python)""#), "\(saved)")
        #expect(!saved.contains("\(web.pid)"), "a baseline never records pids")
        var clean = try namespace.portscope(["diff", file])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout.hasPrefix("No drift: the 2 listeners match \(file)"), "\(clean.stdout)")

        // A restart (same program, same port, new pid) is not drift.
        web.signal(SIGKILL)
        _ = web.finish()
        (web, _) = try namespace.listen(python, "tcp", port: webPort)
        clean = try namespace.portscope(["diff", file])
        #expect(clean.status == 0, "\(clean.stdout)")

        // Another program takes the web port, a new listener appears, the UDP one goes.
        web.signal(SIGKILL)
        _ = web.finish()
        (web, _) = try namespace.listen(copy, "tcp", port: webPort)
        let (extra, extraPort) = try namespace.listen(python, "tcp")
        defer { extra.signal(SIGKILL) }
        dns.signal(SIGKILL)
        _ = dns.finish()
        let drift = try namespace.portscope(["diff", file])
        #expect(drift.status == 1, "\(drift.stdout)\(drift.stderr)")
        let lines = drift.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Listeners differ from \(file) (taken ") == true, "\(drift.stdout)")
        #expect(lines.first?.hasSuffix("): 1 changed, 1 new, 1 gone") == true, "\(drift.stdout)")
        #expect(lines.dropFirst().first == "  changed  tcp 127.0.0.1:\(webPort)  now \(copy); was \(python)", "\(drift.stdout)")
        #expect(lines.contains("  new      tcp 127.0.0.1:\(extraPort)  \(python)"), "\(drift.stdout)")
        #expect(lines.contains("  gone     udp 127.0.0.1:\(dnsPort)  \(python)"), "\(drift.stdout)")

        let json = try namespace.portscope(["diff", file, "--json"])
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["drift"] as? Bool == true)
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts["changed"] == 1 && counts["new"] == 1 && counts["gone"] == 1 && counts["baseline"] == 2 && counts["current"] == 2, "\(counts)")
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.first?["kind"] as? String == "changed")
        #expect(((changes.first?["before"] as? [[String: Any]])?.first?["exe"] as? String) == python)

        // Ignoring the ports that come and go leaves the one that matters.
        let ignored = try namespace.portscope(["diff", file, "--ignore", "\(extraPort)/tcp", "--ignore", "\(dnsPort)/udp"])
        #expect(ignored.status == 1)
        #expect(ignored.stdout.contains("1 changed") && !ignored.stdout.contains("new") && ignored.stdout.contains("2 listeners ignored"), "\(ignored.stdout)")
        let program = try namespace.portscope(["diff", file, "--ignore", "exe:\(directory.path)/*", "--ignore", "\(extraPort)", "--ignore", "\(dnsPort)"])
        #expect(program.status == 1, "the copy is ignored, so the web port is gone: \(program.stdout)")
        #expect(program.stdout.contains("1 gone"), "\(program.stdout)")
    }

    @Test func badFilesAndPatterns() throws {
        let directory = TemporaryDirectory(prefix: "portscope-baseline-bad")
        let missing = try CommandRunner.portscope(["diff", directory.path + "/none.json"])
        #expect(missing.status == 66, "\(missing.stderr)")
        #expect(missing.stderr.contains("no such file"))
        let junk = try directory.write("junk.json", #"{"listeners": []}"#)
        let malformed = try CommandRunner.portscope(["diff", junk])
        #expect(malformed.status == 65)
        #expect(malformed.stderr.contains("not a portscope baseline"), "\(malformed.stderr)")
        let pattern = try CommandRunner.portscope(["diff", junk, "--ignore", "80/sctp"])
        #expect(pattern.status == 64)
        #expect(pattern.stderr.contains("the protocol after / must be tcp or udp"), "\(pattern.stderr)")
        let filtered = try CommandRunner.portscope(["ls", "--save", directory.path + "/x.json", "--port", "22"])
        #expect(filtered.status == 64)
        let fields = try CommandRunner.portscope(["ls", "--fields", "port,bogus"])
        #expect(fields.status == 64)
        #expect(fields.stderr.contains("unknown field 'bogus'"), "\(fields.stderr)")
    }

    /// Root's `ls --save` never writes through a link another user planted, and never into a
    /// directory others can write to; a link in a directory root owns is replaced, not followed.
    @Test(.enabled(if: runningAsRoot && TestPaths.hasTool("setpriv"), "needs root and setpriv"))
    func saveNeverWritesThroughLinks() throws {
        let directory = TemporaryDirectory(prefix: "portscope-baseline-links")
        let victim = try directory.write("victim", "precious\n")
        try #require(chmod(directory.path, 0o755) == 0) // nobody must reach the shared directory
        let shared = directory.path + "/shared"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o1777])
        // nobody plants the link in a directory everyone can write (like /tmp).
        let plant = try CommandRunner.run("/usr/bin/env", ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--", "ln", "-s", victim, shared + "/base.json"])
        try #require(plant.status == 0, "\(plant.stderr)")
        let refused = try CommandRunner.portscope(["ls", "--save", shared + "/base.json"])
        #expect(refused.status == 73, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stderr.contains("is not safe to write in"), "\(refused.stderr)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")

        // A link in root's own directory: replaced by the file, the target untouched.
        let own = directory.path + "/own"
        try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        try FileManager.default.createSymbolicLink(atPath: own + "/base.json", withDestinationPath: victim)
        let saved = try CommandRunner.portscope(["ls", "--save", own + "/base.json"])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: own + "/base.json")
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect(try String(contentsOfFile: own + "/base.json", encoding: .utf8).contains("portscope-baseline"))
    }
}
#endif
