/// Numbers from `linux/netlink.h`, `linux/sock_diag.h` and `linux/inet_diag.h`.
///
/// Spelled out here so the pure encoders and decoders build on every OS; a Linux test checks
/// each one against the kernel headers (through CNetlink).
public enum NetlinkConstants {
    public static let netlinkSockDiag: Int32 = 4          // NETLINK_SOCK_DIAG
    public static let sockDiagByFamily: UInt16 = 20       // SOCK_DIAG_BY_FAMILY
    public static let tcpDiagGetSock: UInt16 = 18         // TCPDIAG_GETSOCK (the older request, any family)
    public static let legacyRequestSize = 60              // sizeof(struct inet_diag_req)
    public static let messageNoop: UInt16 = 1             // NLMSG_NOOP
    public static let messageError: UInt16 = 2            // NLMSG_ERROR
    public static let messageDone: UInt16 = 3             // NLMSG_DONE
    public static let messageOverrun: UInt16 = 4          // NLMSG_OVERRUN
    public static let flagRequest: UInt16 = 0x1           // NLM_F_REQUEST
    public static let flagMulti: UInt16 = 0x2             // NLM_F_MULTI
    public static let flagDumpInterrupted: UInt16 = 0x10  // NLM_F_DUMP_INTR
    public static let flagDump: UInt16 = 0x300            // NLM_F_ROOT | NLM_F_MATCH
    public static let headerSize = 16                     // sizeof(struct nlmsghdr)
    public static let requestSize = 56                    // sizeof(struct inet_diag_req_v2)
    public static let messageSize = 72                    // sizeof(struct inet_diag_msg)
    public static let attributeBytecode: UInt16 = 1       // INET_DIAG_REQ_BYTECODE
    public static let attributeV6Only: UInt16 = 11        // INET_DIAG_SKV6ONLY (reply)
    public static let attributeProtocol: UInt16 = 10      // INET_DIAG_PROTOCOL (reply)
    public static let attributeInfo: UInt16 = 2           // INET_DIAG_INFO (reply: struct tcp_info)
    /// The request's `idiag_ext` bit asking for `INET_DIAG_INFO`: `1 << (INET_DIAG_INFO - 1)`.
    public static let extensionInfo: UInt8 = 1 << 1
    public static let familyIPv4: UInt8 = 2               // AF_INET
    public static let familyIPv6: UInt8 = 10              // AF_INET6
    public static let protocolTCP: UInt8 = 6              // IPPROTO_TCP
    public static let protocolUDP: UInt8 = 17             // IPPROTO_UDP

    /// sock_diag multicast groups for destroy notifications (`SKNLGRP_*`).
    public static let groupTCPv4Destroy: UInt32 = 1
    public static let groupUDPv4Destroy: UInt32 = 2
    public static let groupTCPv6Destroy: UInt32 = 3
    public static let groupUDPv6Destroy: UInt32 = 4

    /// Bytecode operation codes (`INET_DIAG_BC_*`).
    public enum Op: UInt8 {
        case nop = 0, jump = 1, sourceGE = 2, sourceLE = 3, destinationGE = 4, destinationLE = 5
        case auto = 6, sourceCondition = 7, destinationCondition = 8, device = 9, mark = 10
        case sourceEQ = 11, destinationEQ = 12, cgroup = 13
    }

    /// Rounds `length` up to netlink's 4-byte alignment (`NLMSG_ALIGN`).
    public static func align(_ length: Int) -> Int { (length + 3) & ~3 }
}
