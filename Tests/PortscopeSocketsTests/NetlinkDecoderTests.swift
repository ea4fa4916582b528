import Foundation
import Testing
@testable import PortscopeSockets
import PortscopeTesting

@Suite struct NetlinkDecoderTests {
    struct Expected: Decodable {
        var dump: String
        var local: String
        var remote: String?
        var state: String
        var inode: UInt64
    }

    struct Capture: Decodable {
        var uid: UInt32
        var sequences: [String: [UInt32]]
        var sockets: [Expected]
    }

    func decode(_ name: String, _ transport: SocketProtocol, sequences: [UInt32]) throws -> [SocketEntry] {
        var sockets: [SocketEntry] = []
        var done = 0
        for buffer in try Fixture.buffers("netlink/\(name).bin") {
            for sequence in sequences {
                let batch = try buffer.withUnsafeBytes { try NetlinkReplyDecoder.decode($0, sequence: sequence, transport: transport) }
                sockets += batch.sockets
                if batch.done { done += 1 }
            }
        }
        #expect(done == sequences.count, "every dump ends with NLMSG_DONE")
        return sockets
    }

    @Test func capturedDumpsDecodeToTheSocketsThatWereOpen() throws {
        let capture = try JSONDecoder().decode(Capture.self, from: Data(contentsOf: URL(fileURLWithPath: Fixture.path("netlink/expected.json"))))
        for (name, transport) in [("tcp4", SocketProtocol.tcp), ("tcp6", .tcp), ("udp4", .udp)] {
            let decoded = try decode(name, transport, sequences: capture.sequences[name]!)
            let expected = capture.sockets.filter { $0.dump == name }
            #expect(decoded.count == expected.count, "\(name): \(decoded.map(\.local))")
            for want in expected {
                let found = decoded.first { $0.inode == want.inode }
                #expect(found != nil, "\(name): inode \(want.inode) missing")
                guard let found else { continue }
                #expect(found.local.description == want.local)
                #expect(found.remote?.description == want.remote)
                #expect(found.state.rawValue == want.state)
                #expect(found.uid == capture.uid)
                #expect(found.family == (name.hasSuffix("6") ? .ipv6 : .ipv4))
                #expect(found.cookie != nil)
            }
        }
    }

    /// Builds one netlink message.
    func message(type: UInt16, flags: UInt16 = 2, sequence: UInt32, payload: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        withUnsafeBytes(of: UInt32(16 + payload.count)) { bytes += $0 }
        withUnsafeBytes(of: type) { bytes += $0 }
        withUnsafeBytes(of: flags) { bytes += $0 }
        withUnsafeBytes(of: sequence) { bytes += $0 }
        withUnsafeBytes(of: UInt32(0)) { bytes += $0 }
        bytes += payload
        while bytes.count % 4 != 0 { bytes.append(0) }
        return bytes
    }

