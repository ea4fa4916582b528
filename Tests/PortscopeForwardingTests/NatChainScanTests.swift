import Foundation
import Testing
@testable import PortscopeForwarding

/// nf_tables chain dumps captured from the kernel (6.18) with a NETLINK_NETFILTER socket, in
/// namespaces holding nat chains (Docker's and kube-proxy's layout), only a filter table, and
/// nothing.
@Suite struct NatChainScanTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return Array(try Data(contentsOf: url))
    }

    @Test func capturedDumps() throws {
        let nat = NatChainScan.scan(try Self.fixture("nft-chains-nat.bin"))
        #expect(nat.natChain && nat.done && !nat.malformed && nat.error == nil)
        let filter = NatChainScan.scan(try Self.fixture("nft-chains-filter.bin"))
        #expect(!filter.natChain && filter.done && !filter.malformed)
        let empty = NatChainScan.scan(try Self.fixture("nft-chains-empty.bin"))
        #expect(!empty.natChain && empty.done)
    }

    @Test func requestLayout() {
        let request = NatChainScan.request(sequence: 7)
        #expect(request.count == 20)
        #expect(request[4] == 4 && request[5] == 10) // NFT_MSG_GETCHAIN of NFNL_SUBSYS_NFTABLES
        #expect(request[6] == 0x01 && request[7] == 0x03) // NLM_F_REQUEST | NLM_F_DUMP
        #expect(request[8] == 7)
    }

    /// A refusal (EPERM without CAP_NET_ADMIN) is an error, not "no nat chain".
    @Test func refusal() {
        var bytes: [UInt8] = []
        for value in [UInt32(36)] { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        bytes += [2, 0, 0, 0] + [1, 0, 0, 0] + [0, 0, 0, 0] // NLMSG_ERROR, seq 1, pid 0
        withUnsafeBytes(of: Int32(-1).littleEndian) { bytes += $0 }
        bytes += [UInt8](repeating: 0, count: 16)
        #expect(NatChainScan.scan(bytes).error == 1)
    }

    /// Every truncation of a real dump, and garbage, is read without trapping and never
    /// invents a nat chain that is not wholly there.
    @Test func truncationsNeverTrap() throws {
        let bytes = try Self.fixture("nft-chains-nat.bin")
        for length in 0..<bytes.count {
            let result = NatChainScan.scan(Array(bytes.prefix(length)))
            #expect(!result.done || length == bytes.count)
        }
        for filler in [UInt8(0), 0xFF, 0x10] {
            _ = NatChainScan.scan([UInt8](repeating: filler, count: 300))
        }
    }
}
