import PortscopeSystem

/// The user's copy of the IANA registry: `$XDG_DATA_HOME/portscope/registry.txt`
/// (or `~/.local/share/portscope/registry.txt`). When present it takes precedence over the
/// copy built into portscope.
public struct RegistryStore: Sendable {
    /// The file the copy lives in.
    public var path: String

    public init(path: String) {
        self.path = path
    }

    /// The store at the XDG location of the current user.
    public static var `default`: RegistryStore {
        RegistryStore(path: dataDirectory() + "/portscope/registry.txt")
    }

    /// `$XDG_DATA_HOME`, else `$HOME/.local/share`, else the passwd entry's home.
    static func dataDirectory() -> String {
        if let xdg = Environment.value("XDG_DATA_HOME"), xdg.hasPrefix("/") { return xdg }
        if let home = Environment.value("HOME") { return home + "/.local/share" }
        if let entry = getpwuid(geteuid()), let dir = entry.pointee.pw_dir {
            return String(cString: dir) + "/.local/share"
        }
        return "/tmp"
    }

    /// The stored text, or nil when there is no stored copy.
    public func load() throws(HostError) -> String? {
        do {
            return try SystemFile.readText(path, sizeHint: 1 << 20)
        } catch {
            if error == .noSuchFileOrDirectory { return nil }
            throw .unreadable(path: path, errno: error)
        }
    }

    /// Replaces the stored copy atomically.
    public func save(_ text: String) throws(HostError) {
        do {
            try SystemFile.writeAtomically(Array(text.utf8), to: path)
        } catch {
            throw .unwritable(path: path, errno: error)
        }
    }

    /// Deletes the stored copy; returns false when there was none.
    @discardableResult
    public func remove() throws(HostError) -> Bool {
        guard SystemFile.exists(path) else { return false }
        do {
            try SystemFile.remove(path)
        } catch {
            throw .unwritable(path: path, errno: error)
        }
        return true
    }
}
