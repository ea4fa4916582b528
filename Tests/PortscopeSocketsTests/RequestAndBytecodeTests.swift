import PortscopeTesting
import Testing
@testable import PortscopeSockets
#if os(Linux)
import CNetlink
#endif

@Suite struct RequestAndBytecodeTests {
    @Test func portFilterAcceptsExactlyTheMatchingSockets() {
        for program in [InetDiagBytecode.portEquals(8080), InetDiagBytecode.portEqualsCompatible(8080)] {
            #expect(InetDiagBytecode.evaluate(program, sourcePort: 8080, destinationPort: 51000) == true)
            #expect(InetDiagBytecode.evaluate(program, sourcePort: 51000, destinationPort: 8080) == true)
            #expect(InetDiagBytecode.evaluate(program, sourcePort: 8080, destinationPort: 8080) == true)
            #expect(InetDiagBytecode.evaluate(program, sourcePort: 8081, destinationPort: 8079) == false)
            #expect(InetDiagBytecode.evaluate(program, sourcePort: 0, destinationPort: 0) == false)
        }
        #expect(InetDiagBytecode.portEquals(1).count == 20)
        #expect(InetDiagBytecode.portEqualsCompatible(1).count == 36)
    }

    @Test func severalPortsJoinedWithOR() {
        let ports: [UInt16] = [80, 443, 8080]
        for program in [InetDiagBytecode.anyPortEquals(ports)!, InetDiagBytecode.anyPortEquals(ports, compatible: true)!] {
            for port in ports {
                #expect(InetDiagBytecode.evaluate(program, sourcePort: port, destinationPort: 40000) == true)
                #expect(InetDiagBytecode.evaluate(program, sourcePort: 40000, destinationPort: port) == true)
            }
            #expect(InetDiagBytecode.evaluate(program, sourcePort: 81, destinationPort: 8081) == false)
            #expect(InetDiagBytecode.evaluate(program, sourcePort: 444, destinationPort: 40000) == false)
        }
        #expect(InetDiagBytecode.anyPortEquals([]) == [])
        #expect(InetDiagBytecode.anyPortEquals([7]) == InetDiagBytecode.portEquals(7))
    }

    /// Property: for random sets of up to ``InetDiagBytecode/maximumPorts`` ports, the program
    /// accepts exactly the sockets the Swift reference (`set.contains`) accepts, in both forms;
    /// more ports than that get no program (the caller filters in Swift) instead of a trap.
    @Test func randomPortSetsAgreeWithTheReference() {
        var random = SeededGenerator()
        for round in 0..<60 {
            let size = round < 5 ? [1, 2, 3, 1023, 1024][round] : Int.random(in: 1...1024, using: &random)
            var set = Set<UInt16>()
            while set.count < size { set.insert(UInt16.random(in: 0...65535, using: &random)) }
            let ports = set.sorted()
            for (compatible, localOnly) in [(false, false), (true, false), (false, true), (true, true)] {
                guard let program = InetDiagBytecode.anyPortEquals(ports, compatible: compatible, localOnly: localOnly) else {
                    Issue.record("no program for \(size) ports (seed \(random.seed))")
                    continue
                }
                #expect(program.count + 4 <= Int(UInt16.max), "seed \(random.seed)")
                for _ in 0..<200 {
                    let useMember = Bool.random(using: &random)
                    let source = useMember ? ports.randomElement(using: &random)! : UInt16.random(in: 0...65535, using: &random)
                    let destination = Bool.random(using: &random) ? ports.randomElement(using: &random)! : UInt16.random(in: 0...65535, using: &random)
                    let expected = set.contains(source) || (!localOnly && set.contains(destination))
                    #expect(InetDiagBytecode.evaluate(program, sourcePort: source, destinationPort: destination) == expected,
                            "seed \(random.seed), \(size) ports, compatible \(compatible), local only \(localOnly), \(source)→\(destination)")
                }
            }
        }
        #expect(InetDiagBytecode.anyPortEquals(Array(0..<1025)) == nil)
        #expect(InetDiagBytecode.anyPortEquals(Array(0...65535)) == nil) // `watch $(seq 0 65535)` trapped here
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
                bytecode: InetDiagBytecode.anyPortEquals(Array(Set(ports)).sorted()) ?? [], sequence: UInt32.random(in: 0...UInt32.max, using: &random),
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
        let bytes = InetDiagRequest(family: .ipv6, transport: .udp, states: 1 << 7, bytecode: InetDiagBytecode.portEquals(53), sequence: 42).encode()
        #expect(bytes.count == 16 + 56 + 24)
        #expect(bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) } == 96)
        #expect(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 4, as: UInt16.self) } == 20)
        #expect(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 6, as: UInt16.self) } == 0x301)
        #expect(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 8, as: UInt32.self) } == 42)
        #expect(bytes[16] == 10 && bytes[17] == 17)
        #expect(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 20, as: UInt32.self) } == 128)
        #expect(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 72, as: UInt16.self) } == 24) // nla_len
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
