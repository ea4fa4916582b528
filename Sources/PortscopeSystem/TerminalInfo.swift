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

    /// Flushes buffered standard output (before sleeping or exec).
    public static func flushOutput() {
        fflush(nil)
    }

    /// Writes `text` to standard output, unbuffered (after flushing anything buffered).
    public static func write(_ text: String) {
        fflush(nil)
        writeAll(text, to: STDOUT_FILENO)
    }

    /// Writes `text` to standard error, unbuffered.
    public static func writeError(_ text: String) {
        writeAll(text, to: STDERR_FILENO)
    }

    private static func writeAll(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { posixWrite(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written <= 0 {
                if written < 0, errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
