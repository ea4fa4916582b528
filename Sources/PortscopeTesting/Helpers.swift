import Foundation

/// Helper processes for tests that need more than one process (fork, descriptor passing,
/// hostile names). Each prints one JSON line when ready, then waits for stdin to close.
public enum HelperProcess {
    /// Starts a Python helper and returns it with its first output line parsed as JSON.
    public static func start(_ script: String, arguments: [String] = []) throws -> (ChildProcess, [String: Any]) {
        let child = try ChildProcess(["python3", "-c", script] + arguments)
        guard let line = child.readLine(),
              let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else {
            let rest = child.finish()
            throw NSError(domain: "HelperProcess", code: 1, userInfo: [NSLocalizedDescriptionKey: "helper failed: \(rest.stderr)"])
        }
        return (child, object)
    }

    /// A listener on 127.0.0.1 shared by a parent and its forked child (both hold the fd).
    /// Prints {"port", "parent", "child"}.
    public static let forkedListener = """
    import os, socket, json, sys, time, signal
    s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
    pid = os.fork()
    if pid == 0:
        import ctypes; ctypes.CDLL(None).prctl(1, ctypes.c_ulong(9), 0, 0, 0)  # PR_SET_PDEATHSIG: die with the parent
        time.sleep(3600); os._exit(0)
    print(json.dumps({"port": s.getsockname()[1], "parent": os.getpid(), "child": pid}), flush=True)
    try:
        time.sleep(3600)
    finally:
        os.kill(pid, signal.SIGKILL)
    """

    /// A listener created by a parent, passed to a child over a Unix socket (SCM_RIGHTS) and
    /// closed in the parent: only the child holds it. Prints {"port", "parent", "receiver"}.
    public static let passedListener = """
    import os, socket, json, time, signal, array
    a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    pid = os.fork()
    if pid == 0:
        import ctypes; ctypes.CDLL(None).prctl(1, ctypes.c_ulong(9), 0, 0, 0)  # PR_SET_PDEATHSIG: die with the parent
        a.close()
        msg, anc, flags, addr = b.recvmsg(16, socket.CMSG_LEN(4))
        fds = array.array("i"); fds.frombytes(anc[0][2][:4])
        b.send(b"ok")
        time.sleep(3600); os._exit(0)
    b.close()
    s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
    port = s.getsockname()[1]
    a.sendmsg([b"x"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [s.fileno()]))])
    a.recv(2)
    s.close()
    print(json.dumps({"port": port, "parent": os.getpid(), "receiver": pid}), flush=True)
    try:
        time.sleep(3600)
    finally:
        os.kill(pid, signal.SIGKILL)
    """

    /// A listener held by a process whose name (comm) contains terminal escape sequences.
    /// Prints {"port", "pid"}.
    public static let hostileName = """
    import ctypes, socket, json, os, time
    libc = ctypes.CDLL(None)
    libc.prctl(15, ctypes.c_char_p(b"\\x1b]0;pwn\\x07\\x1b[2J"), 0, 0, 0)
    s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
    print(json.dumps({"port": s.getsockname()[1], "pid": os.getpid()}), flush=True)
    time.sleep(3600)
    """

    /// A TCP listener on 127.0.0.1 in the caller's namespace; prints {"port", "pid"}.
    /// The port can be given as the first argument.
    public static let listener = """
    import socket, json, os, time, sys
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 0)); s.listen()
    print(json.dumps({"port": s.getsockname()[1], "pid": os.getpid()}), flush=True)
    time.sleep(3600)
    """
}

extension HelperProcess {
    /// Like ``listener`` but ignores SIGTERM (only SIGKILL stops it).
    public static let stubbornListener = """
    import socket, json, os, time, sys, signal
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 0)); s.listen()
    print(json.dumps({"port": s.getsockname()[1], "pid": os.getpid()}), flush=True)
    while True: time.sleep(3600)
    """

    /// A client connected to 127.0.0.1:PORT (first argument); prints {"port", "pid"}.
    public static let client = """
    import socket, json, os, time, sys
    c = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
    print(json.dumps({"port": c.getsockname()[1], "pid": os.getpid()}), flush=True)
    time.sleep(3600)
    """

    /// Whether process `pid` is still alive (and not a zombie).
    public static func isAlive(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0, let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        let state = stat.split(separator: ")").last?.split(separator: " ").first
        return state != "Z"
    }
}

/// Whether the tests run as root (some cases need it: other users, namespaces).
public var runningAsRoot: Bool { geteuid() == 0 }

/// Whether this kernel lets this process subscribe to TCP socket destroy notifications
/// (sock_diag multicast group 1).
public var destroyNotificationsAvailable: Bool {
    let descriptor = socket(AF_NETLINK, Int32(SOCK_RAW.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 4 /* NETLINK_SOCK_DIAG */)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    // struct sockaddr_nl: nl_family (u16), nl_pad (u16), nl_pid (u32), nl_groups (u32).
    var address = [UInt8](repeating: 0, count: 12)
    address[0] = UInt8(AF_NETLINK)
    address[8] = 1
    return address.withUnsafeBytes {
        bind(descriptor, $0.baseAddress!.assumingMemoryBound(to: sockaddr.self), socklen_t($0.count))
    } == 0
}

extension HelperProcess {
    /// A listener whose name (comm) is set from hex bytes: argv = PROTO PORT NAME_HEX
    /// (PROTO `tcp` or `udp`, PORT 0 for any, NAME_HEX `-` to keep python's name).
    /// Prints {"port", "pid"}.
    public static let namedListener = """
    import ctypes, socket, json, os, time, sys
    proto, port, name = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    if name != "-":
        ctypes.CDLL(None).prctl(15, ctypes.c_char_p(bytes.fromhex(name)), 0, 0, 0)
    if proto == "udp":
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", port))
    else:
        s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", port)); s.listen()
    print(json.dumps({"port": s.getsockname()[1], "pid": os.getpid()}), flush=True)
    while True: time.sleep(3600)
    """

    /// A client bound to local port argv[2] and connected to 127.0.0.1:argv[1].
    /// Prints {"port" (its local port), "pid"}.
    public static let boundClient = """
    import socket, json, os, time, sys
    c = socket.socket(); c.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    c.bind(("127.0.0.1", int(sys.argv[2]))); c.connect(("127.0.0.1", int(sys.argv[1])))
    print(json.dumps({"port": c.getsockname()[1], "pid": os.getpid()}), flush=True)
    while True: time.sleep(3600)
    """

    /// A listener on 127.0.0.1 (port argv[1], 0 for any) that closes it when signal argv[2]
    /// (`USR1` or `TERM`) arrives, and keeps running (like a server draining its connections).
    /// Prints {"port", "pid"}.
    public static let releasingListener = """
    import socket, json, os, time, sys, signal
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen()
    signal.signal(getattr(signal, "SIG" + sys.argv[2]), lambda *a: s.close())
    print(json.dumps({"port": s.getsockname()[1], "pid": os.getpid()}), flush=True)
    while True: time.sleep(3600)
    """

    /// Hex of `text`'s UTF-8 bytes, for ``namedListener``.
    public static func hex(_ text: String) -> String {
        text.utf8.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}

/// A seeded random number generator (SplitMix64), so property tests are reproducible: a
/// failure names its seed, and `PORTSCOPE_SEED=N` replays it.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64
    public let seed: UInt64

    public init(seed: UInt64? = nil) {
        let chosen = seed ?? ProcessInfo.processInfo.environment["PORTSCOPE_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64.max)
        self.seed = chosen
        state = chosen
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
