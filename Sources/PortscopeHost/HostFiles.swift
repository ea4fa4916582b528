import PortscopeSystem

/// Reads files the user names (such as a CSV given to `registry update`).
public enum HostFiles {
    /// Reads the whole file at `path` as UTF-8 text.
    public static func readText(_ path: String) throws(HostError) -> String {
        do {
            return try SystemFile.readText(path, sizeHint: 1 << 20)
        } catch {
            throw .unreadable(path: path, errno: error)
        }
    }
}
