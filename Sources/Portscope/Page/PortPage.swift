import PortscopeKnowledge
import PortscopeSockets

/// Everything the port page shows: the explanation (IANA, ranges, sockets, verdict), whether
/// a service can bind the port here, safe ports near it, the uses one may see, this host's
/// ephemeral-port pressure, and questions answered from those facts. Pure data: renderers
/// say it in a language.
public struct PortPage: Sendable {
    public var explanation: PortExplanation
    /// Binding the port for a service on every IPv4 address, from the socket table (no test
    /// bind); nil when the host was not read.
    public var bind: BindDiagnosis?
    /// Ports near this one that are safe for a service here (outside every ephemeral range,
    /// unassigned, unused now), nearest first.
    public var nearbySafePorts: [UInt16]
    public var uses: [PortUse]
    /// This host's ephemeral-port pressure; nil offline.
    public var pressure: PressureReport?
    public var questions: [PortQuestion]
    public var mode: Mode
    /// When the host was read (seconds since 1970); nil offline.
    public var takenAt: Double?

    /// How "on this host now" was made.
    public enum Mode: Sendable, Hashable {
        /// Served by `portscope serve`: updated live in the browser.
        case served
        /// A file: the host as it was at this time (seconds since 1970).
        case snapshot(takenAt: Double)
        /// `--offline`: the host was not read.
        case offline
    }

    public init(
        explanation: PortExplanation, bind: BindDiagnosis?, nearbySafePorts: [UInt16], uses: [PortUse],
        pressure: PressureReport?, questions: [PortQuestion], mode: Mode, takenAt: Double? = nil
    ) {
        self.takenAt = takenAt
        self.explanation = explanation
        self.bind = bind
        self.nearbySafePorts = nearbySafePorts
        self.uses = uses
        self.pressure = pressure
        self.questions = questions
        self.mode = mode
    }
}

/// A system whose ephemeral range may hand a port out.
public enum EphemeralSystem: Sendable, Hashable {
    case thisHost
    case os(OperatingSystem)
}

/// Something a port may be seen doing, derived from the facts (never a guess the registry or
/// the ranges do not support).
public enum PortUse: Sendable, Hashable {
    /// The source port of an outgoing connection from these systems.
    case ephemeralSource([EphemeralSystem])
    /// The random source port of a DNS query (resolvers randomize source ports).
    case dnsQuerySource
    /// A service IANA registers on the port.
    case registeredService(name: String, protocols: [String], description: String)
    /// A private or local service (the dynamic range is for private use).
    case privateUse
    /// IANA reserves the port: nothing official runs there.
    case reservedByIANA
    /// Below `ip_unprivileged_port_start` here: services started as root.
    case privilegedService(start: Int)
    /// IANA's registry reports unauthorized use of the port.
    case unauthorizedUse(service: String, text: String)
    /// A port IANA has not assigned, outside the ephemeral ranges: any private service.
    case unassignedPort
}

/// A question people ask about a port, with the facts its answer is made of.
public enum PortQuestion: Sendable, Hashable {
    /// "Is port N dangerous?": who listens on it here (nil when the host was not read), and
    /// unauthorized use IANA reports.
    case dangerous(port: UInt16, listeners: HostListeners?, unauthorized: [String])
    /// "Why is N in my firewall log?": the systems that hand it out, the services registered.
    case firewallLog(port: UInt16, systems: [EphemeralSystem], services: [String])
    /// "Can I run my service on N?": the bind verdict (nil offline), its worst reason, the
    /// port's verdict sentences, and safe ports near it.
    case canRunService(port: UInt16, verdict: BindDiagnosis.Verdict?, reason: BindReason?, nearby: [UInt16])
    /// "What is using port N on this host?"
    case whatUsesIt(port: UInt16, listeners: HostListeners?)
}

/// What listens on a port here, as the page's answers need it.
public struct HostListeners: Sendable, Hashable {
    /// `name (pid N)` of each listening process.
    public var processes: [String]
    /// Listeners whose process could not be read.
    public var hidden: Int
    /// Sockets on the port that are not listeners (connections).
    public var connections: Int

    public var isEmpty: Bool { processes.isEmpty && hidden == 0 && connections == 0 }
}
