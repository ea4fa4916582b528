import PortscopeHost
import PortscopeKnowledge
import PortscopeLocalization

/// Everything portscope can say about one port: the `explain --json` contract (v1, docs/json.md).
public struct PortExplanation: Sendable {
    public var port: Port
    /// The protocol the question was restricted to (`443/tcp`), or nil for all.
    public var transport: TransportProtocol?
    /// The service name the user asked about (`https`), as IANA spells it.
    public var queriedService: String?
    /// Other ports the queried service name is registered on.
    public var otherPorts: [ClosedRange<UInt16>]
    public var ianaRange: IANARange
    public var registrations: [Registration]
    public var ephemeral: EphemeralFacts
    /// The verdict as facts (what uses the port here first); ``summary`` says it in English.
    public var verdict: [VerdictSentence]
    /// The verdict in English, one line (JSON's `summary`).
    public var summary: String { VerdictSentence.text(verdict, .english) }
    public var checkCommands: [CheckCommand]
    public var registry: RegistryInfo
    /// Things the user should know that are not about the port (e.g. an ignored registry copy).
    public var warnings: [String]
    /// What uses the port on this host now; nil when not inspected (`--offline`).
    public var sockets: SocketReport?

    /// One registry entry for one protocol; a protocol with no entry gets an `unassigned` one.
    public struct Registration: Sendable, Hashable {
        public var service: String?
        public var transport: TransportProtocol
        public var description: String
        public var references: [String]
        public var status: RegistrationStatus
        /// The whole range when IANA assigns a range (x11: 6000–6063), else nil.
        public var range: ClosedRange<UInt16>?
        public var notes: String
        public var unauthorizedUse: String
        public var registered: String
        public var modified: String
        /// False when the registry has no row for this protocol and the entry is implied.
        public var listed: Bool
    }

    /// Ephemeral-range facts: this host's (unless offline) and each OS's default.
    public struct EphemeralFacts: Sendable {
        public var host: HostFacts?
        /// Why `host` is nil: "offline", or the error that prevented reading it.
        public var hostUnavailableReason: String?
        public var defaults: [DefaultRange]
    }

    /// This host's verdict for the port.
    public struct HostFacts: Sendable {
        public var os: OperatingSystem
        public var range: ClosedRange<UInt16>
        public var contains: Bool
        public var reserved: Bool
        public var reservedPorts: [ClosedRange<UInt16>]
        public var privileged: Bool
        public var unprivilegedPortStart: Int
        public var source: String
        public var notes: [HostNote]
    }

    /// One OS's default ephemeral range and whether it contains the port.
    public struct DefaultRange: Sendable {
        public var os: OperatingSystem
        public var range: ClosedRange<UInt16>
        public var contains: Bool
    }

    /// Which registry answered.
    public struct RegistryInfo: Sendable {
        /// "builtin", or the path of the user's copy.
        public var source: String
        /// The newest date in IANA's data.
        public var updated: String
    }
}
