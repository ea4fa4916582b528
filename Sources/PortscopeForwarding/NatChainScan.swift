/// Reads nf_tables' chain dump (`NFT_MSG_GETCHAIN` over NETLINK_NETFILTER) for one fact:
/// does any chain have the `nat` type? Without one, no DNAT or REDIRECT can happen in this
/// network namespace (those statements only run from nat chains), so `nft` need not run.
///
/// Pure: each datagram of the reply is scanned as bytes, with every length checked.
public enum NatChainScan {
    /// `(NFNL_SUBSYS_NFTABLES << 8) | NFT_MSG_GETCHAIN`: the request.
    public static let getChain: UInt16 = 10 << 8 | 4
    /// `(NFNL_SUBSYS_NFTABLES << 8) | NFT_MSG_NEWCHAIN`: each chain in the reply.
    public static let newChain: UInt16 = 10 << 8 | 3
    /// `NFTA_CHAIN_TYPE`: the chain type's name (`filter`, `nat`, `route`).
    static let chainTypeAttribute: UInt16 = 7

    /// What one datagram said.
    public struct Result: Equatable, Sendable {
        /// A chain of type `nat` was in it.
        public var natChain = false
        /// The dump ended (`NLMSG_DONE`).
        public var done = false
        /// The kernel refused (`NLMSG_ERROR` with a negative errno), as a positive errno.
        public var error: Int32?
        /// The bytes were not a well-formed reply.
        public var malformed = false
    }

    /// The request: a netlink header, then `struct nfgenmsg` (family AF_UNSPEC, version 0).
    public static func request(sequence: UInt32) -> [UInt8] {
        var bytes: [UInt8] = []
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        append(UInt32(20))          // nlmsg_len
        append(getChain)            // nlmsg_type
        append(UInt16(0x1 | 0x300)) // NLM_F_REQUEST | NLM_F_DUMP
        append(sequence)
        append(UInt32(0))           // nlmsg_pid
        bytes += [0, 0, 0, 0]       // nfgen_family AF_UNSPEC, version NFNETLINK_V0, res_id 0
        return bytes
    }

    /// Scans one datagram of the reply.
    public static func scan(_ bytes: [UInt8]) -> Result {
        var result = Result()
        var offset = 0
        func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }
        while offset + 16 <= bytes.count {
            let length = Int(u32(offset))
            let type = u16(offset + 4)
            guard length >= 16, offset + length <= bytes.count else {
                result.malformed = true
                return result
            }
            switch type {
            case 3: // NLMSG_DONE
                result.done = true
            case 2: // NLMSG_ERROR: a negative errno (0 is an acknowledgement)
                if length >= 20 {
                    let code = Int32(bitPattern: u32(offset + 16))
                    if code < 0 { result.error = code == Int32.min ? Int32.max : -code }
                }
            case newChain:
                // nfgenmsg (4 bytes), then attributes {u16 len, u16 type, value, pad to 4}.
                var attribute = offset + 20
                let end = offset + length
                while attribute + 4 <= end {
                    let attributeLength = Int(u16(attribute))
                    let attributeType = u16(attribute + 2) & 0x3FFF
                    guard attributeLength >= 4, attribute + attributeLength <= end else { break }
                    if attributeType == chainTypeAttribute {
                        let value = bytes[(attribute + 4)..<(attribute + attributeLength)].prefix { $0 != 0 }
                        if value.elementsEqual("nat".utf8) { result.natChain = true }
                    }
                    attribute += (attributeLength + 3) & ~3
                }
            default:
                break
            }
            offset += (length + 3) & ~3
        }
        if offset != bytes.count, !result.done { result.malformed = offset < bytes.count }
        return result
    }
}
