#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

/// Containers by name, end to end: a Unix-socket HTTP server made by the test answers
/// `GET /containers/json` with a Docker Engine API answer (in the API's documented shape,
/// written for this test, not taken from a live daemon), a listener runs in a
/// `docker-<id>.scope` cgroup the test makes, and a stand-in `docker-proxy` (argv[0] and the
/// real flags) holds a published port.
@Suite(.serialized) struct ContainerCLITests {
    static let hierarchy = UnitCLITests.hierarchy
    static let id = "3f2a1b9c0d1e3f2a1b9c0d1e3f2a1b9c0d1e3f2a1b9c0d1e3f2a1b9c0d1e3f2a"

    /// Serves one canned answer per connection on a Unix socket; prints {"ready": true}.
    static let server = """
    import socket, sys, os, json
    path, body = sys.argv[1], sys.argv[2].encode()
    s = socket.socket(socket.AF_UNIX); s.bind(path); s.listen()
    print(json.dumps({"ready": True, "pid": os.getpid()}), flush=True)
    while True:
        c, _ = s.accept()
        request = b""
        while b"\\r\\n\\r\\n" not in request:
            chunk = c.recv(4096)
            if not chunk: break
            request += chunk
        ok = request.startswith(b"GET /containers/json ")
        head = b"HTTP/1.0 200 OK\\r\\nContent-Type: application/json\\r\\n\\r\\n" if ok else b"HTTP/1.0 404 Not Found\\r\\n\\r\\n"
        c.sendall(head + (body if ok else b"")); c.close()
    """

    @Test(.enabled(if: runningAsRoot && hierarchy != nil && TestPaths.hasTool("python3") && TestPaths.hasTool("bash") && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs root, python3 (and /usr/bin/python3), bash and a writable cgroup hierarchy"))
    func containersAndForwardersAreNamed() throws {
        let directory = TemporaryDirectory(prefix: "portscope-docker")
        let socketPath = directory.path + "/docker.sock"
        let (proxyProbe, proxyPortInfo) = try HelperProcess.start(HelperProcess.listener)
        let proxyPort = try #require(proxyPortInfo["port"] as? Int)
        proxyProbe.signal(SIGKILL)
        proxyProbe.wait()
        let answer = """
        [{"Id": "\(Self.id)", "Names": ["/web"], "Image": "nginx:1.27",
          "Ports": [{"IP": "127.0.0.1", "PrivatePort": 80, "PublicPort": \(proxyPort), "Type": "tcp"}], "State": "running"}]
        """
        let (server, _) = try HelperProcess.start(Self.server, arguments: [socketPath, answer])
        defer { server.signal(SIGKILL); server.wait() }

        // A process "in" the container: a listener moved into the container's cgroup.
        let root = try #require(Self.hierarchy)
        let slice = root + "/portscope-test.slice"
        let scope = slice + "/docker-\(Self.id).scope"
        try FileManager.default.createDirectory(atPath: scope, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(atPath: scope)
            try? FileManager.default.removeItem(atPath: slice)
        }
        let (inside, info) = try HelperProcess.start(HelperProcess.listener)
        defer { inside.signal(SIGKILL); inside.wait() }
        try String(try #require(info["pid"] as? Int)).write(toFile: scope + "/cgroup.procs", atomically: false, encoding: .utf8)
        let insidePort = try #require(info["port"] as? Int)

        // The forwarder: docker-proxy's name and flags, listening on the published port.
        let proxy = try ChildProcess(["bash", "-c", "exec -a docker-proxy /usr/bin/python3 -c \"$0\" \"$@\"", HelperProcess.listener, String(proxyPort),
                                      "-proto", "tcp", "-host-ip", "127.0.0.1", "-host-port", String(proxyPort),
                                      "-container-ip", "172.17.0.2", "-container-port", "80"])
        defer { proxy.signal(SIGKILL); proxy.wait() }
        _ = try #require(proxy.readLine())

        let environment: [String: String?] = ["PORTSCOPE_DOCKER_SOCKET": socketPath]
        let container = try CommandRunner.portscope(["who", String(insidePort), "--json"], environment: environment)
        #expect(container.status == 0, "\(container.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(container.stdout.utf8)) as? [String: Any])
        let process = try #require(((object["sockets"] as? [[String: Any]])?.first?["processes"] as? [[String: Any]])?.first)
        let named = try #require(process["container"] as? [String: Any])
        #expect(named["id"] as? String == Self.id && named["name"] as? String == "web" && named["image"] as? String == "nginx:1.27")

        let forwarded = try CommandRunner.portscope(["who", String(proxyPort)], environment: environment)
        #expect(forwarded.stdout.contains("forwards tcp \(proxyPort) to container web (nginx:1.27) at 172.17.0.2:80"), "\(forwarded.stdout)")

        // Without the API, the forwarder's own flags still say where the traffic goes.
        let unnamed = try CommandRunner.portscope(["who", String(proxyPort)])
        #expect(unnamed.stdout.contains("forwards tcp \(proxyPort) to 172.17.0.2:80"), "\(unnamed.stdout)")
    }
}
#endif
