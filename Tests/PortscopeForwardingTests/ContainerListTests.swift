import Foundation
import Testing
@testable import PortscopeForwarding

/// `GET /containers/json` answers in the Engine API's documented shape (v1.43; Podman's
/// compatible service answers the same), over HTTP/1.0 and chunked HTTP/1.1.
@Suite struct ContainerListTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")))
    }

    @Test func containers() throws {
        let list = try ContainerListDecoder.containers(try Self.fixture("docker-containers.json"), runtime: "docker")
        #expect(list.count == 3)
        #expect(list[0].name == "web" && list[0].image == "nginx:1.27" && list[0].runtime == "docker")
        #expect(list[0].ports.first == .init(hostAddress: "0.0.0.0", hostPort: 8080, containerPort: 80, transport: "tcp"))
        #expect(list[1].ports == [.init(hostAddress: nil, hostPort: nil, containerPort: 5432, transport: "tcp")]) // not published
        #expect(list[2].name == nil && list[2].ports.isEmpty)
        #expect(throws: ForwardingError.self) { try ContainerListDecoder.containers(Array("{\"message\": \"x\"}".utf8), runtime: "docker") }
    }

    @Test func httpAnswers() {
        let plain = Array("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n[]".utf8)
        #expect(ContainerListDecoder.body(ofResponse: plain) == Array("[]".utf8))
        let chunked = Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n[{\"I\r\n5\r\nd\":1}\r\n1\r\n]\r\n0\r\n\r\n".utf8)
        #expect(ContainerListDecoder.body(ofResponse: chunked) == Array("[{\"Id\":1}]".utf8))
        #expect(ContainerListDecoder.body(ofResponse: Array("HTTP/1.1 403 Forbidden\r\n\r\n{}".utf8)) == nil)
        #expect(ContainerListDecoder.body(ofResponse: Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffff\r\nab".utf8)) == nil)
        #expect(ContainerListDecoder.body(ofResponse: Array("garbage".utf8)) == nil)
    }
}
