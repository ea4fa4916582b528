#if os(Linux)
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import PortscopeSystem
import Synchronization

/// Maps sockets to processes by reading `/proc/PID/fd`, as `ss -p` and `lsof` do, but faster:
/// descriptor links are read with `readlinkat` on the fd directory (no path built or walked
/// per descriptor), several threads share the process list, and names and command lines are
/// read only for the processes that matched.
///
/// Processes that exit mid-scan (ENOENT/ESRCH) are skipped; unreadable ones (EACCES/EPERM)
/// are counted with their owners, so callers can say what was hidden.
public struct ProcFSProcessTable: ProcessTable {
    public var root: ProcRoot
    /// Worker threads for the descriptor walk.
    public var threads: Int
    private let users = UserNames()

    public init(root: ProcRoot = .default, threads: Int = ProcFSProcessTable.defaultThreads) {
        self.root = root
        self.threads = max(1, threads)
    }

    /// One thread per online CPU, at most 4 (the walk is bound by the kernel's procfs locks
    /// beyond that).
    public static var defaultThreads: Int {
        min(4, max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
    }

    public func socketOwners(wanted: Set<UInt64>?, preferredUIDs: Set<UInt32>) -> SocketOwners {
        scanOwners(wanted: wanted, preferredUIDs: preferredUIDs, stopWhenAllFound: false)
    }

    public func firstOwners(wanted: Set<UInt64>, preferredUIDs: Set<UInt32>) -> SocketOwners {
        scanOwners(wanted: wanted, preferredUIDs: preferredUIDs, stopWhenAllFound: true)
    }

    func scanOwners(wanted: Set<UInt64>?, preferredUIDs: Set<UInt32>, stopWhenAllFound: Bool) -> SocketOwners {
        let procFD = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard procFD >= 0 else {
            var owners = SocketOwners()
            owners.procError = .current
            return owners
        }
        defer { close(procFD) }
        var processes = listProcesses(procFD)
        // Likely holders first: processes of the sockets' owners.
        if !preferredUIDs.isEmpty {
            processes.sort { a, b in
                let pa = preferredUIDs.contains(a.uid)
                let pb = preferredUIDs.contains(b.uid)
                return pa != pb ? pa : a.pid < b.pid
            }
        }
        let next = Atomic<Int>(0)
        let found = Atomic<Int>(0)
        let goal = stopWhenAllFound ? (wanted?.count ?? Int.max) : Int.max
        let workers = min(threads, max(1, processes.count))
        // Each worker writes only its own slot.
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<SocketOwners>.allocate(capacity: workers)
        results.initialize(repeating: SocketOwners())
        defer {
            // The slots hold dictionaries: release them before the memory (this leaked once).
            _ = results.deinitialize()
            results.deallocate()
        }
        let list = processes
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var local = SocketOwners()
            var link = [UInt8](repeating: 0, count: 64)
            while found.load(ordering: .relaxed) < goal {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < list.count else { break }
                let before = local.holders.count
                scan(list[index], procFD: procFD, wanted: wanted, link: &link, into: &local)
                // Counts sockets new to this worker; another worker may count the same one,
                // which only makes the early stop a little later, never wrong.
                if local.holders.count > before { found.wrappingAdd(local.holders.count - before, ordering: .relaxed) }
            }
            results[worker] = local
        }
        var owners = SocketOwners()
        for partial in results { owners.merge(partial) }
        owners.normalize()
        if geteuid() != 0, let mountInfo = try? SystemFile.read(root.path("self/mountinfo"), sizeHint: 8192) {
            owners.hidePID = MountInfoParser.hidePID(mountInfo, mountPoint: root.path)
        }
        return owners
    }

    /// A process to scan: its pid and the owner of its `/proc/PID` directory.
    struct Candidate {
        var pid: Int32
        var uid: UInt32
    }

