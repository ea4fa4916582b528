#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PortscopeSystem

/// Ports `portscope pick` handed out recently, shared by every picker of this user.
///
/// A picked port is only held while its picker runs; once the picker exits, another picker
/// could find it free and hand it out again before the first user binds it. This file
/// (`picked-ports` in the ``StateDirectory``: `$XDG_RUNTIME_DIR/portscope/`, or a 0700
/// directory of the user's under `/tmp`) remembers each pick for ``lifetime`` seconds, and
/// pickers skip those ports. Access is serialised with `flock` on `picked-ports.lock`; the
/// file is replaced atomically, never truncated in place, and never opened through a link.
public struct PickReservations: Sendable {
    /// The directory, or nil for the default ``StateDirectory/runtime()``.
    public var directory: String?
    public var lifetime: Int

    public init(directory: String? = nil, lifetime: Int = 60) {
        self.directory = directory
        self.lifetime = lifetime
    }

    static let fileName = "picked-ports"
    static let hint = "set XDG_RUNTIME_DIR to a directory of yours"

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

    /// The reservation directory, checked (see ``OwnedDirectory``).
    public func open() throws(HostError) -> OwnedDirectory {
        do {
            if let directory { return try OwnedDirectory.open(directory, create: true) }
            return try StateDirectory.runtime()
        } catch {
            throw .stateDirectory(error, hint: Self.hint)
        }
    }

    /// Runs `body` with the live reservations while holding the lock; the entries it returns
    /// are added. Throws when there is no trustworthy directory to keep them in.
    public func update(_ body: ([Entry]) throws -> [Entry]) throws -> [Entry] {
        let state = try open()
        do {
            return try state.withLock(Self.fileName + ".lock") {
                let now = Int(time(nil))
                let bytes = try state.read(Self.fileName, limit: 4 << 20) ?? []
                let live = Self.parse(bytes).filter { now - $0.time < lifetime && $0.time <= now + 5 }
                let added = try body(live)
                if added.isEmpty { return [] }
                let all = live + added.map { Entry(port: $0.port, time: now, name: $0.name) }
                try state.write(Self.fileName, Array(Self.format(all).utf8))
                return added
            }
        } catch let error as SystemError {
            throw HostError.stateDirectory(error, hint: Self.hint)
        }
    }

    /// One line per entry: `port time [name]`, the name percent-encoded (names are data: a
    /// newline or space in one cannot make another line or field).
    public static func format(_ entries: [Entry]) -> String {
        entries.map { "\($0.port) \($0.time)\($0.name.map { " " + encode($0) } ?? "")\n" }.joined()
    }

    /// Parses lines of `port time [name]`; bad lines are skipped.
    public static func parse(_ bytes: [UInt8]) -> [Entry] {
        ByteText.lines(bytes).compactMap { line in
            let fields = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
            guard (2...3).contains(fields.count), let port = ByteText.decimal(fields[0], as: UInt16.self),
                  let time = ByteText.decimal(fields[1], as: Int.self) else { return nil }
            if fields.count == 3 {
                guard let name = decode(fields[2]) else { return nil }
                return Entry(port: port, time: time, name: name)
            }
            return Entry(port: port, time: time, name: nil)
        }
    }

    /// Percent-encodes every byte outside `!`…`~` and `%` itself.
    static func encode(_ name: String) -> String {
        var output = ""
        for byte in name.utf8 {
            if byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "%") {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return output
    }

    static func decode(_ field: ArraySlice<UInt8>) -> String? {
        var bytes: [UInt8] = []
        var index = field.startIndex
        while index < field.endIndex {
            let byte = field[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < field.endIndex,
                      let value = ByteText.hexadecimal(field[(index + 1)...(index + 2)], as: UInt8.self) else { return nil }
                bytes.append(value)
                index += 3
            } else {
                guard byte > 0x20, byte < 0x7F else { return nil }
                bytes.append(byte)
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
