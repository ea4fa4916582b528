#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CStdio
import Synchronization

/// Facts about the terminal the process writes to.
public enum TerminalInfo {
    /// Whether standard output is a terminal. The corresponding C call is `isatty`.
    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether standard error is a terminal.
    public static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Whether standard input is a terminal.
    public static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Whether to colour standard output: a terminal, `NO_COLOR` unset, `TERM` not `dumb`.
    public static var wantsColor: Bool {
        stdoutIsTerminal && Environment.value("NO_COLOR") == nil && Environment.value("TERM") != "dumb"
    }

    /// The terminal's width in columns: from the terminal, else `$COLUMNS`, else 100.
    public static var columns: Int {
        var size = winsize()
        if stdoutIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return Environment.value("COLUMNS").flatMap(Int.init) ?? 100
    }

    /// Flushes buffered standard output (before sleeping or exec); false when it could not
    /// be written (a full disk, a closed descriptor).
    @discardableResult
    public static func flushOutput() -> Bool {
        fflush(nil) == 0 && portscope_stdout_error() == 0 && !writeFailed.load(ordering: .relaxed)
    }

    /// Set when an unbuffered write to standard output failed.
    private static let writeFailed = Atomic<Bool>(false)

    /// Set when standard output was closed at start (it is /dev/null since): output is lost.
    private static let stdoutWasClosed = Atomic<Bool>(false)

    /// Why standard output could not be written, or nil when everything written so far
    /// arrived. A closed pipe (EPIPE) is not reported: the reader chose to stop.
    public static func outputFailure() -> Errno? {
        if stdoutWasClosed.load(ordering: .relaxed) { return .badFileDescriptor }
        if portscope_stdout_flush() == 0, portscope_stdout_error() == 0, !writeFailed.load(ordering: .relaxed) { return nil }
        let error = Errno(rawValue: errno)
        return error == .brokenPipe ? nil : (error.rawValue == 0 ? .ioError : error)
    }

    /// Makes sure descriptors 0, 1 and 2 are open (on `/dev/null` when they were closed),
    /// so no descriptor portscope opens later (a netlink socket, a state file) can become
    /// standard output and receive its output.
    ///
    /// The corresponding C calls are `fcntl` and `open`.
    public static func ensureStandardDescriptors() {
        for descriptor in Int32(0)...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            if descriptor == STDOUT_FILENO { stdoutWasClosed.store(true, ordering: .relaxed) }
            let opened = posixOpen("/dev/null", O_RDWR)
            if opened >= 0, opened != descriptor {
                _ = dup2(opened, descriptor)
                close(opened)
            }
        }
    }

    /// Writes `text` to standard output, unbuffered (after flushing anything buffered).
    public static func write(_ text: String) {
        fflush(nil)
        if !writeAll(text, to: STDOUT_FILENO) { writeFailed.store(true, ordering: .relaxed) }
    }

    /// Writes `text` to standard error, unbuffered.
    public static func writeError(_ text: String) {
        _ = writeAll(text, to: STDERR_FILENO)
    }

    private static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { posixWrite(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written <= 0 {
                if written < 0, errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}
