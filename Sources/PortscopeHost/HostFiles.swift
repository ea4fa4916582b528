#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PortscopeSystem

/// Reads files the user names (a CSV given to `registry update`, a ports list for `audit`).
public enum HostFiles {
    /// Reads the whole regular file at `path` as UTF-8 text; more than `limit` bytes, a
    /// directory, FIFO or device is an error.
    public static func readText(_ path: String, limit: Int = 16 << 20) throws(HostError) -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw .inputFile(path: path, reason: .errno(.current)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .inputFile(path: path, reason: .errno(.current)) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .inputFile(path: path, reason: .notRegular) }
        guard Int(info.st_size) <= limit else { throw .inputFile(path: path, reason: .tooLarge(limit: limit)) }
        do {
            return String(decoding: try SystemFile.readAll(fd, sizeHint: Int(info.st_size) + 1, limit: limit), as: UTF8.self)
        } catch {
            throw .inputFile(path: path, reason: error == .fileTooLarge ? .tooLarge(limit: limit) : .errno(error))
        }
    }

    /// Writes `bytes` to the file `path` names (relative to the working directory, or
    /// absolute), atomically and never through a link: the directory must be the caller's own
    /// and not writable by others (``OwnedDirectory``), the file is replaced by a new one with
    /// `mode`. A link at `path` is replaced, never followed.
    public static func writeOwned(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o644) throws(HostError) {
        var absolute = path
        if !absolute.hasPrefix("/") {
            guard let cwd = SystemFile.workingDirectory() else { throw .outputFile(path: path, .io(path: ".", errno: .current)) }
            absolute = (cwd == "/" ? "" : cwd) + "/" + path
        }
        guard let slash = absolute.lastIndex(of: "/"), absolute.index(after: slash) < absolute.endIndex else {
            throw .outputFile(path: path, .io(path: path, errno: .isDirectory))
        }
        let directoryPath = slash == absolute.startIndex ? "/" : String(absolute[..<slash])
        let name = String(absolute[absolute.index(after: slash)...])
        do {
            let directory = try OwnedDirectory.open(directoryPath, create: false)
            try directory.write(name, bytes, mode: mode)
        } catch {
            throw .outputFile(path: path, error)
        }
    }
}
