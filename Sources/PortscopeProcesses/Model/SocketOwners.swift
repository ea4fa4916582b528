#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PortscopeSystem
import Synchronization

/// Which processes hold which sockets, and what the scan could not see.
public struct SocketOwners: Sendable, Equatable {
    /// Socket inode → pids holding a file descriptor on it (sorted, each pid once).
    public var holders: HolderMap
    /// Processes whose descriptors were read.
    public var processesScanned: Int
    /// Processes whose `/proc/PID/fd` could not be read (EACCES/EPERM: another user, or not dumpable).
    public var processesDenied: Int
    /// The user ids of the processes that could not be read.
    public var deniedUIDs: Set<UInt32>
    /// Processes that exited during the scan.
    public var processesVanished: Int
    /// The start time (`/proc/PID/stat` field 22) of each holder, read together with its
    /// descriptor links: with the pid, the identity of the process that held the sockets.
    public var startTimes: [Int32: UInt64]
    /// Set when the process directory (`/proc`) itself could not be read: no owner is known.
    public var procError: Errno?
    /// procfs's `hidepid=` option when it hides other users' processes from this caller.
    public var hidePID: String?
    /// How the owners were found.
    public var backend: OwnersBackend
    /// Why that backend was used (`--owners`, the host's size, what was missing).
    public var backendReason: String?
    /// Each holder's sockets, when the walk listed them by process (a BPF walk of every
    /// socket); nil otherwise. Kept in step with ``holders`` by ``merge(_:)``.
    public var socketsByHolder: [Int32: [UInt64]]?

    public init(holders: HolderMap = [:], processesScanned: Int = 0, processesDenied: Int = 0, deniedUIDs: Set<UInt32> = [], processesVanished: Int = 0, startTimes: [Int32: UInt64] = [:], backend: OwnersBackend = .procfs) {
        self.backend = backend
        self.startTimes = startTimes
        self.holders = holders
        self.processesScanned = processesScanned
        self.processesDenied = processesDenied
        self.deniedUIDs = deniedUIDs
        self.processesVanished = processesVanished
    }

    /// Merges another partial scan into this one.
    public mutating func merge(_ other: SocketOwners) {
        for (inode, pids) in other.holders {
            for pid in pids { holders.append(pid, to: inode) }
            if socketsByHolder != nil {
                for pid in pids { socketsByHolder![pid, default: []].append(inode) }
            }
        }
        processesScanned += other.processesScanned
        processesDenied += other.processesDenied
        deniedUIDs.formUnion(other.deniedUIDs)
        processesVanished += other.processesVanished
        startTimes.merge(other.startTimes) { first, _ in first }
    }

    /// Counts a process whose `/proc/PID` entries could not be opened, by the errno of the open.
    public mutating func record(failure error: Int32, uid: UInt32) {
        if error == EACCES || error == EPERM {
            processesDenied += 1
            deniedUIDs.insert(uid)
        } else {
            processesVanished += 1 // ENOENT, ESRCH: it exited
        }
    }

    /// The processes holding at least one of `inodes`. With ``socketsByHolder``, each
    /// process's sockets are looked through until one is found (a host has few holders);
    /// otherwise every inode is looked up.
    public func holders(of inodes: Set<UInt64>) -> Set<Int32> {
        var found = Set<Int32>()
        if let socketsByHolder {
            for (pid, sockets) in socketsByHolder where sockets.contains(where: inodes.contains) { found.insert(pid) }
            return found
        }
        var previous: Int32 = -1
        for inode in inodes {
            holders.forEachHolder(of: inode) { pid in
                guard pid != previous else { return }
                found.insert(pid)
                previous = pid
            }
        }
        return found
    }

    /// Sorts and de-duplicates each holder list (most have one holder: left as they are).
    public mutating func normalize() {
        holders.normalize()
    }
}

/// The network namespaces a process table could see.
public struct NamespaceListing: Sendable, Equatable {
    /// Namespace inode → a pid in it.
    public var namespaces: [UInt64: Int32]
    /// Processes whose `/proc/PID/ns/net` could not be read (other users' without root).
    public var unreadable: [Int32]

    public init(namespaces: [UInt64: Int32] = [:], unreadable: [Int32] = []) {
        self.namespaces = namespaces
        self.unreadable = unreadable
    }
}

extension ProcessTable {
    /// Nothing to prepare: the `/proc` walk needs the inodes first.
    public func prepareOwners() {}

    /// Prepares (``prepareOwners()``) but reads nothing ahead: the `/proc` walk is cheaper
    /// once it knows the inodes.
    public func prefetchOwners(for question: OwnersQuestion) -> OwnersPrefetch? {
        prepareOwners()
        return nil
    }

    /// Answers from `prefetched` where a table can; this one walks again.
    public func socketOwners(wanted: Set<UInt64>?, preferredUIDs: Set<UInt32>, prefetched: OwnersPrefetch?) -> SocketOwners {
        socketOwners(wanted: wanted, preferredUIDs: preferredUIDs)
    }

    /// Name, user, command line and container of whatever process `pid` is now.
    public func process(_ pid: Int32) -> ProcessRecord? {
        process(pid, startTime: nil)
    }
}

