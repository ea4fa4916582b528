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
        #expect(ProcParsers.namespaceInode("net:[4026531840]") == 4026531840)
        #expect(ProcParsers.namespaceInode("net:4026531840") == nil)
        #expect(ProcParsers.commandLine(Array("a\0b c\0\0".utf8)) == ["a", "b c", ""])
        #expect(ProcParsers.commandLine([]) == [])
        #expect(ProcParsers.realUID(status: "Name:\tx\nUid:\t1000\t0\t0\t0\n") == 1000)
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
        let container = try #require(CgroupParser.container(fromCgroup: cgroup))
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
        #expect(CgroupParser.container(fromCgroup: cgroup) == nil)
    }
}
