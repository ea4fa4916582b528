import PortscopeForwarding
import PortscopeProcesses
import PortscopeSockets
import Testing
@testable import Portscope

/// Holders are named from the runtimes' container lists, asked only when needed.
@Suite struct ContainerNamingTests {
    static let web = try! ContainerListDecoder.containers(Array("""
    [{"Id": "3f2a", "Names": ["/web"], "Image": "nginx:1.27", "Ports": [{"IP": "0.0.0.0", "PrivatePort": 80, "PublicPort": 8080, "Type": "tcp"}]}]
    """.utf8), runtime: "podman")

    func socket(_ port: UInt16, held process: ProcessRecord) -> InspectedSocket {
        let entry = SocketEntry(transport: .tcp, family: .ipv4, local: Endpoint(address: .anyIPv4, port: port), remote: nil, state: .listen, inode: 1, uid: 1000)
        return InspectedSocket(entry: entry, role: .listener, owner: .known, processes: [process])
    }

    /// Podman's rootless forwarder says nothing of its container: the container that
    /// publishes the port it holds is named.
    @Test func rootlessForwarder() {
        let (named, warnings) = Inspector.namingContainers([socket(8080, held: ProcessRecord(pid: 42, name: "rootlessport"))]) { (Self.web, []) }
        #expect(warnings.isEmpty)
        let target = named[0].processes[0].forwardsTo
        #expect(target?.containerName == "web" && target?.image == "nginx:1.27" && target?.containerPort == 80 && target?.hostPort == 8080)
        // Another port: no guess.
        let (other, _) = Inspector.namingContainers([socket(9090, held: ProcessRecord(pid: 42, name: "rootlessport"))]) { (Self.web, []) }
        #expect(other[0].processes[0].forwardsTo == nil)
    }

    @Test func runtimesAreAskedOnlyForContainersAndForwarders() {
        var asked = false
        _ = Inspector.namingContainers([socket(8080, held: ProcessRecord(pid: 7, name: "nginx"))]) {
            asked = true
            return ([], [])
        }
        #expect(!asked)
        let (named, warnings) = Inspector.namingContainers([socket(8080, held: ProcessRecord(pid: 7, name: "nginx", container: Container(runtime: "podman", id: "3f2a")))]) {
            (Self.web, ["the docker API at /x could not be asked: connect: EACCES"])
        }
        #expect(named[0].processes[0].container?.name == "web")
        #expect(warnings.count == 1)
    }
}
