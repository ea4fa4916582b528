/// A directory that only the calling user can change, held open by its descriptor.
///
/// portscope runs as root, and its state files live in places other users can reach (`/tmp`
/// when nothing better exists). Every file here is opened relative to the directory's
/// descriptor with `O_NOFOLLOW`, so no path is resolved twice and no symbolic link is followed;
/// files are replaced through a temporary created with `O_EXCL` and `renameat`, never truncated
/// in place. A directory is trusted only when it is a real directory (not a link), owned by
/// the caller's effective uid, and not writable by its group or others.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
public struct OwnedDirectory: ~Copyable {
    /// The path it was opened by (for messages).
    public let path: String
    /// The open directory.
    public let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Opens `path` as a trusted directory, creating it (and missing parents) with mode 0700
    /// when `create` is set. The last component is never followed if it is a link.
    ///
    /// The corresponding C calls are `mkdir`, `open` (with `O_NOFOLLOW | O_DIRECTORY`) and `fstat`.
    public static func open(_ path: String, create: Bool) throws(SystemError) -> OwnedDirectory {
        guard path.hasPrefix("/") else { throw .untrustedDirectory(path: path, reason: "it is not an absolute path") }
        if create {
            try makeParents(of: path)
            if mkdir(path, 0o700) != 0, errno != EEXIST { throw .io(path: path, errno: .current) }
        }
        let fd = posixOpen(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw failure(opening: path) }
        let directory = OwnedDirectory(path: path, descriptor: fd)
        try directory.verify()
        return directory
    }

    /// Opens (or with `create`, creates with mode 0700) the directory `name` inside this one,
    /// with the same checks.
    public func subdirectory(_ name: String, create: Bool) throws(SystemError) -> OwnedDirectory {
        try Self.checkName(name, in: path)
        let childPath = path + "/" + name
        if create, mkdirat(descriptor, name, 0o700) != 0, errno != EEXIST {
            throw .io(path: childPath, errno: .current)
        }
        let fd = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw Self.failure(opening: childPath) }
        let directory = OwnedDirectory(path: childPath, descriptor: fd)
        try directory.verify()
        return directory
    }

    /// The whole content of the regular file `name`, or nil when there is none. Links, FIFOs
    /// and devices are refused; more than `limit` bytes is an error.
    public func read(_ name: String, limit: Int) throws(SystemError) -> [UInt8]? {
        try Self.checkName(name, in: path)
        let fd = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw Self.failure(opening: path + "/" + name)
        }
        defer { close(fd) }
        try Self.requireRegularFile(fd, path: path + "/" + name)
        do {
            return try SystemFile.readAll(fd, sizeHint: 64 * 1024, limit: limit)
        } catch {
            throw .io(path: path + "/" + name, errno: error)
        }
    }

    /// Replaces `name` with `bytes` atomically: a new temporary (`O_EXCL`, unpredictable
    /// name) in this directory, written and synced, then renamed over `name`.
    ///
    /// The corresponding C calls are `openat`, `write`, `fsync` and `renameat`.
    public func write(_ name: String, _ bytes: [UInt8], mode: mode_t = 0o600) throws(SystemError) {
        try Self.checkName(name, in: path)
        var generator = SystemRandomNumberGenerator()
        var temporary = ""
        var fd: Int32 = -1
        for _ in 0..<16 {
            temporary = ".\(name).tmp-\(String(generator.next() as UInt64, radix: 36))"
            fd = openat(descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw .io(path: path + "/" + name, errno: .current) }
        do throws(SystemError) {
            defer { close(fd) }
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { posixWrite(fd, $0.baseAddress! + offset, $0.count - offset) }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw SystemError.io(path: path + "/" + name, errno: .current)
                }
                offset += written
            }
            if fsync(fd) != 0 { throw SystemError.io(path: path + "/" + name, errno: .current) }
            if renameat(descriptor, temporary, descriptor, name) != 0 { throw SystemError.io(path: path + "/" + name, errno: .current) }
        } catch {
            unlinkat(descriptor, temporary, 0)
            throw error
        }
    }

    /// Removes `name` (never what a link points at); false when there was nothing to remove.
    public func remove(_ name: String) throws(SystemError) -> Bool {
        try Self.checkName(name, in: path)
        if unlinkat(descriptor, name, 0) == 0 { return true }
        if errno == ENOENT { return false }
        throw .io(path: path + "/" + name, errno: .current)
    }

    /// Runs `body` while holding an exclusive `flock` on the regular file `name` (created
    /// empty when missing); the lock is released when `body` returns or throws.
    public func withLock<T>(_ name: String, _ body: () throws -> T) throws -> T {
        try Self.checkName(name, in: path)
        let fd = openat(descriptor, name, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Self.failure(opening: path + "/" + name) }
        defer { close(fd) } // releases the lock
        try Self.requireRegularFile(fd, path: path + "/" + name)
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw SystemError.io(path: path + "/" + name, errno: .current) }
        }
        return try body()
    }

    /// Checks the open directory is owned by the caller and writable by no one else.
    private func verify() throws(SystemError) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .io(path: path, errno: .current) }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw .untrustedDirectory(path: path, reason: "it is not a directory")
        }
        guard info.st_uid == geteuid() else {
            throw .untrustedDirectory(path: path, reason: "it belongs to uid \(info.st_uid), not to this user (uid \(geteuid()))")
        }
        guard info.st_mode & 0o022 == 0 else {
            throw .untrustedDirectory(path: path, reason: "its group or other users may write to it (mode \(String(info.st_mode & 0o7777, radix: 8)))")
        }
    }

    private static func requireRegularFile(_ fd: Int32, path: String) throws(SystemError) {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .io(path: path, errno: .current) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .untrustedDirectory(path: path, reason: "it is not a regular file")
        }
    }

    private static func checkName(_ name: String, in path: String) throws(SystemError) {
        guard !name.isEmpty, name != ".", name != "..", !name.utf8.contains(UInt8(ascii: "/")), !name.utf8.contains(0) else {
            throw .untrustedDirectory(path: path + "/" + name, reason: "not a plain file name")
        }
    }

    /// The error for a failed `open` of a path that must be a real directory or file.
    private static func failure(opening path: String) -> SystemError {
        let error = Errno.current
        if error == .tooManySymbolicLinkLevels || error == .notDirectory {
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
                return .untrustedDirectory(path: path, reason: "it is a symbolic link")
            }
            return .untrustedDirectory(path: path, reason: error == .notDirectory ? "it is not a directory" : "it is a symbolic link")
        }
        return .io(path: path, errno: error)
    }

    /// Creates the missing parents of `path` (mode 0700), like `mkdir -p`.
    private static func makeParents(of path: String) throws(SystemError) {
        var prefix = ""
        let components = path.split(separator: "/")
        for component in components.dropLast() {
            prefix += "/" + component
            if mkdir(prefix, 0o700) != 0, errno != EEXIST { throw .io(path: prefix, errno: .current) }
        }
    }
}

