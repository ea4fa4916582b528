import Foundation
@testable import PortscopeProcesses
import PortscopeTesting
import Testing

/// Issue #16: the BPF descriptor walk: when it is chosen, how its records decode, that the
/// committed object is built from the committed source, and that it finds what `/proc` finds.
struct BPFWalkTests {
    static func conditions(privileged: Bool = true, initial: Bool = true, realProc: Bool = true, btf: Bool = true, files: Int? = 50_000) -> BPFConditions {
        BPFConditions(privileged: privileged, initialPIDNamespace: initial, realProc: realProc, btfPath: "/sys/kernel/btf/vmlinux", btfExists: btf, openFiles: files)
    }

    @Test func theChoiceFollowsTheHostAndTheOption() {
        #expect(Self.conditions().decide(.auto).backend == .bpf)
        let small = Self.conditions(files: 1_200).decide(.auto)
        #expect(small.backend == .procfs && small.reason.contains("1200 open files"), "\(small.reason)")
        #expect(Self.conditions(files: 1_200).decide(.bpf).backend == .bpf, "forced, whatever the size")
        #expect(Self.conditions().decide(.procfs) == (.procfs, "--owners procfs"))
        let cases: [(BPFConditions, String)] = [
            (Self.conditions(privileged: false), "not root"),
            (Self.conditions(initial: false), "PID namespace"),
            (Self.conditions(realProc: false), "fixture"),
            (Self.conditions(btf: false), "BTF"),
        ]
        for (conditions, words) in cases {
            for choice in [OwnersChoice.auto, .bpf] {
                let decision = conditions.decide(choice)
                #expect(decision.backend == .procfs && decision.reason.contains(words), "\(choice): \(decision.reason)")
            }
        }
        #expect(Self.conditions(files: nil).decide(.auto).backend == .procfs)
        #expect(OwnersChoice.fromEnvironment("bpf") == .bpf && OwnersChoice.fromEnvironment("nonsense") == .auto && OwnersChoice.fromEnvironment(nil) == .auto)
    }

    /// Records as the iterator writes them: tgid, fd, inode, start (ns since boot).
    static func record(_ tgid: UInt32, _ fd: UInt32, _ inode: UInt64, _ start: UInt64) -> [UInt8] {
        withUnsafeBytes(of: tgid) { Array($0) } + withUnsafeBytes(of: fd) { Array($0) }
            + withUnsafeBytes(of: inode) { Array($0) } + withUnsafeBytes(of: start) { Array($0) }
    }

    @Test func recordsDecodeIntoOwners() {
        let bytes = Self.record(100, 3, 7001, 12_340_000_000) + Self.record(100, 4, 7002, 12_340_000_000)
            + Self.record(200, 5, 7001, 99_990_000_000) + Self.record(300, 6, 8000, 1) + [1, 2, 3] // a torn tail is ignored
        let all = BPFSocketWalker.decode(bytes, wanted: nil, ticksPerSecond: 100)
        #expect(all.holders == [7001: [100, 200], 7002: [100], 8000: [300]])
        #expect(all.startTimes[100] == 1_234 && all.startTimes[200] == 9_999, "ns since boot in clock ticks, as /proc/PID/stat")
        #expect(all.backend == .bpf && all.processesScanned == 3)
        let some = BPFSocketWalker.decode(bytes, wanted: [7001], ticksPerSecond: 100)
        #expect(some.holders == [7001: [100, 200]])
        #expect(some.startTimes[300] == nil)
    }

    /// A walk of every socket asked about a few: a bitmap rules most records out, and an inode
    /// that shares a wanted one's bit (2^19 apart) is still not taken for it.
    @Test func aLargeWalkIsFilteredExactly() {
        var bytes: [UInt8] = []
        for inode in UInt64(1)...2_000 { bytes += Self.record(UInt32(inode % 7 + 10), UInt32(inode), inode, 0) }
        bytes += Self.record(99, 3, 5 + (1 << 19), 0) + Self.record(98, 4, 1_500, 0)
        let owners = BPFSocketWalker.decode(bytes, wanted: [5, 1_500, 123_456], ticksPerSecond: 100)
        #expect(owners.holders == [5: [15], 1_500: [12, 98].sorted()])
        #expect(owners.processesScanned == 9)
    }

