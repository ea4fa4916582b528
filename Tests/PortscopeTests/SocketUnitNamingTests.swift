import PortscopeProcesses
import PortscopeSockets
import Testing
@testable import Portscope

/// A listener systemd holds is named after the socket unit on its port; nothing is guessed.
@Suite struct SocketUnitNamingTests {
    func listener(_ port: UInt16, _ transport: SocketProtocol = .tcp, held pid: Int32, name: String) -> InspectedSocket {
        let entry = SocketEntry(transport: transport, family: .ipv6, local: Endpoint(address: .anyIPv6, port: port), remote: nil,
                                state: transport == .tcp ? .listen : .unconnected, inode: UInt64(port), uid: 0)
        return InspectedSocket(entry: entry, role: .listener, owner: .known, processes: [ProcessRecord(pid: pid, name: name)])
    }

    @Test func systemdListenersGetTheirUnit() {
        let ssh = SocketUnit(name: "ssh.socket", service: "ssh@.service", listens: [.init(transport: "tcp", address: nil, port: 22)])
        let dns = SocketUnit(name: "dns.socket", service: "resolver.service", listens: [.init(transport: "udp", address: "::1", port: 53)])
        let sockets = [
            listener(22, held: 1, name: "systemd"),
            listener(53, .udp, held: 1, name: "systemd"),
            listener(53, .tcp, held: 1, name: "systemd"),   // no unit listens on 53/tcp
            listener(22, held: 300, name: "sshd"),         // not systemd's
            listener(80, held: 1, name: "init"),           // PID 1 but not systemd
        ]
        let named = Inspector.namingSocketUnits(sockets) { [ssh, dns] }
        #expect(named.map(\.socketUnit?.name) == ["ssh.socket", "dns.socket", nil, nil, nil])
        #expect(named[0].socketUnit?.service == "ssh@.service")
    }

    @Test func unitsAreReadOnlyWhenSystemdListens() {
        var read = false
        _ = Inspector.namingSocketUnits([listener(22, held: 300, name: "sshd")]) {
            read = true
            return []
        }
        #expect(!read)
    }
}
