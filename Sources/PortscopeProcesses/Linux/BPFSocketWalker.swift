#if os(Linux)
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CBPFLoader
import PortscopeSystem
import Synchronization

/// Maps sockets to processes with a BPF iterator over every task's open files
/// (BPF/socket_owners.bpf.c, loaded with bpf(2) by CBPFLoader): one read of the
/// iterator instead of a `readlink` per descriptor.
///
/// Loading costs a few milliseconds, once: `serve` and `watch` keep one walker for their
/// lifetime. Any failure (BTF unreadable, the kernel refusing the program) is a reason, never
/// an answer: callers then walk `/proc`.
public final class BPFSocketWalker: Sendable {
    /// The loaded program; the lock also keeps walks from interleaving their filters.
    private let loaded: Mutex<LoadedProgram>

    /// A loaded program, unloaded when dropped. The C handle is kept as its address, so the
    /// value is Sendable and only ever used under the lock.
    struct LoadedProgram: ~Copyable {
        let address: UInt

        var handle: OpaquePointer { OpaquePointer(bitPattern: address)! }

        deinit { portscope_bpf_unload(OpaquePointer(bitPattern: address)) }
    }

    private init(_ program: consuming LoadedProgram) {
        loaded = Mutex(program)
    }

    /// Loads the program, relocated for the kernel whose BTF is at `btf`; a failure says why.
    /// `readBTF` reads the file even where the kernel lets it be mapped (for tests of the path
    /// that kernels before 6.16 take).
    public static func load(btf: String = "/sys/kernel/btf/vmlinux", readBTF: Bool = false) -> Result<BPFSocketWalker, BPFUnavailable> {
        var reason = [CChar](repeating: 0, count: 256)
        let handle = SocketOwnersBPF.object.withUnsafeBytes { object in
            portscope_bpf_load(object.baseAddress, object.count, btf, readBTF ? PORTSCOPE_BPF_READ_BTF : 0, &reason, reason.count)
        }
        guard let handle else { return .failure(BPFUnavailable(reason: text(reason))) }
        return .success(BPFSocketWalker(LoadedProgram(address: UInt(bitPattern: handle))))
    }

    /// Why the program could not be relocated for a kernel whose BTF is `btf`, nil when it
    /// could: what ``load(btf:readBTF:)`` checks before anything reaches the kernel.
    public static func relocationFailure(btf: [UInt8]) -> String? {
        var reason = [CChar](repeating: 0, count: 256)
        let result = SocketOwnersBPF.object.withUnsafeBytes { object in
            btf.withUnsafeBytes { types in
                portscope_bpf_relocate(object.baseAddress, object.count, types.baseAddress, types.count, &reason, reason.count)
            }
        }
        return result == 0 ? nil : text(reason)
    }

    /// A reason the C loader wrote (NUL-terminated).
    private static func text(_ reason: [CChar]) -> String {
        String(decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Every process holding a descriptor on one of `wanted` (nil: on any socket), with the
    /// start times of the holders; nil when the walk failed (the caller walks `/proc`).
    public func owners(wanted: Set<UInt64>?) -> SocketOwners? {
        if wanted?.isEmpty == true { return SocketOwners(backend: .bpf) }
        guard let records = records(filter: wanted) else { return nil }
        return Self.decode(records, wanted: wanted, ticksPerSecond: Self.ticksPerSecond)
    }

    /// One walk's records (see ``decode(_:wanted:ticksPerSecond:)``): of every socket, or of
    /// those `filter` lets through in the kernel (the wanted ones and a few others: the
    /// kernel's filter is a bitmap, and one it could not take lets all through); nil when the
    /// walk failed.
    public func records(filter: Set<UInt64>?) -> [UInt8]? {
        loaded.withLock { program -> [UInt8]? in
            let inodes = filter.map(Array.init) ?? []
            _ = inodes.withUnsafeBufferPointer { portscope_bpf_filter(program.handle, $0.baseAddress, UInt32($0.count)) }
            let fd = portscope_bpf_walk(program.handle)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            return Self.readAll(fd)
        }
    }

    /// Clock ticks per second, the unit of `/proc/PID/stat`'s start times.
    public static let ticksPerSecond = UInt64(max(1, sysconf(Int32(_SC_CLK_TCK))))

    /// Reads the iterator to its end (it hands out whole records per read).
    static func readAll(_ fd: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return nil
            }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// Decodes the iterator's 24-byte records (`u32 tgid, u32 fd, u64 inode, u64 start ns`,
    /// host byte order) into owners (pure). Start times become clock ticks, as `/proc/PID/stat`
    /// counts them.
    public static func decode(_ bytes: [UInt8], wanted: Set<UInt64>?, ticksPerSecond: UInt64) -> SocketOwners {
        var owners = SocketOwners(backend: .bpf)
        let nanosecondsPerTick = 1_000_000_000 / max(1, ticksPerSecond)
        var seen = Set<Int32>()
        // A task's records come together: sets are touched once per task, not per record.
        var lastSeen: Int32?, lastHolder: Int32?
        // Of every socket: each process's sockets too, gathered per run of its records.
        var byHolder: [Int32: [UInt64]] = [:]
        var run: [UInt64] = []
        if wanted == nil { owners.holders.reserveCapacity(bytes.count / 24) }
        // One bit per inode mod 2^19, as in the kernel's filter: a walk of every socket asked
        // about a few is mostly ruled out by a bit test instead of a hash.
        var bits: [UInt64] = []
        if let wanted, bytes.count / 24 > 4 * wanted.count {
            bits = [UInt64](repeating: 0, count: 1 << 13)
            for inode in wanted { bits[Int(inode >> 6) & 0x1FFF] |= 1 << (inode & 63) }
        }
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 24 <= raw.count {
                let tgid = Int32(bitPattern: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                let inode = raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)
                offset += 24
                if tgid != lastSeen {
                    if wanted == nil, let lastSeen, !run.isEmpty {
                        byHolder[lastSeen, default: []] += run
                        run.removeAll(keepingCapacity: true)
                    }
                    seen.insert(tgid)
                    lastSeen = tgid
                }
                if wanted == nil { run.append(inode) }
                if let wanted {
                    if !bits.isEmpty, bits[Int(inode >> 6) & 0x1FFF] & (1 << (inode & 63)) == 0 { continue }
                    if !wanted.contains(inode) { continue }
                }
                owners.holders.append(tgid, to: inode)
                if tgid != lastHolder {
                    owners.startTimes[tgid] = raw.loadUnaligned(fromByteOffset: offset - 8, as: UInt64.self) / nanosecondsPerTick
                    lastHolder = tgid
                }
            }
        }
        if wanted == nil {
            if let lastSeen, !run.isEmpty { byHolder[lastSeen, default: []] += run }
            owners.socketsByHolder = byHolder
        }
        owners.processesScanned = seen.count
        owners.normalize()
        return owners
    }
}

/// Why the BPF walk is not available.
public struct BPFUnavailable: Error, Sendable, Equatable {
    public var reason: String
}
#endif
