import PortscopeTesting
import Testing
@testable import PortscopeSockets
#if os(Linux)
import CNetlink
#endif

@Suite struct RequestAndBytecodeTests {
    @Test func portFilterAcceptsExactlyTheMatchingSockets() {
        let program = InetDiagBytecode.anyPortEquals([8080])
        #expect(InetDiagBytecode.evaluate(program, sourcePort: 8080, destinationPort: 51000) == true)
        #expect(InetDiagBytecode.evaluate(program, sourcePort: 51000, destinationPort: 8080) == true)
        #expect(InetDiagBytecode.evaluate(program, sourcePort: 8080, destinationPort: 8080) == true)
        #expect(InetDiagBytecode.evaluate(program, sourcePort: 8081, destinationPort: 8079) == false)
        #expect(InetDiagBytecode.evaluate(program, sourcePort: 0, destinationPort: 0) == false)
        // Three segments per side (below, the port, above): two tests and three leaves each.
        #expect(program.count == 2 * 28)
        #expect(InetDiagBytecode.audit(program))
        let local = InetDiagBytecode.anyPortEquals([8080], localOnly: true)
        #expect(local.count == 28 && InetDiagBytecode.audit(local))
        #expect(InetDiagBytecode.evaluate(local, sourcePort: 8080, destinationPort: 1) == true)
        #expect(InetDiagBytecode.evaluate(local, sourcePort: 1, destinationPort: 8080) == false)
    }

    @Test func severalPortsAndTheEdges() {
        let ports: [UInt16] = [0, 80, 443, 8080, 65535]
        for localOnly in [false, true] {
            let program = InetDiagBytecode.anyPortEquals(ports, localOnly: localOnly)
            #expect(InetDiagBytecode.audit(program))
            for port in ports {
                #expect(InetDiagBytecode.evaluate(program, sourcePort: port, destinationPort: 40000) == true)
                #expect(InetDiagBytecode.evaluate(program, sourcePort: 40000, destinationPort: port) == !localOnly)
            }
            for port: UInt16 in [1, 79, 81, 444, 8079, 8081, 65534] {
                #expect(InetDiagBytecode.evaluate(program, sourcePort: port, destinationPort: 40000) == false)
            }
        }
        #expect(InetDiagBytecode.anyPortEquals([]) == [])
        // Every port: one segment, accepted at once.
        let everything = InetDiagBytecode.anyPortEquals(Array(0...65535))
        #expect(InetDiagBytecode.audit(everything) && everything.count == 8)
        #expect(InetDiagBytecode.evaluate(everything, sourcePort: 1234, destinationPort: 1) == true)
    }

    /// Consecutive ports are one range; past the limit the smallest gaps are merged first.
    @Test func rangesMergeTheSmallestGaps() {
        #expect(InetDiagBytecode.ranges(of: [20002, 20000, 20001, 20001, 80], atMost: 10) == [80...80, 20000...20002])
        #expect(InetDiagBytecode.ranges(of: [10, 12, 100, 200, 60000], atMost: 3) == [10...100, 200...200, 60000...60000])
        #expect(InetDiagBytecode.ranges(of: [10, 12, 100, 60000], atMost: 1) == [10...60000])
        #expect(InetDiagBytecode.ranges(of: [65535, 65534], atMost: 1) == [65534...65535])
    }

    /// The audit catches what the kernel would refuse (so the property below means something).
    @Test func auditRefusesBrokenPrograms() {
        var program = InetDiagBytecode.anyPortEquals([53, 80])
        #expect(InetDiagBytecode.audit(program))
        program[2] &+= 4 // a no-jump into an operand
        #expect(!InetDiagBytecode.audit(program))
        #expect(!InetDiagBytecode.audit([1, 4, 12, 0])) // past end + 4
        #expect(!InetDiagBytecode.audit([2, 4, 8, 0, 0, 0, 80, 0])) // yes into its own operand
        #expect(!InetDiagBytecode.audit([99, 4, 4, 0]))
    }

