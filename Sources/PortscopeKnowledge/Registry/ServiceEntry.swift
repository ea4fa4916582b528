/// One row of IANA's service name and port number registry, for one protocol.
///
/// A CSV row without a protocol (old ranges and "Unassigned" blocks) stands for both
/// tcp and udp, so it becomes two entries.
public struct ServiceEntry: Hashable, Sendable {
    /// The service name, or nil for reserved and unassigned rows.
    public var service: String?
    /// The ports the row covers: one port, or a range such as x11's 6000–6063.
    /// Nil for service names registered without a port (DNS-SD names).
    public var ports: ClosedRange<UInt16>?
    public var transport: TransportProtocol
    public var status: RegistrationStatus
    public var description: String
    /// References without brackets, e.g. `["RFC9110"]`.
    public var references: [String]
    /// IANA's assignment notes (may span several lines).
    public var notes: String
    /// IANA's "Unauthorized Use Reported" column.
    public var unauthorizedUse: String
    /// Registration and modification dates as IANA writes them (`2022-06-01`, `2005-05`).
    public var registered: String
    public var modified: String

    public init(
        service: String?, ports: ClosedRange<UInt16>?, transport: TransportProtocol,
        status: RegistrationStatus, description: String, references: [String] = [],
        notes: String = "", unauthorizedUse: String = "", registered: String = "", modified: String = ""
    ) {
        self.service = service
        self.ports = ports
        self.transport = transport
        self.status = status
        self.description = description
        self.references = references
        self.notes = notes
        self.unauthorizedUse = unauthorizedUse
        self.registered = registered
        self.modified = modified
    }

    /// True when the row covers more than one port.
    public var isRange: Bool { ports.map { $0.lowerBound != $0.upperBound } ?? false }

    /// Whether the row covers `port`.
    public func covers(_ port: Port) -> Bool { ports?.contains(port.rawValue) ?? false }
}
