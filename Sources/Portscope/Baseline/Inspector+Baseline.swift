import PortscopeHost
import PortscopeKnowledge
import PortscopeSockets

extension Inspector {
    /// The listeners of this network namespace, as a baseline records them, and the report
    /// they came from (for its hidden summary and warnings).
    public func baselineListeners(protocols: Set<SocketProtocol>) throws(PortscopeError) -> (listeners: [ListenerBaseline.Listener], report: SocketReport) {
        var filter = ListFilter()
        filter.protocols = protocols
        let report = try list(filter, registry: .builtin)
        return (ListenerBaseline.listeners(of: report.sockets), report)
    }

    /// This host's ephemeral range (`ip_local_port_range`), or Linux's default when it cannot
    /// be read.
    public var ephemeralRange: ClosedRange<UInt16> {
        (try? host?.portSettings().localPortRange) ?? 32768...60999
    }
}
