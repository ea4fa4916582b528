// The port/service argument every command takes (`8080`, `443/tcp`, `sip/udp`, anything).
#if canImport(Glibc)
import Glibc
#endif
import CFuzzDriver
import PortscopeKnowledge

let registry = ServiceRegistry.builtin

/// One input; libFuzzer finds this symbol too (its driver insists on it).
@_cdecl("LLVMFuzzerTestOneInput")
func check(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    guard let query = try? PortQuery.parse(text) else { return 0 }
    _ = try? registry.resolve(query)
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, check))
