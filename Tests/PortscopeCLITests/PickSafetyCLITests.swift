#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

/// `pick` and the registry store never follow another user's links or write into another
/// user's directory (issue #9): each attack is made by a second real user (nobody, via
/// setpriv), and the victim file must be byte-for-byte unchanged.
@Suite(.serialized) struct PickSafetyCLITests {
    static let canAttack = runningAsRoot && TestPaths.hasTool("setpriv")

    /// Runs a shell command as nobody.
    func asNobody(_ script: String) throws -> CommandResult {
        try CommandRunner.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", "/bin/sh", "-c", script])
    }

    /// A world-writable sticky directory standing in for /tmp, and a root-only victim file.
    func arena() throws -> (tmp: String, victim: String, original: Data, keep: TemporaryDirectory) {
        let keep = TemporaryDirectory()
        chmod(keep.path, 0o755)
        let tmp = keep.path + "/tmp"
        mkdir(tmp, 0o777)
        chmod(tmp, 0o1777)
        let victim = try keep.write("secret/victim", "root's precious data\nline 2\n")
        chmod(keep.path + "/secret", 0o700)
        return (tmp, victim, try Data(contentsOf: URL(fileURLWithPath: victim)), keep)
    }

    /// Case 9: without XDG_RUNTIME_DIR, `/tmp/portscope-UID` pre-created by another user with
    /// `picked-ports` linked to a file of the attacker's choice: root's pick refuses and the
    /// file is untouched (it was truncated before).
    @Test(.enabled(if: canAttack && !FileManager.default.fileExists(atPath: "/run/user/0"), "needs root, setpriv, and no /run/user/0"))
    func pickRefusesAnAttackersStateDirectory() throws {
        let (tmp, victim, original, keep) = try arena()
        _ = keep
        let attack = try asNobody("mkdir -m 700 \(tmp)/portscope-0 && ln -s \(victim) \(tmp)/portscope-0/picked-ports && ln -s \(victim) \(tmp)/portscope-0/picked-ports.lock")
        #expect(attack.status == 0, "\(attack.stderr)")
        let result = try CommandRunner.portscope(["pick"], environment: ["XDG_RUNTIME_DIR": nil, "TMPDIR": tmp])
        #expect(result.status != 0)
        #expect(result.stderr.contains("refusing to use \(tmp)/portscope-0: it belongs to uid 65534"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: victim)) == original)
    }

    /// The same with the directory itself a link to a directory of root's.
    @Test(.enabled(if: canAttack && !FileManager.default.fileExists(atPath: "/run/user/0"), "needs root, setpriv, and no /run/user/0"))
    func pickRefusesALinkedStateDirectory() throws {
        let (tmp, victim, original, keep) = try arena()
        let rootsDirectory = keep.path + "/secret"
        let attack = try asNobody("ln -s \(rootsDirectory) \(tmp)/portscope-0")
        #expect(attack.status == 0, "\(attack.stderr)")
        let result = try CommandRunner.portscope(["pick"], environment: ["XDG_RUNTIME_DIR": nil, "TMPDIR": tmp])
        #expect(result.status != 0)
        #expect(result.stderr.contains("it is a symbolic link"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: victim)) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: rootsDirectory) == ["victim"])
    }