/// Maps socket inodes to processes, and describes processes.
public protocol ProcessTable: Sendable {
    /// Scans every process for descriptors on `wanted` sockets (nil: on any socket).
    /// Processes of `preferredUIDs` are scanned first; all processes are always scanned, so
    /// every holder of a shared socket is found.
    func socketOwners(wanted: Set<UInt64>?, preferredUIDs: Set<UInt32>) -> SocketOwners

    /// Like ``socketOwners(wanted:preferredUIDs:)``, but stops as soon as every wanted socket
    /// has one holder: cheaper, and enough where a second holder changes nothing (`watch`).
    func firstOwners(wanted: Set<UInt64>, preferredUIDs: Set<UInt32>) -> SocketOwners

    /// Name, user, command line and container of `pid`; nil when it has exited, or when
    /// `startTime` is given and the process now behind `pid` started at another time (the pid
    /// was reused).
    func process(_ pid: Int32, startTime: UInt64?) -> ProcessRecord?

    /// The network namespace of `pid` (the inode of `/proc/PID/ns/net`).
    func networkNamespace(of pid: Int32) -> UInt64?

    /// Every network namespace found in `/proc/*/ns/net`, with one pid in each, and how many
    /// processes' namespaces could not be read.
    func networkNamespaces() -> NamespaceListing

    /// State, parent, flags and start time of `pid` (`/proc/PID/stat`); nil when it has exited.
    func processStat(_ pid: Int32) -> ProcStat?

    /// Does now what the first owner lookup would otherwise do first (choose the walk, load the
    /// BPF program), so that it can run alongside the socket dump.
    func prepareOwners()

    /// Prepares, then, where the walk does not need the sockets listed first (the BPF walk),
    /// walks now, while the caller lists the sockets: only those `question` names if it has
    /// been asked by then, else every socket. Nil when owner lookups will walk on their own.
    /// For one question: a prefetch is as old as its walk.
    func prefetchOwners(for question: OwnersQuestion) -> OwnersPrefetch?

    /// ``socketOwners(wanted:preferredUIDs:)``, answered from `prefetched` when given. A
    /// wanted socket the prefetch's walk could have missed (one it did not look for, or found
    /// no holder of when it began before the sockets were listed and the socket is not known
    /// to be older than the walk) is looked up again: an answer never rests on a walk older
    /// than the socket.
    func socketOwners(wanted: Set<UInt64>?, preferredUIDs: Set<UInt32>, prefetched: OwnersPrefetch?) -> SocketOwners
}

/// The sockets an owner lookup will be about, told to a prefetch (``ProcessTable/prefetchOwners(for:)``)
/// that may not have begun its walk yet.
public final class OwnersQuestion: Sendable {
    private let inodes = Mutex<Set<UInt64>?>(nil)
    /// The caller will ask about (nearly) every socket (`serve`): a walk that begins before
    /// the question decodes every holder at once, alongside the dump, rather than once asked.
    public let wantsEverySocket: Bool
    /// Sockets known to have existed before the question was made (listed by an earlier,
    /// finished dump): a walk that begins later and finds no holder for one saw it unheld.
    public let existedBefore: Set<UInt64>

    public init(wantsEverySocket: Bool = false, existedBefore: Set<UInt64> = []) {
        self.wantsEverySocket = wantsEverySocket
        self.existedBefore = existedBefore
    }

    /// Names the sockets wanted, once they are listed.
    public func ask(_ wanted: Set<UInt64>) {
        inodes.withLock { $0 = wanted }
    }

    /// The sockets named so far; nil while they are being listed.
    public var asked: Set<UInt64>? {
        inodes.withLock { $0 }
    }
}

/// Socket holders read ahead of the question (``ProcessTable/prefetchOwners(for:)``).
public struct OwnersPrefetch: Sendable {
    /// The sockets the walk looked for, when it began after they were listed (a socket among
    /// them with no holder had none); nil when it looked at every socket before the question
    /// was known.
    public let asked: Set<UInt64>?
    /// Sockets that existed before the walk began (``OwnersQuestion/existedBefore``).
    public let existedBefore: Set<UInt64>
    /// The owners of `wanted` (nil: of every socket) as the walk found them (for a question
    /// that wants every socket, those of every socket whatever `wanted`: decoded already).
    public let owners: @Sendable (_ wanted: Set<UInt64>?) -> SocketOwners

    public init(asked: Set<UInt64>?, existedBefore: Set<UInt64> = [], owners: @escaping @Sendable (_ wanted: Set<UInt64>?) -> SocketOwners) {
        self.asked = asked
        self.existedBefore = existedBefore
        self.owners = owners
    }

    /// The wanted sockets this prefetch cannot answer for: not looked for, or, for a walk
    /// that began before the sockets were listed, found without a holder (unless known to be
    /// older than the walk).
    public func unanswered(_ wanted: Set<UInt64>, in owners: SocketOwners) -> Set<UInt64> {
        if let asked { return wanted.subtracting(asked) }
        return wanted.filter { !owners.holders.contains($0) && !existedBefore.contains($0) }
    }
}