    /// Property: for random port sets (single ports, runs, up to all 65,536), the program passes
    /// the kernel's audit and accepts exactly the sockets `Set.contains` accepts, matching either
    /// port or the local port only; when the set needs a longer program than the kernel takes,
    /// it accepts a superset (which the caller filters) and stays within the length limit.
    @Test func randomPortSetsAgreeWithTheReference() {
        var random = SeededGenerator()
        for round in 0..<80 {
            var set = Set<UInt16>()
            let size = round < 6 ? [1, 2, 3, 1024, 5000, 30000][round] : Int.random(in: 1...2000, using: &random)
            while set.count < size {
                let start = UInt16.random(in: 0...65535, using: &random)
                let run = Bool.random(using: &random) ? 1 : Int.random(in: 1...50, using: &random)
                for offset in 0..<run where Int(start) + offset <= 65535 && set.count < size { set.insert(start + UInt16(offset)) }
            }
            let ports = Array(set)
            let runs = InetDiagBytecode.ranges(of: ports, atMost: .max).count
            for localOnly in [false, true] {
                let program = InetDiagBytecode.anyPortEquals(ports, localOnly: localOnly)
                #expect(program.count <= InetDiagBytecode.maximumLength, "seed \(random.seed)")
                #expect(InetDiagBytecode.audit(program), "seed \(random.seed), \(size) ports")
                let segments = (InetDiagBytecode.maximumLength / (localOnly ? 1 : 2) + 8) / 12
                let exact = runs <= (segments - 1) / 2
                for _ in 0..<300 {
                    let source = Bool.random(using: &random) ? ports.randomElement(using: &random)! : UInt16.random(in: 0...65535, using: &random)
                    let destination = Bool.random(using: &random) ? ports.randomElement(using: &random)! : UInt16.random(in: 0...65535, using: &random)
                    let expected = set.contains(source) || (!localOnly && set.contains(destination))
                    let got = InetDiagBytecode.evaluate(program, sourcePort: source, destinationPort: destination)
                    if exact || expected {
                        #expect(got == expected, "seed \(random.seed), \(size) ports, local only \(localOnly), \(source)→\(destination)")
                    } else {
                        #expect(got != nil, "seed \(random.seed)")
                    }
                }
            }
        }
    }

    /// Property: requests decode back to what was encoded.
    @Test func requestsRoundTrip() throws {
        var random = SeededGenerator()
        for _ in 0..<500 {
            let transport: SocketProtocol = Bool.random(using: &random) ? .tcp : .udp
            let family: AddressFamily = Bool.random(using: &random) ? .ipv4 : .ipv6
            let ports = (0..<Int.random(in: 0...20, using: &random)).map { _ in UInt16.random(in: 0...65535, using: &random) }
            var request = InetDiagRequest(
                family: family, transport: transport, states: UInt32.random(in: 0...UInt32.max, using: &random),
                bytecode: InetDiagBytecode.anyPortEquals(ports), sequence: UInt32.random(in: 0...UInt32.max, using: &random),
                anyFamily: Bool.random(using: &random)
            )
            if Bool.random(using: &random) {
                let local = Endpoint(address: family == .ipv4 ? .loopbackIPv4 : .loopbackIPv6, port: UInt16.random(in: 1...65535, using: &random))
                let remote = Endpoint(address: family == .ipv4 ? .loopbackIPv4 : .loopbackIPv6, port: UInt16.random(in: 1...65535, using: &random))
                request = .lookUp(SocketEntry(transport: transport, family: family, local: local, remote: remote, state: .established, inode: 0, uid: 0), sequence: request.sequence)
            }
            let bytes = request.encode()
            let decoded = try #require(InetDiagRequest(decoding: bytes), "seed \(random.seed)")
            #expect(decoded.encode() == bytes, "seed \(random.seed)")
            #expect(decoded.family == request.family || request.anyFamily, "seed \(random.seed)")
            #expect(decoded.transport == request.transport && decoded.states == request.states && decoded.sequence == request.sequence, "seed \(random.seed)")
            #expect(decoded.bytecode == request.bytecode && decoded.anyFamily == request.anyFamily, "seed \(random.seed)")
            #expect(decoded.socket?.local == request.socket?.local && decoded.socket?.remote == request.socket?.remote, "seed \(random.seed)")
        }
        #expect(InetDiagRequest(decoding: []) == nil)
        #expect(InetDiagRequest(decoding: [UInt8](repeating: 0xFF, count: 100)) == nil)
    }

