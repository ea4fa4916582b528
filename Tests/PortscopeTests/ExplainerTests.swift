import PortscopeHost
import PortscopeKnowledge
import PortscopeSystem
import PortscopeTesting
import Testing
@testable import Portscope

@Suite struct ExplainerTests {
    /// A procfs fixture with the given sysctl values.
    static func procRoot(range: String = "32768\t60999", reserved: String = "", start: String = "1024") throws -> (TemporaryDirectory, SysctlReader) {
        let dir = TemporaryDirectory()
        try dir.write("sys/net/ipv4/ip_local_port_range", range + "\n")
        try dir.write("sys/net/ipv4/ip_local_reserved_ports", reserved + "\n")
        try dir.write("sys/net/ipv4/ip_unprivileged_port_start", start + "\n")
        return (dir, SysctlReader(root: ProcRoot(dir.path)))
    }

    let builtin = LoadedRegistry(registry: .builtin, origin: .builtin)

    @Test func port60776() throws {
        let (dir, reader) = try Self.procRoot()
        _ = dir
        let e = try Explainer(registry: builtin, host: reader).explain("60776")
        #expect(e.ianaRange == .dynamic)
        #expect(!e.registrations.contains { $0.status == .assigned })
        #expect(e.registrations.map(\.transport) == TransportProtocol.allCases)
        #expect(e.ephemeral.host?.contains == true)
        #expect(e.ephemeral.host?.reserved == false)
        #expect(e.ephemeral.defaults.first { $0.os == .linux }?.contains == true)
        #expect(e.summary.hasPrefix("Any outgoing connection on this host"))
    }

    @Test func reservedPortOnThisHost() throws {
        let (dir, reader) = try Self.procRoot(reserved: "60000-60999")
        _ = dir
        let e = try Explainer(registry: builtin, host: reader).explain("60776/udp")
        #expect(e.transport == .udp)
        #expect(e.registrations.map(\.transport) == [.udp])
        #expect(e.ephemeral.host?.reserved == true)
        #expect(e.summary.hasPrefix("Inside this host's ephemeral range but reserved"))
    }

    @Test func offlineHasNoHost() throws {
        let e = try Explainer(registry: builtin, host: nil).explain("61000")
        #expect(e.ephemeral.host == nil)
        #expect(e.ephemeral.hostUnavailableReason == "offline")
        #expect(e.ephemeral.defaults.first { $0.os == .linux }?.contains == false)
        #expect(e.ephemeral.defaults.first { $0.os == .windows }?.contains == true)
    }

    @Test func unreadableHostIsReportedNotFatal() throws {
        let e = try Explainer(registry: builtin, host: SysctlReader(root: ProcRoot("/nonexistent"))).explain("443")
        #expect(e.ephemeral.host == nil)
        #expect(e.ephemeral.hostUnavailableReason?.contains("/nonexistent/sys/net/ipv4/ip_local_port_range") == true)
        #expect(e.registrations.filter { $0.status == .assigned }.map(\.transport) == [.tcp, .udp, .sctp])
    }

    @Test func serviceNamesResolve() throws {
        let e = try Explainer(registry: builtin, host: nil).explain("sip/udp")
        #expect(e.port == Port(5060))
        #expect(e.queriedService == "sip")
        #expect(e.registrations.map(\.service) == ["sip"])
    }

    @Test func usageErrorsAreMarked() {
        #expect {
            try Explainer(registry: builtin, host: nil).explain("70000")
        } throws: { error in
            (error as? PortscopeError)?.isUsageError == true
        }
    }

    @Test func damagedUserCopyFallsBackWithAWarning() throws {
        let dir = TemporaryDirectory()
        let path = try dir.write("registry.txt", "not a registry\n")
        let loaded = LoadedRegistry.load(store: RegistryStore(path: path))
        #expect(loaded.origin == .builtin)
        #expect(loaded.warning?.contains("ignoring \(path)") == true)
        let e = Explainer(registry: loaded, host: nil).explain(ResolvedQuery(port: Port(22)))
        #expect(e.warnings.count == 1)
    }
}
