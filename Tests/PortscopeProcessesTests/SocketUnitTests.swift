import Foundation
import PortscopeProcesses
import Testing

/// Socket units as Debian ships them (ssh.socket, cups.socket, avahi.socket), a drop-in that
/// moves ssh to 2222, and an administrator's copy in /etc that hides the packaged one.
@Suite struct SocketUnitTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/systemd").path

    @Test func parsing() {
        let ssh = SocketUnitParser.parse(name: "ssh.socket", texts: ["[Socket]\nListenStream=22\nAccept=yes\n"])
        #expect(ssh == SocketUnit(name: "ssh.socket", service: "ssh@.service", listens: [.init(transport: "tcp", address: nil, port: 22)]))
        let dns = SocketUnitParser.parse(name: "dns.socket", texts: ["[Socket]\nListenDatagram=[::1]:53\n Service = resolver.service \n"])
        #expect(dns?.service == "resolver.service")
        #expect(dns?.listens == [.init(transport: "udp", address: "::1", port: 53)])
        // Other sections' keys, comments, paths, abstract and vsock sockets are not listeners.
        #expect(SocketUnitParser.parse(name: "x.socket", texts: ["[Service]\nListenStream=80\n[Socket]\n#ListenStream=81\nListenStream=/run/x\nListenStream=@x\nListenStream=vsock:2:80\nListenStream=0\n"]) == nil)
        // An empty assignment clears what came before (drop-ins rely on it).
        let moved = SocketUnitParser.parse(name: "a.socket", texts: ["[Socket]\nListenStream=22\n", "[Socket]\nListenStream=\nListenStream=2222\n"])
        #expect(moved?.listens.map(\.port) == [2222] && moved?.service == "a.service")
    }

    @Test func unitDirectories() {
        let units = SocketUnitDirectory(paths: [Self.fixtures + "/etc", Self.fixtures + "/lib"]).units()
        let byName = Dictionary(uniqueKeysWithValues: units.map { ($0.name, $0) })
        #expect(Set(byName.keys) == ["ssh.socket", "cups.socket", "dns.socket"]) // avahi has no IP listener
        #expect(byName["ssh.socket"]?.listens.map(\.port) == [2222, 2222]) // the drop-in moved it
        #expect(byName["ssh.socket"]?.listens(on: 22, transport: "tcp") == false)
        #expect(byName["cups.socket"]?.listens == [.init(transport: "tcp", address: "127.0.0.1", port: 8631)]) // /etc wins
        #expect(byName["dns.socket"]?.listens(on: 53, transport: "udp") == true)
        #expect(SocketUnitDirectory(paths: ["/nonexistent"]).units().isEmpty)
    }
}

/// docker-proxy's command line says where a published port goes.
@Suite struct ProxyTargetTests {
    @Test func dockerProxyCommandLines() {
        let target = ProxyTarget.dockerProxy(["/usr/bin/docker-proxy", "-proto", "tcp", "-host-ip", "0.0.0.0", "-host-port", "8080", "-container-ip", "172.17.0.2", "-container-port", "80", "-use-listen-fd"])
        #expect(target == ProxyTarget(transport: "tcp", hostPort: 8080, containerAddress: "172.17.0.2", containerPort: 80))
        #expect(ProxyTarget.dockerProxy(["docker-proxy", "-proto=udp", "-host-port=53", "-container-ip=10.0.0.2", "-container-port=5353"])?.transport == "udp")
        #expect(ProxyTarget.dockerProxy(["/usr/bin/python3", "-host-port", "1", "-container-ip", "x", "-container-port", "2"]) == nil)
        #expect(ProxyTarget.dockerProxy(["docker-proxy", "-host-port", "99999", "-container-ip", "x", "-container-port", "2"]) == nil)
        #expect(ProxyTarget.dockerProxy([]) == nil)
    }
}
