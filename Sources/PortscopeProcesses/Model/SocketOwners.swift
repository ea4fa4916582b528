#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PortscopeSystem

/// Which processes hold which sockets, and what the scan could not see.
public struct SocketOwners: Sendable, Equatable {
    /// Socket inode → pids holding a file descriptor on it (sorted, each pid once).
    public var holders: [UInt64: [Int32]]
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

    public init(holders: [UInt64: [Int32]] = [:], processesScanned: Int = 0, processesDenied: Int = 0, deniedUIDs: Set<UInt32> = [], processesVanished: Int = 0, startTimes: [Int32: UInt64] = [:], backend: OwnersBackend = .procfs) {
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
            holders[inode, default: []] += pids
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

    /// Sorts and de-duplicates each holder list (most have one holder: left as they are).
    public mutating func normalize() {
        for index in holders.indices where holders.values[index].count > 1 {
            holders.values[index].sort()
            var unique: [Int32] = []
            unique.reserveCapacity(holders.values[index].count)
            for pid in holders.values[index] where unique.last != pid { unique.append(pid) }
            holders.values[index] = unique
        }
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
}