    /// A walk of every socket lists each process's sockets too, so the holders of a dump's
    /// sockets are found per process; the answer is the one every inode's lookup gives, also
    /// after another scan is merged in.
    @Test func holdersOfTheDumpedSocketsAreFoundPerProcess() {
        var bytes: [UInt8] = []
        for inode in UInt64(1)...3_000 { bytes += Self.record(UInt32(inode % 13 + 100), UInt32(inode), inode, 0) }
        bytes += Self.record(200, 3, 50_000, 0) + Self.record(201, 3, 1_500, 0) + Self.record(200, 4, 2_999, 0)
        var indexed = BPFSocketWalker.decode(bytes, wanted: nil, ticksPerSecond: 100)
        #expect(indexed.socketsByHolder?[200]?.sorted() == [2_999, 50_000])
        var plain = indexed
        plain.socketsByHolder = nil
        for wanted: Set<UInt64> in [[], [50_000], [1_500, 7], Set((1...3_000).map { UInt64($0) }), [4_000_000]] {
            #expect(indexed.holders(of: wanted) == plain.holders(of: wanted), "\(wanted.count) wanted")
        }
        #expect(indexed.holders(of: [50_000]) == [200])
        #expect(indexed.holders(of: [1_500]) == Set<Int32>([1_500 % 13 + 100, 201]))
        // A socket found by a later lookup is merged in with its holder.
        indexed.merge(SocketOwners(holders: [60_000: [300]]))
        plain.merge(SocketOwners(holders: [60_000: [300]]))
        #expect(indexed.holders(of: [60_000]) == [300])
        #expect(indexed.holders(of: [60_000]) == plain.holders(of: [60_000]))
        #expect(BPFSocketWalker.decode(bytes, wanted: [1], ticksPerSecond: 100).socketsByHolder == nil, "a filtered walk keeps no index")
    }