/// Where portscope keeps per-user runtime state (``PickReservations``): a directory only the
/// user can own.
public enum StateDirectory {
    /// `$XDG_RUNTIME_DIR/portscope`, else `/run/user/UID/portscope` when that directory exists
    /// and is the user's, else `$TMPDIR/portscope-UID` (or `/tmp/portscope-UID`), created
    /// with mode 0700. Each candidate must pass ``OwnedDirectory``'s checks; when the last
    /// one does not (another user created it first), this throws instead of using it.
    public static func runtime() throws(SystemError) -> OwnedDirectory {
        let uid = geteuid()
        for base in [Environment.value("XDG_RUNTIME_DIR"), "/run/user/\(uid)"].compactMap({ $0 }) where base.hasPrefix("/") {
            guard let directory = try? OwnedDirectory.open(base, create: false) else { continue }
            if let state = try? directory.subdirectory("portscope", create: true) { return state }
        }
        let temporary = Environment.value("TMPDIR").flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        let trimmed = temporary.count > 1 && temporary.hasSuffix("/") ? String(temporary.dropLast()) : temporary
        do {
            return try OwnedDirectory.open(trimmed + "/portscope-\(uid)", create: true)
        } catch let .untrustedDirectory(path, reason) {
            throw .untrustedDirectory(path: path, reason: reason + "; remove it if it is not yours")
        }
    }
}

/// Errors of the system helpers.
public enum SystemError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A directory or file failed the ownership checks (or is a link): nothing was written.
    case untrustedDirectory(path: String, reason: String)
    /// A system call on `path` failed.
    case io(path: String, errno: Errno)

    public var description: String {
        switch self {
        case let .untrustedDirectory(path, reason):
            return "refusing to use \(path): \(reason)"
        case let .io(path, errno):
            return "\(path): \(errno)"
        }
    }
}