    @Test func requestLayout() {
        let bytes = InetDiagRequest(family: .ipv6, transport: .udp, states: 1 << 7, bytecode: InetDiagBytecode.anyPortEquals([53]), sequence: 42).encode()
        #expect(bytes.count == 16 + 56 + 4 + 56)
        #expect(bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) } == 132)
        #expect(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 4, as: UInt16.self) } == 20)
        #expect(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 6, as: UInt16.self) } == 0x301)
        #expect(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 8, as: UInt32.self) } == 42)
        #expect(bytes[16] == 10 && bytes[17] == 17)
        #expect(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 20, as: UInt32.self) } == 128)
        #expect(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 72, as: UInt16.self) } == 60) // nla_len
        #expect(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 74, as: UInt16.self) } == 1) // INET_DIAG_REQ_BYTECODE
    }

    @Test func combinedTCPRequestLayout() {
        let bytes = InetDiagRequest(family: .ipv4, transport: .tcp, states: .max, sequence: 9, anyFamily: true).encode()
        #expect(bytes.count == 16 + 60)
        #expect(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 4, as: UInt16.self) } == 18) // TCPDIAG_GETSOCK
        #expect(bytes[16] == 0) // AF_UNSPEC
        #expect(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 16 + 52, as: UInt32.self) } == .max) // states after the sockid
        // UDP never uses it.
        #expect(!InetDiagRequest(family: .ipv4, transport: .udp, sequence: 1, anyFamily: true).anyFamily)
    }

    #if os(Linux)
    /// The constants and struct sizes the pure code spells out agree with the kernel headers.
    @Test func constantsMatchKernelHeaders() {
        #expect(NetlinkConstants.netlinkSockDiag == NETLINK_SOCK_DIAG)
        #expect(Int32(NetlinkConstants.sockDiagByFamily) == SOCK_DIAG_BY_FAMILY)
        #expect(Int32(NetlinkConstants.tcpDiagGetSock) == TCPDIAG_GETSOCK)
        #expect(NetlinkConstants.legacyRequestSize == MemoryLayout<inet_diag_req>.size)
        #expect(Int32(NetlinkConstants.messageError) == NLMSG_ERROR)
        #expect(Int32(NetlinkConstants.messageDone) == NLMSG_DONE)
        #expect(Int32(NetlinkConstants.flagDump) == NLM_F_DUMP)
        #expect(Int32(NetlinkConstants.flagDumpInterrupted) == NLM_F_DUMP_INTR)
        #expect(NetlinkConstants.headerSize == MemoryLayout<nlmsghdr>.size)
        #expect(NetlinkConstants.requestSize == MemoryLayout<inet_diag_req_v2>.size)
        #expect(NetlinkConstants.messageSize == MemoryLayout<inet_diag_msg>.size)
        #expect(Int32(NetlinkConstants.attributeBytecode) == INET_DIAG_REQ_BYTECODE)
        #expect(Int(NetlinkConstants.attributeV6Only) == INET_DIAG_SKV6ONLY)
        #expect(Int(NetlinkConstants.Op.sourceEQ.rawValue) == INET_DIAG_BC_S_EQ)
        #expect(Int(NetlinkConstants.Op.destinationEQ.rawValue) == INET_DIAG_BC_D_EQ)
        #expect(Int(NetlinkConstants.Op.jump.rawValue) == INET_DIAG_BC_JMP)
        #expect(Int(NetlinkConstants.Op.sourceGE.rawValue) == INET_DIAG_BC_S_GE)
        #expect(Int(NetlinkConstants.Op.destinationLE.rawValue) == INET_DIAG_BC_D_LE)
        #expect(NetlinkConstants.groupTCPv4Destroy == UInt32(SKNLGRP_INET_TCP_DESTROY.rawValue))
        #expect(NetlinkConstants.groupUDPv6Destroy == UInt32(SKNLGRP_INET6_UDP_DESTROY.rawValue))
        #expect(MemoryLayout<inet_diag_msg>.offset(of: \inet_diag_msg.idiag_uid) == 64)
        #expect(MemoryLayout<inet_diag_msg>.offset(of: \inet_diag_msg.idiag_inode) == 68)
        #expect(MemoryLayout<inet_diag_msg>.offset(of: \inet_diag_msg.id) == 4)
        #expect(MemoryLayout<inet_diag_sockid>.offset(of: \inet_diag_sockid.idiag_cookie) == 40)
    }
    #endif
}
