import PortscopeSystem

/// The fields portscope needs from `/proc/PID/stat`.
///
/// The second field is `(comm)`, which may itself hold spaces, parentheses and any other byte
/// its process chose, so the line is split at the **last `)` byte** (never by `Character`: a
/// name ending in U+0600 joins the `)` into one grapheme). After it come: state (3), ppid (4),
/// … flags (9), … starttime (22).
public struct ProcStat: Sendable, Equatable {
    /// The state letter (`R`, `S`, `Z`, …) as an ASCII byte.
    public var state: UInt8
    public var parent: Int32
    /// `PF_*` flags; `PF_KTHREAD` (0x00200000) marks kernel threads.
    public var flags: UInt64
    /// Start time in clock ticks since boot: with the pid, it identifies a process even after
    /// the pid is reused.
    public var startTime: UInt64

    public var isKernelThread: Bool { flags & 0x0020_0000 != 0 }

    /// Whether the process has exited (zombie or dead).
    public var hasExited: Bool { state == UInt8(ascii: "Z") || state == UInt8(ascii: "X") || state == UInt8(ascii: "x") }

    public init(state: UInt8, parent: Int32, flags: UInt64, startTime: UInt64) {
        self.state = state
        self.parent = parent
        self.flags = flags
        self.startTime = startTime
    }

    /// Parses the bytes of `/proc/PID/stat`; nil when malformed.
    public static func parse(_ bytes: [UInt8]) -> ProcStat? {
        guard let close = bytes.lastIndex(of: UInt8(ascii: ")")) else { return nil }
        var rest = bytes[(close + 1)...]
        if rest.last == UInt8(ascii: "\n") { rest = rest.dropLast() }
        let fields = rest.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true)
        // fields[0] is field 3 (state); field N is fields[N - 3].
        guard fields.count >= 20, fields[0].count == 1, let state = fields[0].first,
              let parent = ByteText.decimal(fields[1], as: Int32.self),
              let flags = ByteText.decimal(fields[6], as: UInt64.self),
              let start = ByteText.decimal(fields[19], as: UInt64.self) else { return nil }
        return ProcStat(state: state, parent: parent, flags: flags, startTime: start)
    }
}
