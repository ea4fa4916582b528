/// The fields portscope needs from `/proc/PID/stat`.
///
/// The second field is `(comm)`, which may itself hold spaces and parentheses, so the line is
/// split at the **last** `)`. After it come: state (3), ppid (4), … flags (9), … starttime (22).
public struct ProcStat: Sendable, Equatable {
    public var state: Character
    public var parent: Int32
    /// `PF_*` flags; `PF_KTHREAD` (0x00200000) marks kernel threads.
    public var flags: UInt64
    /// Start time in clock ticks since boot: with the pid, it identifies a process even after
    /// the pid is reused.
    public var startTime: UInt64

    public var isKernelThread: Bool { flags & 0x0020_0000 != 0 }

    public init(state: Character, parent: Int32, flags: UInt64, startTime: UInt64) {
        self.state = state
        self.parent = parent
        self.flags = flags
        self.startTime = startTime
    }

    /// Parses the text of `/proc/PID/stat`; nil when malformed.
    public static func parse(_ text: String) -> ProcStat? {
        guard let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ", omittingEmptySubsequences: true)
        // fields[0] is field 3 (state); field N is fields[N - 3].
        guard fields.count >= 20, let state = fields[0].first, let parent = Int32(fields[1]),
              let flags = UInt64(fields[6]), let start = UInt64(fields[19]) else { return nil }
        return ProcStat(state: state, parent: parent, flags: flags, startTime: start)
    }
}
