/// How socket inodes are mapped to processes: by reading every `/proc/PID/fd` (`procfs`), or
/// by a BPF iterator that walks every task's descriptors inside the kernel (`bpf`).
public enum OwnersBackend: String, Sendable, CaseIterable, Hashable {
    case procfs
    case bpf
}

/// What `--owners` asks for: one backend, or the cheaper one for this host (`auto`).
public enum OwnersChoice: String, Sendable, CaseIterable, Hashable {
    case auto
    case procfs
    case bpf

    /// `PORTSCOPE_OWNERS`, else `auto`.
    public static func fromEnvironment(_ value: String?) -> OwnersChoice {
        value.flatMap(OwnersChoice.init(rawValue:)) ?? .auto
    }
}

/// The facts that decide whether the BPF walk can run and pays off (pure, so the decision is
/// tested on fixtures).
public struct BPFConditions: Sendable, Equatable {
    /// Root, or CAP_BPF and CAP_PERFMON (or CAP_SYS_ADMIN) in the effective set.
    public var privileged: Bool
    /// portscope is in the initial PID namespace (the iterator reports the host's pids).
    public var initialPIDNamespace: Bool
    /// `/proc` is the real one (not `PORTSCOPE_PROC_ROOT` fixtures).
    public var realProc: Bool
    /// The kernel's BTF exists (`/sys/kernel/btf/vmlinux`, or `PORTSCOPE_BTF_PATH`).
    public var btfPath: String
    public var btfExists: Bool
    /// Open files on the host (`/proc/sys/fs/file-nr`, first field), nil when unreadable.
    public var openFiles: Int?

    public init(privileged: Bool, initialPIDNamespace: Bool, realProc: Bool, btfPath: String, btfExists: Bool, openFiles: Int?) {
        self.privileged = privileged
        self.initialPIDNamespace = initialPIDNamespace
        self.realProc = realProc
        self.btfPath = btfPath
        self.btfExists = btfExists
        self.openFiles = openFiles
    }

    /// Below this many open files on the host, loading the program (about 1.5 ms, and the
    /// walk's fixed costs) costs more than the `/proc` walk it replaces: the two cross at about
    /// 2,000 (docs/benchmarks.md, "BPF descriptor walk, fourth pass").
    public static let autoThreshold = 2_500

    /// Why the BPF walk cannot run here, nil when it can (whether the kernel takes the
    /// program is known only when it is loaded).
    public var blocker: String? {
        if !realProc { return "/proc is a fixture tree (PORTSCOPE_PROC_ROOT)" }
        if !privileged { return "not root (the BPF walk needs root, or CAP_BPF and CAP_PERFMON)" }
        if !initialPIDNamespace { return "portscope runs in a PID namespace other than the host's" }
        if !btfExists { return "the kernel's BTF (\(btfPath)) is missing" }
        return nil
    }

    /// The backend to try for `choice`, and why (the reason is shown in JSON and `--verbose`).
    public func decide(_ choice: OwnersChoice) -> (backend: OwnersBackend, reason: String) {
        switch choice {
        case .procfs:
            return (.procfs, "--owners procfs")
        case .bpf:
            if let blocker { return (.procfs, "--owners bpf, but \(blocker)") }
            return (.bpf, "--owners bpf")
        case .auto:
            if let blocker { return (.procfs, blocker) }
            guard let openFiles else { return (.procfs, "the host's open files could not be counted (/proc/sys/fs/file-nr)") }
            if openFiles < Self.autoThreshold {
                return (.procfs, "\(openFiles) open files on the host: fewer than \(Self.autoThreshold), where walking /proc is cheaper than loading the BPF program")
            }
            return (.bpf, "\(openFiles) open files on the host (at least \(Self.autoThreshold))")
        }
    }
}