    func int32(_ value: Int32) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }

    @Test func doneWithAnErrnoIsAKernelError() {
        let buffer = message(type: NetlinkConstants.messageDone, sequence: 7, payload: int32(-2))
        #expect(throws: NetlinkReplyDecoder.Failure.kernel(2)) {
            try buffer.withUnsafeBytes { try NetlinkReplyDecoder.decode($0, sequence: 7, transport: .udp) }
        }
    }

    @Test func errorMessageIsAKernelErrorAndAckIsNot() throws {
        let refused = message(type: NetlinkConstants.messageError, sequence: 7, payload: int32(-22) + [UInt8](repeating: 0, count: 16))
        #expect(throws: NetlinkReplyDecoder.Failure.kernel(22)) {
            try refused.withUnsafeBytes { try NetlinkReplyDecoder.decode($0, sequence: 7, transport: .tcp) }
        }
        let ack = message(type: NetlinkConstants.messageError, sequence: 7, payload: int32(0) + [UInt8](repeating: 0, count: 16))
            + message(type: NetlinkConstants.messageDone, sequence: 7, payload: int32(0))
        let batch = try ack.withUnsafeBytes { try NetlinkReplyDecoder.decode($0, sequence: 7, transport: .tcp) }
        #expect(batch.done)
    }

    @Test func otherSequencesAreSkippedAndInterruptionIsReported() throws {
        let buffer = message(type: NetlinkConstants.messageDone, sequence: 99, payload: int32(-1))
            + message(type: NetlinkConstants.messageNoop, flags: NetlinkConstants.flagDumpInterrupted, sequence: 7, payload: [])
            + message(type: NetlinkConstants.messageDone, sequence: 7, payload: int32(0))
        let batch = try buffer.withUnsafeBytes { try NetlinkReplyDecoder.decode($0, sequence: 7, transport: .tcp) }
        #expect(batch.done)
        #expect(batch.interrupted)
    }

    /// Issue #11 case 7: a forged status of Int32.min trapped on `-status`.
    @Test func forgedStatusesDoNotTrap() {
        for type in [NetlinkConstants.messageDone, NetlinkConstants.messageError] {
            let buffer = message(type: type, sequence: 7, payload: int32(.min) + [UInt8](repeating: 0, count: 16))
            #expect(throws: NetlinkReplyDecoder.Failure.kernel(.max)) {
                try buffer.withUnsafeBytes { try NetlinkReplyDecoder.decode($0, sequence: 7, transport: .tcp) }
            }
        }
        // Addresses past the end of a buffer are refused, not read.
        let short = [UInt8](repeating: 0, count: 20)
        #expect(short.withUnsafeBytes { IPAddress($0, offset: 8, family: .ipv6) } == nil)
        #expect(short.withUnsafeBytes { IPAddress($0, offset: 16, family: .ipv4) } != nil)
        #expect(short.withUnsafeBytes { IPAddress($0, offset: 17, family: .ipv4) } == nil)
        #expect(short.withUnsafeBytes { IPAddress($0, offset: -1, family: .ipv4) } == nil)
    }

    @Test func truncatedMessagesAreMalformed() throws {
        var buffer = message(type: NetlinkConstants.messageDone, sequence: 7, payload: int32(0))
        buffer[0] = 200 // claims more than the buffer holds
        #expect(throws: NetlinkReplyDecoder.Failure.self) {
            try buffer.withUnsafeBytes { try NetlinkReplyDecoder.decode($0, sequence: 7, transport: .tcp) }
        }
        let short = message(type: NetlinkConstants.sockDiagByFamily, sequence: 7, payload: [2, 10, 0, 0])
        #expect(throws: NetlinkReplyDecoder.Failure.malformed("inet_diag_msg of 4 bytes, expected 72")) {
            try short.withUnsafeBytes { try NetlinkReplyDecoder.decode($0, sequence: 7, transport: .tcp) }
        }
    }

    @Test func multipartRepliesAcrossBuffersKeepGoingUntilDone() throws {
        let buffers = try Fixture.buffers("netlink/tcp4.bin")
        // The first buffer of a dump does not finish it unless the reply was small.
        var sawDone = false
        var total = 0
        for buffer in buffers {
            let batch = try buffer.withUnsafeBytes { try NetlinkReplyDecoder.decode($0, sequence: 100, transport: .tcp) }
            total += batch.sockets.count
            sawDone = sawDone || batch.done
        }
        #expect(sawDone)
        #expect(total >= 1)
    }
}

/// `tcp_info` decoding (issue #12): a dump captured with INET_DIAG_INFO after a client sent
/// exactly 100,000 bytes and the server answered 2,000 (capture_info.py), and the same
/// payload cut to the length of an older kernel's struct.
@Suite struct TCPInfoDecoderTests {
    struct Captured: Decodable {
        var sequence: UInt32
        var client_port: UInt16
        var client_inode: UInt64
        var server_inode: UInt64
    }

    func sockets() throws -> (Captured, [SocketEntry]) {
        let captured = try JSONDecoder().decode(Captured.self, from: Data(contentsOf: URL(fileURLWithPath: Fixture.path("netlink/tcpinfo.json"))))
        var sockets: [SocketEntry] = []
        for buffer in try Fixture.buffers("netlink/tcpinfo.bin") {
            sockets += try buffer.withUnsafeBytes { try NetlinkReplyDecoder.decode($0, sequence: captured.sequence, transport: .tcp) }.sockets
        }
        return (captured, sockets)
    }

    @Test func capturedPayload() throws {
        let (captured, sockets) = try sockets()
        let client = try #require(sockets.first { $0.inode == captured.client_inode }?.tcpInfo)
        #expect(client.bytesSent == 100_000)
        #expect(client.bytesAcked == 100_000) // the kernel says 100,001: the SYN is not payload
        #expect(client.bytesReceived == 2000)
        #expect(client.retransmits == 0)
        #expect((client.rttMicroseconds ?? 0) > 0)
        let server = try #require(sockets.first { $0.inode == captured.server_inode }?.tcpInfo)
        #expect(server.bytesReceived == 100_000)
        #expect(server.bytesSent == 2000)
        #expect(server.bytesAcked == 2000)
    }

    /// A kernel before 4.1 sends 104 bytes: the fields it lacks are nil, not garbage.
    @Test func shorterStructOfAnOlderKernel() throws {
        var payload = [UInt8](repeating: 0, count: 104)
        payload.withUnsafeMutableBytes { raw in
            raw.storeBytes(of: UInt32(1234), toByteOffset: 68, as: UInt32.self)   // tcpi_rtt
            raw.storeBytes(of: UInt32(7), toByteOffset: 100, as: UInt32.self)     // tcpi_total_retrans
        }
        let info = payload.withUnsafeBytes { TCPInfo.decode($0) }
        #expect(info.rttMicroseconds == 1234)
        #expect(info.retransmits == 7)
        #expect(info.bytesAcked == nil && info.bytesReceived == nil && info.bytesSent == nil && info.deliveryRateBytesPerSecond == nil)
        // A 4.1–4.18 struct (up to tcpi_min_rtt, 152 bytes) has acked and received, not sent.
        let middle = [UInt8](repeating: 1, count: 152).withUnsafeBytes { TCPInfo.decode($0) }
        #expect(middle.bytesAcked != nil && middle.bytesReceived != nil && middle.bytesSent == nil)
    }

