/// Pure parsers for the per-process files under `/proc/PID/`.
public enum ProcParsers {
    /// The inode in a descriptor link's target, `socket:[12345]` → 12345; nil for anything else.
    public static func socketInode(_ link: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let prefix: [UInt8] = Array("socket:[".utf8)
        guard link.count > prefix.count + 1, link[link.count - 1] == UInt8(ascii: "]") else { return nil }
        for index in 0..<prefix.count where link[index] != prefix[index] { return nil }
        var value: UInt64 = 0
        for index in prefix.count..<(link.count - 1) {
            let digit = link[index]
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
            value = value &* 10 &+ UInt64(digit - UInt8(ascii: "0"))
        }
        return value
    }

    /// The inode in a namespace link, `net:[4026531840]` → 4026531840.
    public static func namespaceInode(_ link: String) -> UInt64? {
        guard let open = link.firstIndex(of: "["), link.hasSuffix("]") else { return nil }
        return UInt64(link[link.index(after: open)..<link.index(before: link.endIndex)])
    }

    /// argv from `/proc/PID/cmdline`: NUL-separated, usually NUL-terminated.
    public static func commandLine(_ bytes: [UInt8]) -> [String] {
        var parts = bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    /// The real uid from `/proc/PID/status` (`Uid:\treal\teffective\tsaved\tfs`).
    public static func realUID(status: String) -> UInt32? {
        for line in status.split(separator: "\n") where line.hasPrefix("Uid:") {
            return line.split(whereSeparator: { $0 == "\t" || $0 == " " }).dropFirst().first.flatMap { UInt32($0) }
        }
        return nil
    }

    /// `/proc/PID/comm` without its newline.
    public static func name(comm: [UInt8]) -> String {
        var bytes = comm[...]
        if bytes.last == 10 { bytes = bytes.dropLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
