// /proc/sys/net/ipv4 values: ip_local_port_range, ip_local_reserved_ports, integers; and the
// pick reservation file (a state file another process of the user writes).
#if canImport(Glibc)
import Glibc
#endif
import CFuzzDriver
import PortscopeHost

/// One input; libFuzzer finds this symbol too (its driver insists on it).
@_cdecl("LLVMFuzzerTestOneInput")
func check(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let text = String(decoding: bytes, as: UTF8.self)
    _ = try? SysctlParser.parseRange(text)
    _ = try? SysctlParser.parseReservedPorts(text)
    _ = try? SysctlParser.parseInteger(text)
    let entries = PickReservations.parse(bytes)
    // What is written back must read back the same.
    if PickReservations.parse(Array(PickReservations.format(entries).utf8)) != entries { abort() }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, check))
