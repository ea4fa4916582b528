import PortscopeSystem

/// Pure parsers for the per-process files under `/proc/PID/`. They work on bytes: names,
/// command lines and cgroup paths are chosen by whoever runs the process.
public enum ProcParsers {
    /// The inode in a descriptor link's target, `socket:[12345]` → 12345; nil for anything else.
    public static func socketInode(_ link: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let prefix: StaticString = "socket:["
        let prefixCount = prefix.utf8CodeUnitCount
        guard link.count > prefixCount + 1, link[link.count - 1] == UInt8(ascii: "]") else { return nil }
        let matches = prefix.withUTF8Buffer { expected in
            (0..<prefixCount).allSatisfy { link[$0] == expected[$0] }
        }
        guard matches, link.count - 1 - prefixCount <= 20 else { return nil }
        var value: UInt64 = 0
        for index in prefixCount..<(link.count - 1) {
            let digit = link[index]
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
        }
        return value
    }

    /// The inode in a namespace link, `net:[4026531840]` → 4026531840.
    public static func namespaceInode(_ link: [UInt8]) -> UInt64? {
        guard let open = link.firstIndex(of: UInt8(ascii: "[")), link.last == UInt8(ascii: "]"), open + 1 < link.count - 1 else { return nil }
        return ByteText.decimal(link[(open + 1)..<(link.count - 1)], as: UInt64.self)
    }

    /// argv from `/proc/PID/cmdline`: NUL-separated, usually NUL-terminated.
    public static func commandLine(_ bytes: [UInt8]) -> [String] {
        var parts = bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    /// The real uid from `/proc/PID/status` (`Uid:\treal\teffective\tsaved\tfs`).
    public static func realUID(status: [UInt8]) -> UInt32? {
        ProcStatus.parse(status).realUID
    }

    /// The path of `/proc/PID/exe`'s target, and whether the kernel marked it ` (deleted)`
    /// (the file was removed or replaced after the process started it).
    public static func executable(_ link: [UInt8]) -> (path: String, deleted: Bool) {
        let marker = Array(" (deleted)".utf8)
        if link.count > marker.count, Array(link.suffix(marker.count)) == marker {
            return (String(decoding: link.dropLast(marker.count), as: UTF8.self), true)
        }
        return (String(decoding: link, as: UTF8.self), false)
    }

    /// `/proc/PID/comm` without its newline.
    public static func name(comm: [UInt8]) -> String {
        var bytes = comm[...]
        if bytes.last == 10 { bytes = bytes.dropLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The fields portscope needs from `/proc/PID/status`.
public struct ProcStatus: Sendable, Equatable {
    /// `Uid:` real uid.
    public var realUID: UInt32?
    /// `NSpid:`: the pid in each PID namespace the process is in, outermost first; the last is
    /// its pid inside its own namespace (1 for a namespace's init). Empty when absent (kernels
    /// before 4.1).
    public var namespacePIDs: [Int32]
    /// `CapEff:` effective capabilities.
    public var effectiveCapabilities: UInt64?

    public init(realUID: UInt32? = nil, namespacePIDs: [Int32] = [], effectiveCapabilities: UInt64? = nil) {
        self.realUID = realUID
        self.namespacePIDs = namespacePIDs
        self.effectiveCapabilities = effectiveCapabilities
    }

    /// Whether the process is the init (pid 1) of a PID namespace: the host's or a container's.
    /// Killing it tears down every process of that namespace.
    public var isNamespaceInit: Bool { namespacePIDs.last == 1 }

    /// Parses the bytes of `/proc/PID/status`. Unknown or malformed lines are ignored.
    public static func parse(_ bytes: [UInt8]) -> ProcStatus {
        var status = ProcStatus()
        for line in ByteText.lines(bytes) {
            if ByteText.hasPrefix(line, "Uid:") {
                status.realUID = ByteText.fields(line.dropFirst(4)).first.flatMap { ByteText.decimal($0, as: UInt32.self) }
            } else if ByteText.hasPrefix(line, "NSpid:") {
                let values = ByteText.fields(line.dropFirst(6)).map { ByteText.decimal($0, as: Int32.self) }
                status.namespacePIDs = values.contains(nil) ? [] : values.compactMap { $0 }
            } else if ByteText.hasPrefix(line, "CapEff:") {
                status.effectiveCapabilities = ByteText.fields(line.dropFirst(7)).first.flatMap { ByteText.hexadecimal($0, as: UInt64.self) }
            }
        }
        return status
    }
}
