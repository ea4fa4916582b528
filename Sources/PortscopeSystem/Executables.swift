/// Finding and running portscope's own executables.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
public enum Executables {
    /// The path of `name` in the directory of the running executable.
    public static func sibling(_ name: String) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let me = length > 0 ? String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        let directory = me.lastIndex(of: "/").map { String(me[..<$0]) } ?? "."
        return directory + "/" + name
    }

    /// The path of the system program `name` (`nft`, `iptables-legacy-save`): the system's
    /// own directories first, so a directory someone else can write early in root's `PATH`
    /// cannot hand portscope a program of theirs; then `PATH`. Nil when none is executable.
    public static func find(_ name: String) -> String? {
        let path = Environment.value("PATH") ?? ""
        let directories = ["/usr/sbin", "/usr/bin", "/sbin", "/bin"] + path.split(separator: ":").map(String.init)
        for directory in directories where !directory.isEmpty {
            let candidate = directory + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Replaces this process with `path` (argv = `arguments`); returns only on failure.
    ///
    /// The corresponding C call is `execv`.
    public static func replaceProcess(with path: String, arguments: [String]) -> Errno {
        TerminalInfo.flushOutput()
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        execv(path, &argv)
        let error = Errno.current
        argv.forEach { free($0) }
        return error
    }
}
