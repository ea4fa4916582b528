/// The terminal in full-screen mode: alternate screen, no cursor, keys read one at a time.
/// Owned by the thread that draws; not shared.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
public final class RawTerminal {
    private var saved = termios()
    private var active = false

    public init() {}

    /// Switches to raw input and the alternate screen. The corresponding C calls are
    /// `tcgetattr` and `tcsetattr`.
    public func enter() {
        guard !active, tcgetattr(STDIN_FILENO, &saved) == 0 else { return }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        TerminalInfo.write("\u{1B}[?1049h\u{1B}[?25l")
        active = true
    }

    /// Restores the terminal as it was.
    public func leave() {
        guard active else { return }
        TerminalInfo.write("\u{1B}[?25h\u{1B}[?1049l")
        tcsetattr(STDIN_FILENO, TCSANOW, &saved)
        active = false
    }

    /// Waits up to `seconds` for a key; returns it, or nil on timeout.
    public func readKey(timeout seconds: Double) -> UInt8? {
        var poller = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(max(0, seconds * 1000))) > 0 else { return nil }
        var byte: UInt8 = 0
        return read(STDIN_FILENO, &byte, 1) == 1 ? byte : nil
    }

    /// Replaces the screen with `lines` (cursor home, each line cleared to its end).
    public func draw(_ lines: [String]) {
        var frame = "\u{1B}[H"
        for line in lines { frame += line + "\u{1B}[K\r\n" }
        frame += "\u{1B}[J"
        TerminalInfo.write(frame)
    }

    /// The terminal's size (columns, rows).
    public static func size() -> (columns: Int, rows: Int) {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 {
            return (Int(size.ws_col), Int(size.ws_row))
        }
        return (80, 24)
    }

    deinit {
        leave()
    }
}
