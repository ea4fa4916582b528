import Testing
@testable import PortscopeSockets

@Suite struct ProcNetParserTests {
    @Test func everyTCPState() throws {
        let sockets = try ProcNetParser.parse(Fixture.text("proc-net/tcp.txt"), transport: .tcp, family: .ipv4, littleEndian: true)
        #expect(sockets.count == 14)
        #expect(sockets.map(\.state) == [
            .listen, .established, .established, .synSent, .synRecv, .finWait1, .finWait2, .timeWait,
            .close, .closeWait, .lastAck, .closing, .listen, .close,
        ])
        let listener = sockets[0]
        #expect(listener.local.description == "127.0.0.1:8080")
        #expect(listener.remote == nil)
        #expect(listener.uid == 1000)
        #expect(listener.inode == 40001)
        let client = sockets[1]
        #expect(client.local.description == "127.0.0.1:54321")
        #expect(client.remote?.description == "127.0.0.1:8080")
        #expect(sockets[4].inode == 0) // SYN_RECV request: no process
        #expect(sockets[7].inode == 0) // TIME_WAIT: no process
        #expect(sockets[12].local.description == "0.0.0.0:22")
        let portZero = sockets[13]
        #expect(portZero.local.description == "10.2.0.15:0")
        #expect(portZero.remote == nil)
    }

    @Test func ipv6AndMappedAddresses() throws {
        let sockets = try ProcNetParser.parse(Fixture.text("proc-net/tcp6.txt"), transport: .tcp, family: .ipv6, littleEndian: true)
        #expect(sockets.map(\.local.description) == ["[::1]:8080", "[::]:8082", "[::ffff:127.0.0.1]:8082", "[2001:db8::fe00:1]:80"])
        #expect(sockets[2].remote?.description == "[::ffff:127.0.0.1]:54336")
        #expect(sockets[2].family == .ipv6)
        #expect(sockets[2].local.address.ipv4Mapped == .loopbackIPv4)
    }

    @Test func udpStates() throws {
        let sockets = try ProcNetParser.parse(Fixture.text("proc-net/udp.txt"), transport: .udp, family: .ipv4, littleEndian: true)
        #expect(sockets.map(\.state) == [.unconnected, .established, .unconnected])
        #expect(sockets[0].isListening)
        #expect(!sockets[1].isListening)
        #expect(sockets[1].remote?.description == "127.0.0.1:5353")
        #expect(sockets[2].local.description == "0.0.0.0:68")
    }

    @Test func malformedRowNamesTheLine() throws {
        let text = try Fixture.text("proc-net/malformed.txt")
        #expect(throws: ProcNetParseError(line: 3, text: "   1: 0100007F:ZZZZ 00000000:0000 0A 00000000:00000000")) {
            try ProcNetParser.parse(text, transport: .tcp, family: .ipv4, littleEndian: true)
        }
    }

    @Test func bigEndianHostsPrintTheOtherWay() {
        #expect(ProcNetParser.decodeEndpoint("7F000001:0050", family: .ipv4, littleEndian: false)?.description == "127.0.0.1:80")
    }

    @Test(arguments: [
        ("127.0.0.1", "127.0.0.1"), ("::1", "::1"), ("::", "::"), ("[::1]", "::1"),
        ("fe80::1", "fe80::1"), ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"), ("::ffff:10.0.0.1", "::ffff:10.0.0.1"),
    ])
    func addressText(input: String, printed: String) throws {
        #expect(try #require(IPAddress(input)).description == printed)
    }

    @Test func badAddressText() {
        #expect(IPAddress("256.0.0.1") == nil)
        #expect(IPAddress("localhost") == nil)
        #expect(IPAddress("1::2::3") == nil)
    }
}
