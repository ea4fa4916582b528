// /proc/net files: tcp, tcp6, udp, udp6 rows, snmp, netlink, and /proc/self/mountinfo.
#if canImport(Glibc)
import Glibc
#endif
import CFuzzDriver
import PortscopeProcesses
import PortscopeSockets

/// One input; libFuzzer finds this symbol too (its driver insists on it).
@_cdecl("LLVMFuzzerTestOneInput")
func check(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let text = String(decoding: bytes, as: UTF8.self)
    for transport in [SocketProtocol.tcp, .udp] {
        for family in [AddressFamily.ipv4, .ipv6] {
            for littleEndian in [true, false] {
                _ = try? ProcNetParser.parse(text, transport: transport, family: family, littleEndian: littleEndian)
            }
        }
    }
    _ = SnmpParser.tcpOpens(text)
    _ = NetlinkTableParser.drops(bytes, inode: 4)
    _ = MountInfoParser.hidePID(bytes, mountPoint: "/proc")
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, check))
