#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PortscopeSystem
import PortscopeTesting
import Testing
@testable import PortscopeProcesses

@Suite struct ProcessTableTests {
    let table = ProcFSProcessTable(root: ProcRoot(TestPaths.inPackage("Tests/PortscopeProcessesTests/Fixtures/proc")), threads: 2)

    @Test func sharedSocketHasEveryHolder() {
        let owners = table.socketOwners(wanted: [5001], preferredUIDs: [33])
        #expect(owners.holders == [5001: [100, 101]])
        #expect(owners.processesVanished == 1) // 102 has no fd directory
        #expect(owners.processesScanned == 3)
        #expect(owners.processesDenied == 0)
    }

    @Test func allSocketsWhenNothingIsWanted() {
        let owners = table.socketOwners(wanted: nil, preferredUIDs: [])
        #expect(owners.holders == [5001: [100, 101], 5002: [100], 5003: [103]])
    }

    @Test func oneThreadAndManyAgree() {
        let single = ProcFSProcessTable(root: table.root, threads: 1).socketOwners(wanted: nil, preferredUIDs: [])
        #expect(single == table.socketOwners(wanted: nil, preferredUIDs: [1000]))
    }

    @Test func processDetails() throws {
        let master = try #require(table.process(100))
        #expect(master.name == "nginx")
        #expect(master.uid == 0)
        #expect(master.user == "root")
        #expect(master.command == ["nginx: master process /usr/sbin/nginx", "-g", "daemon off;"])
        #expect(master.container == Container(runtime: "docker", id: "3f2a1b9c0d1e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a"))
        #expect(master.container?.shortID == "3f2a1b9c0d1e")
        let worker = try #require(table.process(101))
        #expect(worker.container?.runtime == "kubernetes")
        #expect(worker.container?.pod == "6b4f3c2a-1d2e-4f5a-8b9c-0d1e2f3a4b5c")
        let evil = try #require(table.process(103))
        #expect(evil.name == "evil\u{1B}]0;x\u{7}") // kept as data; renderers neutralise it
        #expect(evil.command.isEmpty)
        #expect(table.process(999) == nil)
    }

    @Test func namespaces() {
        #expect(table.networkNamespace(of: 100) == 4026532001)
        #expect(table.ownNetworkNamespace() == 4026531840)
        #expect(table.networkNamespaces() == NamespaceListing(namespaces: [4026532001: 100, 4026531840: 103]))
    }

    #if os(Linux)
    @Test func liveFindsOurOwnSocket() throws {
        let listener = try LoopbackSocket.listener()
        let owners = ProcFSProcessTable().socketOwners(wanted: [listener.inode], preferredUIDs: [geteuid()])
        #expect(owners.holders[listener.inode] == [getpid()])
        let me = try #require(ProcFSProcessTable().process(getpid()))
        #expect(me.uid == getuid())
        #expect(!me.command.isEmpty)
    }
    #endif

    /// Issue #11 case 7: a pid directory too long for a pid (a fixture tree may hold
    /// anything) trapped on overflow; it is skipped.
    @Test func impossiblePidDirectoriesAreSkipped() throws {
        let tree = TemporaryDirectory()
        for name in ["9999999999", "99999999999999999999", "0", "12a"] {
            try tree.write("\(name)/comm", "x\n")
        }
        try tree.write("42/comm", "ok\n")
        let table = ProcFSProcessTable(root: ProcRoot(tree.path), threads: 1)
        let owners = table.socketOwners(wanted: nil, preferredUIDs: [])
        #expect(owners.processesVanished == 1) // 42 has no fd/ directory; the others are not pids
        #expect(owners.holders.isEmpty)
    }
}
