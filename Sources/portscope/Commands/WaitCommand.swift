import ArgumentParser
import Portscope
import PortscopeKnowledge
import PortscopeProcesses
import PortscopeRender
import PortscopeSockets
import PortscopeSystem

/// `portscope wait PORT…`: waits until ports listen, are free or are connected, reading the
/// kernel's socket table (never connecting, so the service never sees a probe).
struct WaitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wait",
        abstract: "Wait until ports listen (default), are free, or have a connection: for scripts and CI, without connecting.",
        discussion: """
        Reads the kernel's socket table (sock_diag, the ports filtered in the kernel) every \
        --interval; nothing connects to the port, so the service sees no probe and a port \
        that is merely connectable is not mistaken for one that listens. --listening can \
        require an address (--address ::1) and a process (--pid, --process), so a restarted \
        service is not mistaken for the old one still shutting down. --free means nothing \
        listens on or is bound to the port (connections in TIME_WAIT do not stop a bind). \
        Exit status: 0 when the condition holds, 1 on timeout (saying what was there last), \
        64 on bad input. On a terminal, one line shows the time waited and what is there now; \
        otherwise it is silent.
        """
    )

    @Argument(help: "Ports to wait for: 8080, 8080/tcp, 53/udp, or a service name with one port.")
    var ports: [String]

    @Flag(help: "The condition (default: --listening).")
    var condition: ConditionFlag?

    enum ConditionFlag: String, EnumerableFlag {
        case listening, free, connected

        static func help(for value: Self) -> ArgumentHelp? {
            switch value {
            case .listening: "Until something listens on each port (TCP LISTEN, or a bound UDP socket)."
            case .free: "Until nothing listens on or is bound to each port."
            case .connected: "Until each port has an established connection."
            }
        }
    }

    @Option(help: "With --listening: only a listener bound to this address (a wildcard does not count).")
    var address: String?

    @Option(help: "With --listening: only a listener held by this pid.")
    var pid: Int32?

    @Option(help: "With --listening: only a listener held by a process of this name (/proc/PID/comm).")
    var process: String?

    @Option(help: "Give up after this many seconds (0: wait forever).")
    var timeout: Double = 60

    @Option(help: "Seconds between looks at the socket table.")
    var interval: Double = 0.1

    @Flag(help: "Every port must meet the condition (--all, the default), or any one of them (--any).")
    var mode: Mode = .all

    enum Mode: String, EnumerableFlag {
        case all, any
    }

    @OptionGroup var protocols: ProtocolOptions

    func validate() throws {
        guard timeout >= 0, timeout.isFinite else { throw ValidationError("--timeout must be 0 (wait forever) or a number of seconds") }
        guard interval >= 0.01, interval <= 60 else { throw ValidationError("--interval must be between 0.01 and 60 seconds") }
        if address != nil || pid != nil || process != nil, (condition ?? .listening) != .listening {
            throw ValidationError("--address, --pid and --process say who must listen: they go with --listening")
        }
        if let pid, pid <= 0 { throw ValidationError("--pid must be a process id (1 or more)") }
    }

    @OptionGroup var ownersOption: OwnersOption

    func run() throws {
        let registry = LoadedRegistry.load().registry
        var targets: [PortWait.Target] = []
        for port in ports {
            let argument = try PortArgumentResolver.resolve(port, registry: registry, protocols: protocols.protocols)
            targets.append(.init(port: try argument.single(for: "wait"), protocols: argument.protocols))
        }
        var parsedAddress: IPAddress?
        if let address {
            guard let parsed = IPAddress(address) else { throw CommandFailure.usage("'\(TerminalText.sanitize(address))' is not an IPv4 or IPv6 address") }
            parsedAddress = parsed
        }
        let wait = PortWait(targets: targets, condition: PortWait.Condition(rawValue: (condition ?? .listening).rawValue)!, address: parsedAddress, pid: pid,
                            processName: process, all: mode == .all)
        // The repeating source keeps its netlink socket between looks and knows the kernel's
        // count of opened connections (as `watch` and `top` use it).
        var inspector = Inspector.live(owners: ownersOption.owners)
        inspector.sockets = SocketSources.repeating()
        let counter = inspector.sockets as? any IncrementalSocketSource
        let progress = TerminalInfo.stderrIsTerminal
        let started = Clock.now()
        defer { if progress { TerminalInfo.writeError("\r\u{1B}[K") } }
        // Connections mean walking the whole TCP table; between walks, the kernel's count of
        // opened connections (/proc/net/snmp) says whether one can have appeared. A walk at
        // least once a second catches a connection that was still being set up.
        var lastOpens: UInt64?
        var lastWalk = -Double.infinity
        var sockets: [SocketEntry] = []
        while true {
            let opens = wait.condition == .connected ? counter?.tcpOpenCounter() : nil
            if wait.condition != .connected || opens == nil || opens != lastOpens || Clock.now() - lastWalk >= 1 {
                sockets = try inspector.snapshot(wait.query).sockets
                lastWalk = Clock.now()
                lastOpens = opens
            }
            let holders = wait.needsProcesses ? Self.holders(of: sockets, wait, inspector) : [:]
            if wait.holds(sockets, holders: holders) { return }
            let elapsed = Clock.now() - started
            let now = wait.now(sockets, holders: holders)
            if timeout > 0, elapsed >= timeout {
                if progress { TerminalInfo.writeError("\r\u{1B}[K") }
                throw CommandFailure(message: "timed out after \(Self.seconds(timeout)) waiting for \(wait.goal); last seen: \(TerminalText.sanitize(now))", exitCode: .failure)
            }
            if progress {
                let line = "waiting \(Self.seconds(elapsed)) for \(wait.goal) · now \(now)"
                TerminalInfo.writeError("\r\u{1B}[K" + DisplayWidth.clip(TerminalText.sanitize(line), max(20, TerminalInfo.columns - 1)))
            }
            PreciseSleep.sleep(seconds: wait.needsProcesses && !holders.isEmpty ? max(interval, 0.25) : interval)
        }
    }

    /// The processes holding the listeners that could meet the condition (a descriptor walk,
    /// only when there is such a listener).
    static func holders(of sockets: [SocketEntry], _ wait: PortWait, _ inspector: Inspector) -> [UInt64: [ProcessRecord]] {
        let inodes = Set(wait.targets.flatMap { wait.matching(sockets, $0) }.map(\.inode).filter { $0 != 0 })
        guard !inodes.isEmpty else { return [:] }
        let owners = inspector.processes.socketOwners(wanted: inodes, preferredUIDs: [])
        var holders: [UInt64: [ProcessRecord]] = [:]
        for (inode, pids) in owners.holders {
            holders[inode] = pids.compactMap { inspector.processes.process($0, startTime: owners.startTimes[$0]) }
        }
        return holders
    }

    /// `2.5 s`, `60 s`.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\((value * 10).rounded() / 10) s"
    }
}
