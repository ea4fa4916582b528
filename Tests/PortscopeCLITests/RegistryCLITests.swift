import Foundation
import PortscopeTesting
import Testing

@Suite struct RegistryCLITests {
    static let csv = [
        "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes",
        "portscope-demo,61999,tcp,\"Demo service, only in this CSV\",,,2031-05-05,,[RFC0001],,,",
    ].joined(separator: "\n") + "\n"

    @Test func updateStatusReset() throws {
        let data = TemporaryDirectory()
        let csvPath = try data.write("iana.csv", Self.csv)
        let update = try CommandRunner.portscope(["registry", "update", "--force", "--from", csvPath], dataHome: data.path)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.contains("stored \(data.path)/portscope/registry.txt"))
        #expect(update.stdout.contains("1 rows"))

        let explained = try CommandRunner.portscope(["portscope-demo", "--offline"], dataHome: data.path)
        #expect(explained.status == 0, "\(explained.stderr)")
        #expect(explained.stdout.hasPrefix("Port 61999 · portscope-demo (Demo service, only in this CSV)"))

        let status = try CommandRunner.portscope(["registry"], dataHome: data.path)
        #expect(status.stdout.contains("IANA data of 2031-05-05"))

        let reset = try CommandRunner.portscope(["registry", "reset"], dataHome: data.path)
        #expect(reset.stdout.contains("removed"))
        let after = try CommandRunner.portscope(["portscope-demo", "--offline"], dataHome: data.path)
        #expect(after.status == 64)
    }

    @Test func badCSVIsRefused() throws {
        let data = TemporaryDirectory()
        let csvPath = try data.write("bad.csv", "a,b\n1,2\n")
        let result = try CommandRunner.portscope(["registry", "update", "--force", "--from", csvPath], dataHome: data.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("header is not IANA's"))
        #expect(!FileManager.default.fileExists(atPath: data.path + "/portscope/registry.txt"))
    }

    @Test func damagedCopyWarnsAndFallsBack() throws {
        let data = TemporaryDirectory()
        try data.write("portscope/registry.txt", "garbage\n")
        let result = try CommandRunner.portscope(["22", "--offline"], dataHome: data.path)
        #expect(result.status == 0)
        #expect(result.stdout.contains("ignoring \(data.path)/portscope/registry.txt"))
        #expect(result.stdout.hasPrefix("Port 22 · ssh"))
    }

    /// Downloads the CSV from a loopback HTTP server started by the test.
    @Test(.enabled(if: TestPaths.hasTool("curl") && TestPaths.hasTool("python3"), "needs curl and python3"))
    func updateFromURL() throws {
        let data = TemporaryDirectory()
        try data.write("www/iana.csv", Self.csv)
        let server = try ChildProcess(["python3", "-c", """
        import http.server, functools, sys
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
        httpd = http.server.HTTPServer(("127.0.0.1", 0), handler)
        print(httpd.server_address[1], flush=True)
        httpd.serve_forever()
        """, data.path + "/www"])
        defer { server.signal(SIGKILL); server.wait() }
        let port = try #require(server.readLine().flatMap { Int($0) })

        let ok = try CommandRunner.portscope(["registry", "update", "--force", "--from", "http://127.0.0.1:\(port)/iana.csv"], dataHome: data.path)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(FileManager.default.fileExists(atPath: data.path + "/portscope/registry.txt"))

        let missing = try CommandRunner.portscope(["registry", "update", "--force", "--from", "http://127.0.0.1:\(port)/nope.csv"], dataHome: data.path)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("could not download"))
    }
}
