#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage

/// Whole-file reads for small files (`/proc`, `/proc/sys`, config). Writes go through
/// ``OwnedDirectory``.
///
/// `/proc` files report a size of 0, so reads loop until end of file instead of trusting
/// `stat`. `EINTR` is retried by swift-system.
public enum SystemFile {
    /// Reads the whole file at `path`.
    ///
    /// The corresponding C calls are `open`, `read` and `close`.
    public static func read(_ path: String, sizeHint: Int = 4096) throws(Errno) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Errno.current }
        defer { close(fd) }
        return try readAll(fd, sizeHint: sizeHint)
    }

    /// Reads the whole file `name` in the directory open as `directory`, never through a
    /// symbolic link.
    ///
    /// The corresponding C calls are `openat` (with `O_NOFOLLOW`), `read` and `close`.
    public static func read(relativeTo directory: Int32, _ name: String, sizeHint: Int = 4096, limit: Int = 64 << 20) throws(Errno) -> [UInt8] {
        let fd = openat(directory, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw Errno.current }
        defer { close(fd) }
        return try readAll(fd, sizeHint: sizeHint, limit: limit)
    }

    /// Reads `fd` to its end; more than `limit` bytes is `EFBIG`.
    public static func readAll(_ fd: Int32, sizeHint: Int = 4096, limit: Int = 64 << 20) throws(Errno) -> [UInt8] {
        var bytes: [UInt8] = []
        var capacity = max(sizeHint, 512)
        var count = 0
        while true {
            if count == capacity || bytes.isEmpty {
                if !bytes.isEmpty { capacity = min(capacity * 2, count + (64 << 20)) }
                bytes.append(contentsOf: repeatElement(0, count: capacity - bytes.count))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                posixRead(fd, buffer.baseAddress! + count, capacity - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw Errno.current
            }
            if got == 0 { break }
            count += got
            if count > limit { throw Errno.fileTooLarge }
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// Reads the whole file at `path` as UTF-8 text (invalid bytes become U+FFFD).
    public static func readText(_ path: String, sizeHint: Int = 4096) throws(Errno) -> String {
        String(decoding: try read(path, sizeHint: sizeHint), as: UTF8.self)
    }

    /// Whether a file exists at `path`.
    public static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// The working directory's absolute path, nil when it cannot be named (deleted, too long).
    /// The corresponding C call is `getcwd`.
    public static func workingDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: 4097)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// This host's name (`uname -n`); empty when it cannot be read.
    /// The corresponding C call is `gethostname`.
    public static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

extension Errno {
    /// The calling thread's `errno`.
    public static var current: Errno { Errno(rawValue: errno) }
}

/// `open(2)` without creation, named apart from methods called `open`.
func posixOpen(_ path: String, _ flags: Int32) -> Int32 {
    open(path, flags)
}

/// `read(2)`, named apart from ``SystemFile/read(_:sizeHint:)``.
func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// `write(2)`, named apart from methods called `write`.
func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