    /// Every numeric entry of `/proc`, with the uid that owns it.
    func listProcesses(_ procFD: Int32) -> [Candidate] {
        let dupFD = dup(procFD)
        guard dupFD >= 0, let directory = fdopendir(dupFD) else { return [] }
        defer { closedir(directory) }
        var result: [Candidate] = []
        while let entry = readdir(directory) {
            let pid: Int32? = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: 256) { name in
                    var length = 0
                    while length < 256, name[length] != 0 { length += 1 }
                    // Digits only, and a value a pid can have (a fixture tree may hold anything).
                    return ByteText.decimal(UnsafeBufferPointer(start: name, count: length), as: Int32.self).flatMap { $0 > 0 ? $0 : nil }
                }
            }
            guard let pid else { continue }
            var info = stat()
            let uid = fstatat(procFD, String(pid), &info, 0) == 0 ? info.st_uid : UInt32.max
            result.append(Candidate(pid: pid, uid: uid))
        }
        return result
    }

    /// Reads every descriptor link of one process, and binds what it found to the process's
    /// identity: its start time is read through the same `/proc/PID` directory descriptor
    /// right after the links, so a pid reused in between cannot lend its start time to them.
    func scan(_ candidate: Candidate, procFD: Int32, wanted: Set<UInt64>?, link: inout [UInt8], into owners: inout SocketOwners) {
        let processDirectory = openat(procFD, String(candidate.pid), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
        guard processDirectory >= 0 else {
            owners.record(failure: errno, uid: candidate.uid)
            return
        }
        defer { close(processDirectory) }
        let fdDirectory = openat(processDirectory, "fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fdDirectory >= 0 else {
            owners.record(failure: errno, uid: candidate.uid)
            return
        }
        guard let directory = fdopendir(fdDirectory) else {
            close(fdDirectory)
            owners.processesVanished += 1
            return
        }
        defer { closedir(directory) }
        var denied = false
        var matched: [UInt64] = []
        link.withUnsafeMutableBufferPointer { buffer in
            while let entry = readdir(directory) {
                let length = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: 256) { name -> Int in
                        if name[0] == 46 { return 0 } // "." and ".."
                        return readlinkat(fdDirectory, name, buffer.baseAddress!, buffer.count)
                    }
                }
                guard length > 0 else {
                    // The directory opened but its links are refused (a security module,
                    // or a process that became non-dumpable): count it as unreadable.
                    if length < 0, errno == EACCES || errno == EPERM { denied = true }
                    continue
                }
                guard let inode = ProcParsers.socketInode(UnsafeBufferPointer(rebasing: buffer[0..<length])) else { continue }
                if wanted?.contains(inode) ?? true {
                    matched.append(inode)
                }
            }
        }
        if !matched.isEmpty {
            // The identity, read through the same directory descriptor: if the process has
            // exited since its links were read, this fails and its matches are not kept.
            guard let bytes = try? SystemFile.read(relativeTo: processDirectory, "stat", sizeHint: 512),
                  let stat = ProcStat.parse(bytes) else {
                owners.processesVanished += 1
                return
            }
            owners.startTimes[candidate.pid] = stat.startTime
            for inode in matched { owners.holders.append(candidate.pid, to: inode) }
        }
        if denied {
            owners.processesDenied += 1
            owners.deniedUIDs.insert(candidate.uid)
        } else {
            owners.processesScanned += 1
        }
    }

    public func process(_ pid: Int32, startTime: UInt64?) -> ProcessRecord? {
        let directory = openat(AT_FDCWD, root.path(String(pid)), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { return nil }
        defer { close(directory) }
        // Every file below is read through this descriptor: they all describe one process,
        // even if the pid is reused meanwhile (reads then fail instead).
        let stat = (try? SystemFile.read(relativeTo: directory, "stat", sizeHint: 512)).flatMap(ProcStat.parse)
        if let startTime, stat?.startTime != startTime { return nil }
        guard let comm = try? SystemFile.read(relativeTo: directory, "comm", sizeHint: 64) else { return nil }
        var record = ProcessRecord(pid: pid, name: ProcParsers.name(comm: comm))
        record.startTime = stat?.startTime
        if let bytes = try? SystemFile.read(relativeTo: directory, "status", sizeHint: 2048) {
            let status = ProcStatus.parse(bytes)
            record.uid = status.realUID
            record.user = record.uid.flatMap(users.name)
            record.namespacePIDs = status.namespacePIDs
        }
        if let cmdline = try? SystemFile.read(relativeTo: directory, "cmdline", sizeHint: 512) {
            record.command = ProcParsers.commandLine(cmdline)
            record.forwardsTo = ProxyTarget.dockerProxy(record.command)
        }
        if let cgroup = try? SystemFile.read(relativeTo: directory, "cgroup", sizeHint: 512) {
            record.container = CgroupParser.container(fromCgroup: cgroup)
            record.unit = SystemdUnitParser.unit(fromCgroup: cgroup)
        }
        record.pidNamespace = readNamespace(directory, "ns/pid")
        if let exe = readLink(directory, "exe") {
            (record.executable, record.executableDeleted) = ProcParsers.executable(exe)
        }
        return record
    }

    /// The target of a symbolic link under a `/proc/PID` directory, as bytes, nil when it
    /// cannot be read.
    private func readLink(_ directory: Int32, _ path: String) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let length = readlinkat(directory, path, &buffer, buffer.count)
        guard length > 0 else { return nil }
        return Array(buffer[..<length])
    }

    public func processStat(_ pid: Int32) -> ProcStat? {
        guard let bytes = try? SystemFile.read(root.path("\(pid)/stat"), sizeHint: 512) else { return nil }
        return ProcStat.parse(bytes)
    }

    public func networkNamespace(of pid: Int32) -> UInt64? {
        readNamespace(AT_FDCWD, root.path("\(pid)/ns/net"))
    }

    /// The caller's own network namespace.
    public func ownNetworkNamespace() -> UInt64? {
        readNamespace(AT_FDCWD, root.path("self/ns/net"))
    }

    public func networkNamespaces() -> NamespaceListing {
        let procFD = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard procFD >= 0 else { return NamespaceListing() }
        defer { close(procFD) }
        var listing = NamespaceListing()
        for candidate in listProcesses(procFD).sorted(by: { $0.pid < $1.pid }) {
            var buffer = [UInt8](repeating: 0, count: 64)
            let length = readlinkat(procFD, "\(candidate.pid)/ns/net", &buffer, buffer.count)
            guard length > 0 else {
                if errno == EACCES || errno == EPERM { listing.unreadable.append(candidate.pid) }
                continue // ENOENT: it exited, or a kernel thread's
            }
            if let namespace = ProcParsers.namespaceInode(Array(buffer[0..<length])), listing.namespaces[namespace] == nil {
                listing.namespaces[namespace] = candidate.pid
            }
        }
        return listing
    }

    private func readNamespace(_ directory: Int32, _ path: String) -> UInt64? {
        var buffer = [UInt8](repeating: 0, count: 64)
        let length = readlinkat(directory, path, &buffer, buffer.count)
        guard length > 0 else { return nil }
        return ProcParsers.namespaceInode(Array(buffer[0..<length]))
    }
}

/// Builds the process table for this OS.
public enum ProcessTables {
    /// `/proc` for processes; for socket owners, the BPF walk or `/proc` as `owners` says
    /// (nil: `PORTSCOPE_OWNERS`, else `auto`).
    public static func system(owners: OwnersChoice? = nil) -> any ProcessTable {
        SelectingProcessTable(procfs: ProcFSProcessTable(), choice: owners ?? .fromEnvironment(Environment.value("PORTSCOPE_OWNERS")))
    }
}
#endif
