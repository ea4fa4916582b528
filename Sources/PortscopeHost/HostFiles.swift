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
}
