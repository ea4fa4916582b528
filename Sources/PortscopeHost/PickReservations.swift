import PortscopeSystem

/// Ports `portscope pick` handed out recently, shared by every picker of this user.
///
/// A picked port is only held while its picker runs; once the picker exits, another picker
/// could find it free and hand it out again before the first user binds it. This file (under
/// `$XDG_RUNTIME_DIR/portscope/`, or `/tmp/portscope-UID/`) remembers each pick for
/// ``lifetime`` seconds, and pickers skip those ports. Access is serialised with `flock`.
public struct PickReservations: Sendable {
    public var path: String
    public var lifetime: Int

    public init(path: String = PickReservations.defaultPath, lifetime: Int = 60) {
        self.path = path
        self.lifetime = lifetime
    }

    public static var defaultPath: String {
        if let runtime = Environment.value("XDG_RUNTIME_DIR"), runtime.hasPrefix("/") {
            return runtime + "/portscope/picked-ports"
        }
        return "/tmp/portscope-\(ProcessID.effectiveUser)/picked-ports"
    }

    /// One remembered pick.
    public struct Entry: Sendable, Equatable {
        public var port: UInt16
        public var time: Int
        /// The `--name` it was picked for, if any (the same name may take it again).
        public var name: String?

        public init(port: UInt16, time: Int, name: String?) {
            self.port = port
            self.time = time
            self.name = name
        }
    }

    /// Runs `body` with the live reservations while holding the lock; the entries it returns
    /// are added. Without a usable file, `body` runs with none (picks still hold their sockets).
    public func update(_ body: ([Entry]) throws -> [Entry]) rethrows -> [Entry] {
        let directory = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        try? SystemFile.makeDirectories(directory)
        chmod(directory, 0o700)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return try body([]) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0, errno == EINTR {}
        let now = Int(time(nil))
        let text = (try? SystemFile.readText("/proc/self/fd/\(fd)")) ?? ""
        let live = Self.parse(text).filter { now - $0.time < lifetime && $0.time <= now + 5 }
        let added = try body(live)
        let all = live + added.map { Entry(port: $0.port, time: now, name: $0.name) }
        let output = all.map { "\($0.port) \($0.time)\($0.name.map { " " + $0 } ?? "")" }.joined(separator: "\n") + "\n"
        ftruncate(fd, 0)
        _ = output.utf8CString.withUnsafeBufferPointer { pwrite(fd, $0.baseAddress, $0.count - 1, 0) }
        return added
    }

    /// Parses lines of `port time [name]`; bad lines are skipped.
    public static func parse(_ text: String) -> [Entry] {
        text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ", maxSplits: 2)
            guard fields.count >= 2, let port = UInt16(fields[0]), let time = Int(fields[1]) else { return nil }
            return Entry(port: port, time: time, name: fields.count == 3 ? String(fields[2]) : nil)
        }
    }
}