    /// An XDG_RUNTIME_DIR that belongs to another user is not used (sudo -E keeps the caller's).
    @Test(.enabled(if: canAttack, "needs root and setpriv"))
    func anotherUsersRuntimeDirectoryIsNotUsed() throws {
        let (tmp, victim, original, keep) = try arena()
        _ = keep
        let attack = try asNobody("mkdir -m 700 \(tmp)/run && mkdir -m 700 \(tmp)/run/portscope && ln -s \(victim) \(tmp)/run/portscope/picked-ports")
        #expect(attack.status == 0, "\(attack.stderr)")
        let own = TemporaryDirectory()
        let result = try CommandRunner.portscope(["pick"], environment: ["XDG_RUNTIME_DIR": tmp + "/run", "TMPDIR": own.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: own.path + "/portscope-0/picked-ports"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: victim)) == original)
    }

    /// The registry copy: root with a data directory prepared by another user refuses to
    /// write (update) or delete (reset) there, and ignores the copy it finds.
    @Test(.enabled(if: canAttack, "needs root and setpriv"))
    func registryStoreRefusesAnAttackersDirectory() throws {
        let (tmp, victim, original, keep) = try arena()
        _ = keep
        let attack = try asNobody("mkdir -m 755 \(tmp)/data && mkdir -m 755 \(tmp)/data/portscope && ln -s \(victim) \(tmp)/data/portscope/registry.txt")
        #expect(attack.status == 0, "\(attack.stderr)")
        let input = TemporaryDirectory()
        let csv = try input.write("iana.csv", "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes\nhttp,80,tcp,World Wide Web HTTP,,,,,,,,\n")
        let update = try CommandRunner.portscope(["registry", "update", "--from", csv, "--force"], dataHome: tmp + "/data")
        #expect(update.status != 0)
        #expect(update.stderr.contains("refusing to use \(tmp)/data/portscope: it belongs to uid 65534"), "\(update.stderr)")
        let reset = try CommandRunner.portscope(["registry", "reset"], dataHome: tmp + "/data")
        #expect(reset.status != 0)
        let status = try CommandRunner.portscope(["registry", "status"], dataHome: tmp + "/data")
        #expect(status.stdout.contains("built-in"), "\(status.stdout)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: victim)) == original)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: tmp + "/data/portscope/registry.txt")) == victim)
    }

    /// Case 10: names are data; a newline in one adds no reservation line.
    @Test func nameWithANewlineIsOneReservation() throws {
        let runtime = TemporaryDirectory()
        let result = try CommandRunner.portscope(["pick", "--name", "a\nb"], environment: ["XDG_RUNTIME_DIR": runtime.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: runtime.path + "/portscope/picked-ports", encoding: .utf8)
        #expect(text.split(separator: "\n").count == 1, "\(text)")
        #expect(text.contains(" a%0Ab"), "\(text)")
        let again = try CommandRunner.portscope(["pick", "--name", "a\nb"], environment: ["XDG_RUNTIME_DIR": runtime.path])
        #expect(again.stdout == result.stdout) // the same name may take its port again
    }

    /// Case 11: a failed pick reserves nothing and says what ran out.
    @Test func failedPickReservesNothing() throws {
        let runtime = TemporaryDirectory()
        let failed = try CommandRunner.portscope(["pick", "--count", "5", "--range", "20100-20102"], environment: ["XDG_RUNTIME_DIR": runtime.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("--range 20100–20102 holds 3 ports, and --count asked for 5"), "\(failed.stderr)")
        #expect(!failed.stderr.contains("ephemeral"))
        let next = try CommandRunner.portscope(["pick", "--count", "3", "--range", "20100-20102"], environment: ["XDG_RUNTIME_DIR": runtime.path])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout.split(separator: "\n").sorted() == ["20100", "20101", "20102"])
        let exhausted = try CommandRunner.portscope(["pick", "--range", "20100-20102"], environment: ["XDG_RUNTIME_DIR": runtime.path])
        #expect(exhausted.status == 1)
        #expect(exhausted.stderr.contains("3 were handed out by portscope pick in the last 60 s"), "\(exhausted.stderr)")
    }

    /// Case 12: UDP socket activation, and combinations that mean nothing are refused.
    @Test(.enabled(if: TestPaths.hasTool("python3"), "needs python3"))
    func execHandsOverAUDPSocket() throws {
        let check = """
        import os, socket, json
        s = socket.socket(fileno=3)
        print(json.dumps({"type": s.type == socket.SOCK_DGRAM, "port": int(os.environ["PORT"]), "bound": s.getsockname()[1], "address": s.getsockname()[0], "fds": os.environ["LISTEN_FDS"]}))
        """
        let result = try CommandRunner.portscope(["pick", "--exec", "--udp", "--", "python3", "-c", check])
        #expect(result.status == 0, "\(result.stderr)")
        let info = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(info["type"] as? Bool == true)
        #expect(info["port"] as? Int == info["bound"] as? Int)
        #expect(info["address"] as? String == "127.0.0.1")
        #expect(info["fds"] as? String == "1")
        for arguments in [["--exec", "--json"], ["--exec", "--hold", "5"], ["--exec", "--tcp", "--udp"], ["--address", "::1"]] {
            let refused = try CommandRunner.portscope(["pick"] + arguments + (arguments.contains("--exec") ? ["--", "true"] : []))
            #expect(refused.status == 64, "\(arguments): \(refused.stderr)")
        }
    }
}
#endif
