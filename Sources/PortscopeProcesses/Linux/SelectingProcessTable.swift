#if os(Linux)
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import PortscopeSystem
import Synchronization

/// The process table portscope uses: `/proc` for everything, except that socket owners come
/// from the kernel-side BPF walk when `--owners` (or, with `auto`, the host's size) says so
/// and the walk can run. The choice is made, and the program loaded, at the first owner
/// lookup, then kept: `serve` and `watch` pay the load once.
///
/// The BPF walk never changes an answer by failing: any failure falls back to `/proc`, and
/// the owners say which backend answered and why.
public final class SelectingProcessTable: ProcessTable {
    public let procfs: ProcFSProcessTable
    public let choice: OwnersChoice
    private let state = Mutex<State>(.undecided)

    enum State {
        case undecided
        case procfs(reason: String)
        case bpf(BPFSocketWalker, reason: String)
    }

    public init(procfs: ProcFSProcessTable, choice: OwnersChoice) {
        self.procfs = procfs
        self.choice = choice
    }

    /// This host's facts for the decision (I/O: `/proc/self`, the BTF file, `file-nr`).
    public static func conditions(root: ProcRoot) -> BPFConditions {
        var privileged = geteuid() == 0
        if !privileged, let bytes = try? SystemFile.read(root.path("self/status"), sizeHint: 2048),
           let capabilities = ProcStatus.parse(bytes).effectiveCapabilities {
            let bpf: UInt64 = 1 << 39, perfmon: UInt64 = 1 << 38, sysAdmin: UInt64 = 1 << 21
            privileged = capabilities & (bpf | perfmon) == (bpf | perfmon) || capabilities & sysAdmin != 0
        }
        var link = [UInt8](repeating: 0, count: 64)
        let length = readlink("/proc/self/ns/pid", &link, link.count)
        // PROC_PID_INIT_INO: the initial PID namespace's inode number.
        let initial = length > 0 && ProcParsers.namespaceInode(Array(link[..<length])) == 0xEFFF_FFFC
        let btf = Environment.value("PORTSCOPE_BTF_PATH") ?? "/sys/kernel/btf/vmlinux"
        let fileNumbers = (try? SystemFile.readText("/proc/sys/fs/file-nr", sizeHint: 64))?
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).first.flatMap { Int($0) }
        return BPFConditions(privileged: privileged, initialPIDNamespace: initial, realProc: root.path == "/proc",
                             btfPath: btf, btfExists: SystemFile.exists(btf), openFiles: fileNumbers)
    }

    /// The backend in use, deciding (and loading the program) on first use.
    func resolved() -> State {
        state.withLock { state in
            if case .undecided = state {
                let conditions = Self.conditions(root: procfs.root)
                let (backend, reason) = conditions.decide(choice)
                if backend == .bpf {
                    switch BPFSocketWalker.load(btf: conditions.btfPath) {
                    case let .success(walker): state = .bpf(walker, reason: reason)
                    case let .failure(unavailable): state = .procfs(reason: "\(reason), but \(unavailable.reason)")
                    }
                } else {
                    state = .procfs(reason: reason)
                }
            }
            return state
        }
    }

    /// The backend that will answer owner lookups, and why (loads the program if chosen).
    public var backend: (backend: OwnersBackend, reason: String) {
        switch resolved() {
        case let .bpf(_, reason): (.bpf, reason)
        case let .procfs(reason): (.procfs, reason)
        case .undecided: (.procfs, "")
        }
    }

    public func prepareOwners() {
        _ = resolved()
    }

    public func prefetchOwners(for question: OwnersQuestion) -> OwnersPrefetch? {
        guard case let .bpf(walker, reason) = resolved() else { return nil }
        let asked = question.asked
        if asked?.isEmpty == true { return OwnersPrefetch(asked: [], owners: { _ in SocketOwners(backend: .bpf) }) }
        guard let records = walker.records(filter: asked) else { return nil }
        let ticks = BPFSocketWalker.ticksPerSecond
        if asked == nil, question.wantsEverySocket {
            var decoded = BPFSocketWalker.decode(records, wanted: nil, ticksPerSecond: ticks)
            decoded.backendReason = reason
            let owners = decoded
            return OwnersPrefetch(asked: nil, existedBefore: question.existedBefore) { _ in owners }
        }
        return OwnersPrefetch(asked: asked, existedBefore: question.existedBefore) { wanted in
            var owners = BPFSocketWalker.decode(records, wanted: wanted, ticksPerSecond: ticks)
            owners.backendReason = reason
            return owners
        }
    }

    public func socketOwners(wanted: Set<UInt64>?, preferredUIDs: Set<UInt32>, prefetched: OwnersPrefetch?) -> SocketOwners {
        guard let prefetched, let wanted else { return socketOwners(wanted: wanted, preferredUIDs: preferredUIDs) }
        var owners = prefetched.owners(wanted)
        let unanswered = prefetched.unanswered(wanted, in: owners)
        guard !unanswered.isEmpty else { return owners }
        // Not looked for, or perhaps made after the walk passed its holder: a walk now says.
        let again = socketOwners(wanted: unanswered, preferredUIDs: preferredUIDs)
        guard again.backend == owners.backend else {
            return socketOwners(wanted: wanted, preferredUIDs: preferredUIDs)
        }
        for (inode, pids) in again.holders {
            owners.holders[inode] = pids
            for pid in pids {
                owners.startTimes[pid] = again.startTimes[pid]
                if owners.socketsByHolder != nil { owners.socketsByHolder![pid, default: []].append(inode) }
            }
        }
        return owners
    }

    public func socketOwners(wanted: Set<UInt64>?, preferredUIDs: Set<UInt32>) -> SocketOwners {
        owners(wanted: wanted) { procfs.socketOwners(wanted: wanted, preferredUIDs: preferredUIDs) }
    }

    public func firstOwners(wanted: Set<UInt64>, preferredUIDs: Set<UInt32>) -> SocketOwners {
        owners(wanted: wanted) { procfs.firstOwners(wanted: wanted, preferredUIDs: preferredUIDs) }
    }

    private func owners(wanted: Set<UInt64>?, walkingProc: () -> SocketOwners) -> SocketOwners {
        var reason: String
        switch resolved() {
        case let .bpf(walker, why):
            if var owners = walker.owners(wanted: wanted) {
                owners.backendReason = why
                return owners
            }
            reason = "\(why), but the BPF walk failed"
        case let .procfs(why):
            reason = why
        case .undecided:
            reason = ""
        }
        var owners = walkingProc()
        owners.backend = .procfs
        owners.backendReason = reason
        return owners
    }

    public func process(_ pid: Int32, startTime: UInt64?) -> ProcessRecord? { procfs.process(pid, startTime: startTime) }
    public func networkNamespace(of pid: Int32) -> UInt64? { procfs.networkNamespace(of: pid) }
    public func networkNamespaces() -> NamespaceListing { procfs.networkNamespaces() }
    public func processStat(_ pid: Int32) -> ProcStat? { procfs.processStat(pid) }
}
#endif
