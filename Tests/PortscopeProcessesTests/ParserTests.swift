import Testing
@testable import PortscopeProcesses

@Suite struct ParserTests {
    @Test func socketLinks() {
        func inode(_ text: String) -> UInt64? { Array(text.utf8).withUnsafeBufferPointer { ProcParsers.socketInode($0) } }
        #expect(inode("socket:[12345]") == 12345)
        #expect(inode("socket:[]") == nil)
        #expect(inode("socket:[12a]") == nil)
        #expect(inode("pipe:[12345]") == nil)
        #expect(inode("/dev/null") == nil)
        #expect(inode("anon_inode:[eventfd]") == nil)
    }

    @Test func otherParsers() {
        #expect(ProcParsers.namespaceInode(Array("net:[4026531840]".utf8)) == 4026531840)
        #expect(ProcParsers.namespaceInode(Array("net:4026531840".utf8)) == nil)
        #expect(ProcParsers.namespaceInode(Array("net:[]".utf8)) == nil)
        #expect(ProcParsers.namespaceInode(Array("net:[99999999999999999999999]".utf8)) == nil)
        #expect(ProcParsers.commandLine(Array("a\0b c\0\0".utf8)) == ["a", "b c", ""])
        #expect(ProcParsers.commandLine([]) == [])
        #expect(ProcParsers.realUID(status: Array("Name:\tx\nUid:\t1000\t0\t0\t0\n".utf8)) == 1000)
        #expect(ProcParsers.name(comm: Array("bash\n".utf8)) == "bash")
    }

    @Test(arguments: [
        ("0::/system.slice/docker-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.scope", "docker", nil as String?),
        ("12:memory:/docker/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "docker", nil),
        ("0::/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod1b2c3d4e_5f6a_7b8c_9d0e_1f2a3b4c5d6e.slice/cri-containerd-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.scope", "containerd", "1b2c3d4e-5f6a-7b8c-9d0e-1f2a3b4c5d6e"),
        ("0::/machine.slice/libpod-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.scope/container", "podman", nil),
        ("0::/kubepods.slice/kubepods-pod1b2c3d4e_5f6a_7b8c_9d0e_1f2a3b4c5d6e.slice/crio-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.scope", "cri-o", "1b2c3d4e-5f6a-7b8c-9d0e-1f2a3b4c5d6e"),
    ])
    func containers(cgroup: String, runtime: String, pod: String?) throws {
        let container = try #require(CgroupParser.container(fromCgroup: Array(cgroup.utf8)))
        #expect(container.runtime == runtime)
        #expect(container.id == "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
        #expect(container.pod == pod)
    }

    @Test(arguments: [
        "0::/user.slice/user-1000.slice/session-2.scope",
        "0::/",
        "0::/machine.slice/libpod-conmon-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.scope",
        "0::/system.slice/docker.service",
    ])
    func notContainers(cgroup: String) {
        #expect(CgroupParser.container(fromCgroup: Array(cgroup.utf8)) == nil)
    }

    /// `/proc/PID/stat` is split at the last `)` byte: a name ending in a character that joins
    /// the `)` into one grapheme (U+0600, a prepended concatenation mark) hid the whole line.
    @Test(arguments: ["srv\u{0600}", "a) b (c", "x\u{0301}", "\u{1B}[2J", "sp ace", "))))", "é\u{200D}"])
    func statWithHostileNames(name: String) throws {
        let line = "4242 (\(name)) S 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000 10 18446744073709551615 1 1 0 0 0 0 0 4096 0 0 0 0 17 1 0 0 0 0 0\n"
        let stat = try #require(ProcStat.parse(Array(line.utf8)))
        #expect(stat.state == UInt8(ascii: "S"))
        #expect(stat.parent == 1)
        #expect(stat.flags == 4194560)
        #expect(stat.startTime == 987654)
        #expect(!stat.isKernelThread)
    }

    @Test func statMalformed() {
        #expect(ProcStat.parse(Array("4242 (x S 1".utf8)) == nil)
        #expect(ProcStat.parse(Array("4242 (x) S 1 2 3".utf8)) == nil)
        #expect(ProcStat.parse([]) == nil)
        // A start time too large for 64 bits is malformed, not a trap.
        let huge = "1 (x) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 99999999999999999999999 0 0\n"
        #expect(ProcStat.parse(Array(huge.utf8)) == nil)
        // Zombies are exited.
        #expect(ProcStat.parse(Array("9 (z) Z 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 5 0 0\n".utf8))?.hasExited == true)
    }

    @Test func statusFields() {
        let status = ProcStatus.parse(Array("Name:\tsh\u{0600}\nUid:\t1000\t1000\t1000\t1000\nNSpid:\t31337\t1\nCapEff:\t000001ffffffffff\n".utf8))
        #expect(status.realUID == 1000)
        #expect(status.namespacePIDs == [31337, 1])
        #expect(status.isNamespaceInit)
        #expect(status.effectiveCapabilities == 0x1ff_ffff_ffff)
        #expect(!ProcStatus.parse(Array("NSpid:\t31337\n".utf8)).isNamespaceInit)
        #expect(ProcStatus.parse(Array("NSpid:\t1\n".utf8)).isNamespaceInit)
        #expect(ProcStatus.parse(Array("Uid:\t-1\n".utf8)).realUID == nil)
    }

    /// A cgroup name ending in U+0600 no longer glues itself to the next `/`.
    @Test func cgroupPathsSplitAsBytes() throws {
        let id = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
        let path = "0::/user.slice/evil\u{0600}/docker-\(id).scope\n"
        let container = try #require(CgroupParser.container(fromCgroup: Array(path.utf8)))
        #expect(container.id == id)
        #expect(CgroupParser.container(fromCgroup: [0xFF, 0xFE, 0x3A, 0x3A, 0x2F]) == nil)
    }
}
