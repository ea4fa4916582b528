#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

/// A process in a systemd unit's cgroup shows the unit. The test makes the cgroup itself (a
/// `portscope-test.slice/portscope-test-PID.service` directory in a writable systemd or v2
/// hierarchy, away from systemd's own slices), moves a listener into it, and removes it after.
@Suite(.serialized) struct UnitCLITests {
    /// The first mounted hierarchy systemd names its units in: v1's `name=systemd`, else v2.
    static let hierarchy: String? = ["/sys/fs/cgroup/systemd", "/sys/fs/cgroup/unified", "/sys/fs/cgroup"].first { path in
        FileManager.default.isWritableFile(atPath: path + "/cgroup.procs")
    }

    @Test(.enabled(if: runningAsRoot && hierarchy != nil && TestPaths.hasTool("python3"), "needs root, python3 and a writable cgroup hierarchy"))
    func listenerInAUnitShowsIt() throws {
        let root = try #require(Self.hierarchy)
        let unit = "portscope-test-\(getpid()).service"
        let slice = root + "/portscope-test.slice"
        let directory = slice + "/" + unit
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(atPath: directory)
            try? FileManager.default.removeItem(atPath: slice)
        }
        let (helper, info) = try HelperProcess.start(HelperProcess.listener)
        let pid = try #require(info["pid"] as? Int)
        let port = try #require(info["port"] as? Int)
        defer {
            helper.signal(SIGKILL)
            helper.wait()
        }
        try String(pid).write(toFile: directory + "/cgroup.procs", atomically: false, encoding: .utf8)

        let result = try CommandRunner.portscope(["who", String(port), "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let process = try #require(((object["sockets"] as? [[String: Any]])?.first?["processes"] as? [[String: Any]])?.first)
        #expect(process["pid"] as? Int == pid)
        let shown = try #require(process["unit"] as? [String: Any])
        #expect(shown["name"] as? String == unit)
        #expect(shown["userManager"] is NSNull)

        let text = try CommandRunner.portscope(["who", String(port)])
        #expect(text.stdout.contains("unit \(unit)"), "\(text.stdout)")
    }
}
#endif
