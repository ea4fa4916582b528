/// What IANA's registry says about a (port, protocol) pair.
public enum RegistrationStatus: String, Sendable, Codable, Hashable {
    /// A service holds the port.
    case assigned
    /// IANA holds the port back (e.g. 0, 1023, 49151, or de-assigned ports kept aside).
    case reserved
    /// No service holds the port.
    case unassigned

    /// Classifies an IANA CSV row from its service name and description.
    ///
    /// A row with a service name is `assigned`. Rows without one say what the port is in
    /// their description: "Unassigned", "De-registered", "Removed", "Deprecated",
    /// "Decomissioned Port …" mean `unassigned`; "Reserved" and private-use notes such as
    /// "any private mail system" mean `reserved`.
    public static func classify(serviceName: String, description: String) -> RegistrationStatus {
        if !serviceName.isEmpty { return .assigned }
        let text = description.lowercased()
        let freed = ["unassigned", "de-registered", "removed", "deprecated", "decomissioned", "de-commissioned", "decommissioned"]
        return freed.contains(where: text.contains) ? .unassigned : .reserved
    }
}
