import ArgumentParser
import PortscopeSockets

/// `--tcp` / `--udp`: restrict to one protocol (both by default).
struct ProtocolOptions: ParsableArguments {
    @Flag(name: .long, help: "TCP sockets only.")
    var tcp = false

    @Flag(name: .long, help: "UDP sockets only.")
    var udp = false

    var protocols: Set<SocketProtocol> {
        switch (tcp, udp) {
        case (true, false): [.tcp]
        case (false, true): [.udp]
        default: [.tcp, .udp]
        }
    }
}
