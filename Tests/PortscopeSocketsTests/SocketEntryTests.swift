import Testing
import PortscopeSockets

@Suite struct SocketEntryTests {
    static func entry(_ info: TCPInfo?) -> SocketEntry {
        SocketEntry(
            transport: .tcp, family: .ipv4, local: Endpoint(address: IPAddress("127.0.0.1")!, port: 8080),
            remote: Endpoint(address: IPAddress("127.0.0.1")!, port: 40000), state: .established,
            inode: 42, uid: 0, cookie: 7, tcpInfo: info
        )
    }

    @Test(arguments: [
        nil,
        TCPInfo(),
        TCPInfo(bytesAcked: 0, bytesReceived: 12),
        TCPInfo(rttMicroseconds: 1, rttVarianceMicroseconds: 2, bytesSent: .max, bytesAcked: 4, bytesReceived: 5, retransmits: .max,
                deliveryRateBytesPerSecond: 7, lastSendMilliseconds: 8, lastReceiveMilliseconds: 0),
    ] as [TCPInfo?])
    func tcpInfoComesBackAsItWent(info: TCPInfo?) {
        var entry = Self.entry(info)
        #expect(entry.tcpInfo == info)
        entry.tcpInfo = TCPInfo(retransmits: 3)
        #expect(entry.tcpInfo == TCPInfo(retransmits: 3))
        #expect(entry != Self.entry(info))
        entry.tcpInfo = info
        #expect(entry == Self.entry(info) && entry.hashValue == Self.entry(info).hashValue)
    }

    @Test func anEntryIsAPlainValue() {
        // Copying and freeing 100,000 entries must not retain, release or free anything per
        // entry: no reference may creep into SocketEntry.
        #expect(_isPOD(SocketEntry.self))
        #expect(MemoryLayout<SocketEntry>.stride <= 192)
    }
}
