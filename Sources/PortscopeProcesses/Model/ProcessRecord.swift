/// What portscope shows about a process that holds a socket.
public struct ProcessRecord: Hashable, Sendable {
    public var pid: Int32
    /// The kernel's name for it (`/proc/PID/comm`, at most 15 bytes; the process can change it).
    public var name: String
    /// The real user id (`Uid:` in `/proc/PID/status`), nil when unreadable.
    public var uid: UInt32?
    /// The user name for `uid`, or nil when the system has none.
    public var user: String?
    /// argv (`/proc/PID/cmdline`); empty for kernel threads and zombies.
    public var command: [String]
    /// The program file it runs (`/proc/PID/exe`), nil when unreadable (not root, a kernel
    /// thread). Unlike `name` and `command`, the process cannot choose it.
    public var executable: String?
    /// The program file was deleted or replaced since the process started it (an upgrade
    /// that was not followed by a restart): `/proc/PID/exe` ends in ` (deleted)`.
    public var executableDeleted = false
    /// The container the process runs in, from `/proc/PID/cgroup`.
    public var container: Container?
    /// The systemd unit it runs in, from `/proc/PID/cgroup` (nil without systemd).
    public var unit: SystemdUnit?
    /// Start time in clock ticks since boot: with `pid`, the process's identity (nil when unread).
    public var startTime: UInt64?
    /// Its pid in each PID namespace it is in, outermost first (`NSpid:`); the last is 1 for
    /// the init of a namespace.
    public var namespacePIDs: [Int32] = []
    /// Its PID namespace (the inode of `/proc/PID/ns/pid`), when readable.
    public var pidNamespace: UInt64?
    /// The command line was not included on purpose (`serve` without `--expose-commands`).
    public var commandWithheld = false
    /// For a container runtime's port forwarder (`docker-proxy`): where it sends the traffic.
    public var forwardsTo: ProxyTarget?

    public init(pid: Int32, name: String, uid: UInt32? = nil, user: String? = nil, command: [String] = [], container: Container? = nil) {
        self.pid = pid
        self.name = name
        self.uid = uid
        self.user = user
        self.command = command
        self.container = container
    }
}

/// A systemd unit a process runs in (`nginx.service`, `session-3.scope`).
public struct SystemdUnit: Hashable, Sendable {
    /// The unit's name, with its type suffix.
    public var name: String
    /// For a unit of a user's own systemd (`systemctl --user`), that user's uid; nil for the
    /// system manager's units.
    public var userManager: UInt32?

    public init(name: String, userManager: UInt32? = nil) {
        self.name = name
        self.userManager = userManager
    }
}

/// Where a container runtime's port forwarder (`docker-proxy`) sends a published port: read
/// from its command line, and named from the runtime's API when it answers.
public struct ProxyTarget: Hashable, Sendable {
    /// `tcp` or `udp`.
    public var transport: String
    public var hostPort: UInt16
    public var containerAddress: String
    public var containerPort: UInt16
    /// The container's name and image, when the runtime said.
    public var containerName: String?
    public var image: String?

    public init(transport: String, hostPort: UInt16, containerAddress: String, containerPort: UInt16) {
        self.transport = transport
        self.hostPort = hostPort
        self.containerAddress = containerAddress
        self.containerPort = containerPort
    }

    /// Reads `docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 8080 -container-ip
    /// 172.17.0.2 -container-port 80` (flags in any order, `-flag value` or `-flag=value`);
    /// nil when `argv` is not a docker-proxy command line.
    public static func dockerProxy(_ argv: [String]) -> ProxyTarget? {
        guard let program = argv.first, program == "docker-proxy" || program.hasSuffix("/docker-proxy") else { return nil }
        var flags: [String: String] = [:]
        var index = 1
        while index < argv.count {
            let argument = argv[index]
            if argument.hasPrefix("-") {
                let name = String(argument.drop { $0 == "-" })
                if let equals = name.firstIndex(of: "=") {
                    flags[String(name[..<equals])] = String(name[name.index(after: equals)...])
                } else if index + 1 < argv.count {
                    flags[name] = argv[index + 1]
                    index += 1
                }
            }
            index += 1
        }
        guard let hostPort = flags["host-port"].flatMap(UInt16.init), let address = flags["container-ip"],
              let containerPort = flags["container-port"].flatMap(UInt16.init) else { return nil }
        return ProxyTarget(transport: flags["proto"] ?? "tcp", hostPort: hostPort, containerAddress: address, containerPort: containerPort)
    }
}

/// A container a process belongs to, recognised from its cgroup path.
public struct Container: Hashable, Sendable {
    /// `docker`, `containerd`, `cri-o`, `podman`, or `kubernetes` (a pod whose runtime is unknown).
    public var runtime: String
    /// The container id as the runtime writes it (64 hex digits for docker/containerd/podman).
    public var id: String
    /// The Kubernetes pod uid, when the path says.
    public var pod: String?
    /// The container's name and image, from the runtime's API when it could be asked.
    public var name: String?
    public var image: String?

    public init(runtime: String, id: String, pod: String? = nil) {
        self.runtime = runtime
        self.id = id
        self.pod = pod
    }

    /// The first 12 characters of the id, as `docker ps` shows it.
    public var shortID: String { String(id.prefix(12)) }
}
