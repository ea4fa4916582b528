// Netlink replies, destroy broadcasts and requests: kernel bytes, or anyone's in a forged message.
#if canImport(Glibc)
import Glibc
#endif
import CFuzzDriver
import PortscopeSockets

/// One input; libFuzzer finds this symbol too (its driver insists on it).
@_cdecl("LLVMFuzzerTestOneInput")
func check(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: count)
    for transport in [SocketProtocol.tcp, .udp] {
        _ = try? NetlinkReplyDecoder.decode(bytes, sequence: count >= 12 ? bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self) : 0, transport: transport)
        _ = try? NetlinkReplyDecoder.decodeMessage(bytes, transport: transport)
    }
    _ = NetlinkReplyDecoder.decodeBroadcast(bytes)
    _ = InetDiagRequest(decoding: Array(bytes))
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, check))
