#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PortscopeSystem

/// The user's copy of the IANA registry: `$XDG_DATA_HOME/portscope/registry.txt`
/// (or `~/.local/share/portscope/registry.txt`). When present it takes precedence over the
/// copy built into portscope.
///
/// The copy is read and written only inside a directory the user owns and no one else may
/// write (``OwnedDirectory``), never through a link, and replaced atomically: root running
/// `registry update` with another user's `XDG_DATA_HOME` refuses instead of writing there.
public struct RegistryStore: Sendable {
    /// The directory the copy lives in (`…/portscope`).
    public var directory: String
    /// The file name inside it.
    public var fileName: String

    /// The file the copy lives in.
    public var path: String { directory + "/" + fileName }

    static let hint = "to keep the copy elsewhere, set XDG_DATA_HOME to a directory of yours"

    /// The largest copy portscope reads (IANA's data is about 1 MB encoded).
    public static let sizeLimit = 16 << 20

    public init(directory: String, fileName: String = "registry.txt") {
        self.directory = directory
        self.fileName = fileName
    }

    /// The store for the file at `path`.
    public init(path: String) {
        let slash = path.lastIndex(of: "/") ?? path.startIndex
        self.init(directory: String(path[..<slash]), fileName: String(path[path.index(after: slash)...]))
    }

    /// The store at the XDG location of the current user, or nil when the user has no home
    /// (then there is no stored copy: portscope never falls back to a shared directory).
    public static var `default`: RegistryStore {
        RegistryStore(directory: (dataDirectory() ?? "/nonexistent") + "/portscope")
    }

    /// `$XDG_DATA_HOME`, else `$HOME/.local/share`, else the passwd entry's home.
    static func dataDirectory() -> String? {
        if let xdg = Environment.value("XDG_DATA_HOME"), xdg.hasPrefix("/") { return xdg }
        if let home = Environment.value("HOME"), home.hasPrefix("/") { return home + "/.local/share" }
        if let home = UserDatabase.homeDirectory(of: geteuid()) { return home + "/.local/share" }
        return nil
    }

    /// The stored text, or nil when there is no stored copy.
    public func load() throws(HostError) -> String? {
        let owned: OwnedDirectory
        do {
            owned = try OwnedDirectory.open(directory, create: false)
        } catch {
            if case let .io(_, errno) = error, errno == .noSuchFileOrDirectory { return nil }
            throw .stateDirectory(error, hint: Self.hint)
        }
        do {
            return try owned.read(fileName, limit: Self.sizeLimit).map { String(decoding: $0, as: UTF8.self) }
        } catch {
            throw .stateDirectory(error, hint: Self.hint)
        }
    }

    /// Replaces the stored copy atomically (creating the directory, mode 0700, if needed).
    public func save(_ text: String) throws(HostError) {
        do {
            let owned = try OwnedDirectory.open(directory, create: true)
            try owned.write(fileName, Array(text.utf8), mode: 0o644)
        } catch {
            throw .stateDirectory(error, hint: Self.hint)
        }
    }

    /// Deletes the stored copy; returns false when there was none.
    @discardableResult
    public func remove() throws(HostError) -> Bool {
        do {
            let owned = try OwnedDirectory.open(directory, create: false)
            return try owned.remove(fileName)
        } catch {
            if case let .io(_, errno) = error, errno == .noSuchFileOrDirectory { return false }
            throw .stateDirectory(error, hint: Self.hint)
        }
    }
}
