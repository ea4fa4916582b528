import PortscopeLocalization
import Testing
@testable import PortscopeKnowledge

@Suite struct PortVerdictTests {
    let linuxDefault = HostPortPolicy(os: .linux, ephemeralRange: 32768...60999, reservedPorts: [],
                                      unprivilegedPortStart: 1024, source: "fixture")

    @Test func ephemeralOnThisHost() {
        let summary = PortVerdict.summary(for: Port(60776), entries: [], host: linuxDefault)
        #expect(summary == "Any outgoing connection on this host may be given port 60776 for a few seconds; do not run a service on it, or reserve it first (net.ipv4.ip_local_reserved_ports).")
    }

    @Test func reservedInsideTheRange() {
        var host = linuxDefault
        host.reservedPorts = [60776...60776]
        let summary = PortVerdict.summary(for: Port(60776), entries: [], host: host)
        #expect(summary.hasPrefix("Inside this host's ephemeral range but reserved"))
    }

    @Test func outsideHereButEphemeralElsewhere() {
        let summary = PortVerdict.summary(for: Port(61000), entries: [], host: linuxDefault)
        #expect(summary.contains("Windows, macOS and FreeBSD hand it to outgoing connections"))
    }

    @Test func privilegedAndRegistered() {
        let http = ServiceEntry(service: "http", ports: 80...80, transport: .tcp, status: .assigned, description: "WWW")
        let summary = PortVerdict.summary(for: Port(80), entries: [http], host: linuxDefault)
        #expect(summary.contains("Binding it here needs root or CAP_NET_BIND_SERVICE."))
        #expect(summary.hasSuffix("IANA registers it to http."))
        var open = linuxDefault
        open.unprivilegedPortStart = 0
        #expect(!PortVerdict.summary(for: Port(80), entries: [http], host: open).contains("root"))
    }

    /// Issue #14: Kubernetes' NodePort range is named, at both ends and not outside.
    @Test func kubernetesNodePortRange() {
        for port: UInt16 in [30000, 30080, 32767] {
            #expect(PortVerdict.summary(for: Port(port), entries: [], host: linuxDefault).hasSuffix("It is inside Kubernetes' default NodePort range (30000–32767): on a cluster node, kube-proxy may forward it to a Service on every node."))
            #expect(PortVerdict.sentences(for: Port(port), entries: [], host: nil).contains(.kubernetesNodePort))
        }
        for port: UInt16 in [29999, 32768, 8080] {
            #expect(!PortVerdict.sentences(for: Port(port), entries: [], host: linuxDefault).contains(.kubernetesNodePort))
        }
        #expect(VerdictSentence.kubernetesNodePort.text(Localizer.italian).contains("NodePort predefinito di Kubernetes (30000–32767)"))
    }

    @Test func offlineUsesDefaults() {
        #expect(PortVerdict.summary(for: Port(60776), entries: [], host: nil).hasPrefix("Inside Linux's default ephemeral range (and of Windows, macOS and FreeBSD)"))
        #expect(PortVerdict.summary(for: Port(61000), entries: [], host: nil).hasPrefix("Outside Linux's default ephemeral range, but Windows, macOS and FreeBSD hand it"))
        #expect(PortVerdict.summary(for: Port(8080), entries: [], host: nil).hasPrefix("Not ephemeral by default"))
    }

    @Test func portZero() {
        #expect(PortVerdict.summary(for: Port(0), entries: [], host: linuxDefault).hasPrefix("Port 0 is not a usable port"))
    }
}