    #if os(Linux)
    /// The offsets TCPInfo reads agree with `struct tcp_info` in the kernel's uapi header
    /// (compiled with cc here: glibc's own `struct tcp_info` stops at tcpi_total_retrans).
    @Test(.enabled(if: TestPaths.hasTool("cc") && FileManager.default.fileExists(atPath: "/usr/include/linux/tcp.h"), "needs cc and the kernel headers"))
    func offsetsMatchTheKernelHeader() throws {
        let directory = TemporaryDirectory()
        let source = try directory.write("offsets.c", """
            #include <stddef.h>
            #include <stdio.h>
            #include <linux/tcp.h>
            #include <linux/inet_diag.h>
            int main(void) {
                printf("%zu %zu %zu %zu %zu %zu %zu %zu %zu %d\\n",
                    offsetof(struct tcp_info, tcpi_last_data_sent), offsetof(struct tcp_info, tcpi_last_data_recv),
                    offsetof(struct tcp_info, tcpi_rtt), offsetof(struct tcp_info, tcpi_rttvar),
                    offsetof(struct tcp_info, tcpi_total_retrans), offsetof(struct tcp_info, tcpi_bytes_acked),
                    offsetof(struct tcp_info, tcpi_bytes_received), offsetof(struct tcp_info, tcpi_delivery_rate),
                    offsetof(struct tcp_info, tcpi_bytes_sent), INET_DIAG_INFO);
                return 0;
            }
            """)
        let binary = directory.path + "/offsets"
        let compile = try CommandRunner.run("/usr/bin/env", ["cc", "-o", binary, source])
        try #require(compile.status == 0, "\(compile.stderr)")
        let values = try CommandRunner.run(binary, []).stdout.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        typealias O = TCPInfo.Offset
        #expect(values == [O.lastDataSent, O.lastDataReceived, O.rtt, O.rttVariance, O.totalRetransmits, O.bytesAcked, O.bytesReceived, O.deliveryRate, O.bytesSent, Int(NetlinkConstants.attributeInfo)])
    }
    #endif
}

extension NetlinkDecoderTests {
    /// A receiving thread stops at the datagram where the decoder stops: at the end of the
    /// dump, or at the kernel's error. (A malformed socket message ends the decoding only:
    /// the decoding side then tells the receiver to stop.)
    @Test func theReceiverStopsWhereTheDecoderDoes() throws {
        var buffers: [(bytes: [UInt8], sequence: UInt32, transport: SocketProtocol)] = [
            (message(type: NetlinkConstants.messageDone, sequence: 7, payload: int32(-2)), 7, .tcp),
            (message(type: NetlinkConstants.messageError, sequence: 7, payload: int32(-22) + [UInt8](repeating: 0, count: 16)), 7, .tcp),
            (message(type: NetlinkConstants.messageError, sequence: 7, payload: int32(0) + [UInt8](repeating: 0, count: 16)), 7, .tcp),
            (message(type: NetlinkConstants.messageError, sequence: 7, payload: int32(0) + [UInt8](repeating: 0, count: 16))
                + message(type: NetlinkConstants.messageDone, sequence: 7, payload: int32(0)), 7, .tcp),
            (message(type: NetlinkConstants.messageDone, sequence: 99, payload: int32(-1)), 7, .tcp),
            (message(type: NetlinkConstants.messageNoop, flags: NetlinkConstants.flagDumpInterrupted, sequence: 7, payload: []), 7, .tcp),
        ]
        var truncated = message(type: NetlinkConstants.messageDone, sequence: 7, payload: int32(0))
        truncated[0] = 200
        buffers.append((truncated, 7, .tcp))
        for (name, transport) in [("tcp4", SocketProtocol.tcp), ("tcp6", .tcp), ("udp4", .udp)] {
            for buffer in try Fixture.buffers("netlink/\(name).bin") {
                for sequence in UInt32(0)...UInt32(12) { buffers.append((buffer, sequence, transport)) }
            }
        }
        for (bytes, sequence, transport) in buffers {
            let ends = bytes.withUnsafeBytes { NetlinkReplyDecoder.endsDump($0, sequence: sequence) }
            let decoded = bytes.withUnsafeBytes { raw in
                Result { () throws(NetlinkReplyDecoder.Failure) in try NetlinkReplyDecoder.decode(raw, sequence: sequence, transport: transport) }
            }
            switch decoded {
            case let .success(batch): #expect(ends == batch.done, "sequence \(sequence), \(bytes.count) bytes")
            case .failure: #expect(ends, "sequence \(sequence): the decoder fails, the receiver must stop too")
            }
        }
    }
}