    /// The committed object was compiled from the committed source: the source's hash is the
    /// one recorded, and where a BPF compiler exists the build script reproduces it.
    @Test func theCommittedObjectMatchesItsSource() throws {
        let hash = try CommandRunner.run("/usr/bin/env", ["sha256sum", TestPaths.inPackage("BPF/socket_owners.bpf.c")])
        #expect(hash.stdout.split(separator: " ").first.map(String.init) == SocketOwnersBPF.sourceSHA256,
                "BPF/socket_owners.bpf.c changed: run scripts/build-bpf.sh")
        #expect(Array(SocketOwnersBPF.object.prefix(4)) == [0x7f, 0x45, 0x4c, 0x46], "an ELF object")
        let clang = try CommandRunner.run("/usr/bin/env", ["sh", "-c", "clang -print-targets 2>/dev/null | grep -q ' bpf ' && command -v llvm-objcopy"])
        if clang.status == 0 {
            let check = try CommandRunner.run(TestPaths.inPackage("scripts/build-bpf.sh"), ["--check"])
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        }
    }

    /// On this machine, as root with BTF: the BPF walk and the `/proc` walk find the
    /// same holders for this test's own sockets (a forked pair, and a socket passed with
    /// SCM_RIGHTS), with the same start times; with the kernel's BTF mapped, and read as
    /// kernels before 6.16 need.
    @Test(.enabled(if: runningAsRoot && FileManager.default.fileExists(atPath: "/sys/kernel/btf/vmlinux"), "needs root and kernel BTF"),
          arguments: [false, true])
    func bpfAndProcfsAgreeOnRealHolders(readBTF: Bool) throws {
        let walker: BPFSocketWalker
        switch BPFSocketWalker.load(readBTF: readBTF) {
        case let .success(loaded): walker = loaded
        case let .failure(unavailable):
            // A root host with BTF whose kernel refuses the program (a kernel built without
            // BPF iterators): the fallback tests cover it.
            withKnownIssue("the BPF walk is unavailable: \(unavailable.reason)") { throw unavailable }
            return
        }
        let (forked, pair) = try HelperProcess.start(HelperProcess.forkedListener)
        defer { forked.signal(SIGKILL) }
        let (passed, receiver) = try HelperProcess.start(HelperProcess.passedListener)
        defer { passed.signal(SIGKILL) }
        let pids = Set([pair["parent"], pair["child"], receiver["parent"], receiver["receiver"]].compactMap { ($0 as? Int).map(Int32.init) })
        let procfs = ProcFSProcessTable().socketOwners(wanted: nil, preferredUIDs: [])
        let bpf = try #require(walker.owners(wanted: nil))
        func ours(_ owners: SocketOwners) -> [UInt64: [Int32]] {
            Dictionary(uniqueKeysWithValues: owners.holders.filter { !Set($0.value).isDisjoint(with: pids) }.map { ($0.key, $0.value.filter(pids.contains)) })
        }
        #expect(!ours(procfs).isEmpty)
        #expect(ours(bpf) == ours(procfs))
        for pid in pids { #expect(bpf.startTimes[pid] == procfs.startTimes[pid], "start time of \(pid)") }
        // Filtered in the kernel: only the inodes asked about, the same holders.
        let wanted = Set(ours(procfs).keys)
        let filtered = try #require(walker.owners(wanted: wanted))
        #expect(Set(filtered.holders.keys) == wanted)
        #expect(ours(filtered) == ours(procfs))
        #expect(try #require(walker.owners(wanted: [])).holders.isEmpty)
    }

    /// A socket's inode (`socket:[N]`), from `fstat` on its descriptor.
    static func inode(_ socket: LoopbackSocket) throws -> UInt64 {
        var info = stat()
        guard fstat(socket.fd, &info) == 0 else { throw BPFUnavailable(reason: "fstat failed") }
        return UInt64(info.st_ino)
    }

    /// A prefetch answers only for what its walk could see: a socket made after the walk (or
    /// one the question did not name) is looked up again, never said to have no holder.
    @Test(.enabled(if: runningAsRoot && FileManager.default.fileExists(atPath: "/sys/kernel/btf/vmlinux"), "needs root and kernel BTF"))
    func aPrefetchNeverAnswersForASocketMadeAfterItsWalk() throws {
        let table = SelectingProcessTable(procfs: ProcFSProcessTable(), choice: .bpf)
        guard table.backend.backend == .bpf else {
            withKnownIssue("the BPF walk is unavailable") { throw BPFUnavailable(reason: table.backend.reason) }
            return
        }
        let me = getpid()
        let before = try LoopbackSocket.listener(address: "127.0.0.1")
        // Not yet asked: the walk reads every socket's holders.
        let prefetch = try #require(table.prefetchOwners(for: OwnersQuestion()))
        #expect(prefetch.asked == nil)
        let after = try LoopbackSocket.listener(address: "127.0.0.1")
        let (old, new) = (try Self.inode(before), try Self.inode(after))
        #expect(prefetch.owners([old, new]).holders == [old: [me]], "the walk saw the first socket only")
        let owners = table.socketOwners(wanted: [old, new], preferredUIDs: [], prefetched: prefetch)
        #expect(owners.holders == [old: [me], new: [me]], "the second is looked up again")
        #expect(owners.backend == .bpf)
        #expect(owners.startTimes[me] != nil)

        // Asked before the walk began: it looks for the named sockets only, and a socket the
        // question did not name is looked up again.
        let question = OwnersQuestion()
        question.ask([old])
        let filtered = try #require(table.prefetchOwners(for: question))
        #expect(filtered.asked == [old])
        #expect(filtered.unanswered([old, new], in: filtered.owners([old, new])) == [new])
        #expect(table.socketOwners(wanted: [old, new], preferredUIDs: [], prefetched: filtered).holders == [old: [me], new: [me]])

        // A question that wants every socket (serve) gets every holder decoded at once; a
        // socket it names as older than the walk and finds unheld is not looked up again.
        let everything = OwnersQuestion(wantsEverySocket: true, existedBefore: [old, 1])
        let eager = try #require(table.prefetchOwners(for: everything))
        let third = try LoopbackSocket.listener(address: "127.0.0.1")
        let thirdInode = try Self.inode(third)
        #expect(eager.owners(nil).holders[old] == [me] && eager.owners(nil).holders[new] == [me])
        #expect(eager.unanswered([old, new, thirdInode, 1], in: eager.owners(nil)) == [thirdInode])
        let all = table.socketOwners(wanted: [old, new, thirdInode], preferredUIDs: [], prefetched: eager)
        #expect(all.holders[thirdInode] == [me], "made after the walk: looked up again")

        // Asked about nothing: nothing is walked.
        let nothing = OwnersQuestion()
        nothing.ask([])
        #expect(table.prefetchOwners(for: nothing)?.owners(nil).holders.isEmpty == true)
    }

    /// Which wanted sockets a prefetch cannot answer for (pure).
    @Test func theUnansweredAreTheUnseenOrTheUnasked() {
        let found = SocketOwners(holders: [1: [10], 2: [20]])
        let early = OwnersPrefetch(asked: nil) { _ in found }
        #expect(early.unanswered([1, 2, 3], in: found) == [3], "no holder, and the walk began before the sockets were listed")
        let late = OwnersPrefetch(asked: [1, 2, 3]) { _ in found }
        #expect(late.unanswered([1, 2, 3], in: found).isEmpty, "3 had no holder when the walk looked for it")
        #expect(late.unanswered([1, 4], in: found) == [4], "4 was not looked for")
        let older = OwnersPrefetch(asked: nil, existedBefore: [3]) { _ in found }
        #expect(older.unanswered([1, 2, 3, 4], in: found) == [4], "3 existed before the walk began and had no holder")
    }
}
